/**
 * What the print view prints, kept in the address's search parameters (`/print?school=…&what=grade
 * &grade=3`) so a reload or a shared link prints the same: read here against the data, with a
 * default for whatever the address leaves out or names wrongly.
 */
import { GRADES, type Grade, type Group, type School } from '@/domain/model';
import { ownGroups } from '@/domain/own-groups';
import { gradesOfSchool } from '@/domain/print/print-calendar';
import { byGradeThenName } from '@/domain/sort-order';
import type { SessionUser } from '@/domain/sync/protocol';

/** One grade on one page, every grade of the school (a page each), or a class's checklist. */
export const PRINT_KINDS = ['grade', 'school', 'class'] as const;
export type PrintKind = (typeof PRINT_KINDS)[number];

/** The search parameters of the print view. */
export const PRINT_PARAMS = {
  year: 'year',
  school: 'school',
  what: 'what',
  grade: 'grade',
  class: 'class',
  done: 'done',
} as const;
export type PrintParam = keyof typeof PRINT_PARAMS;

export interface PrintChoice {
  readonly school: School;
  readonly what: PrintKind;
  /**
   * The grades to print, ascending (the choices of a grade, the pages of "every grade"): a
   * teacher's classes' grades in the school, else every grade of the school.
   */
  readonly grades: readonly Grade[];
  /** Whether `grades` are those of the user's own classes (a teacher's), not the school's. */
  readonly ownGrades: boolean;
  readonly grade: Grade;
  /** The school's classes in the year, by grade then name. */
  readonly groups: readonly Group[];
  /** The class of a checklist; null when the school has no classes in the year. */
  readonly group: Group | null;
  /** Whether a checklist marks what is done or skipped (else every box is empty). */
  readonly showDone: boolean;
}

/**
 * The choice `params` names among `schools` and the year's `groups`; what they leave out is the
 * user's own (a teacher's class and its school, a principal's school), else the first. Null when
 * there is no school.
 */
export function resolvePrintChoice(
  params: URLSearchParams,
  schools: readonly School[],
  groups: readonly Group[],
  user: SessionUser | null | undefined,
): PrintChoice | null {
  const own = ownGroups(groups, user);
  const school =
    schools.find((s) => s.id === params.get(PRINT_PARAMS.school)) ??
    schools.find((s) => s.id === own[0]?.schoolId) ??
    schools.find((s) => user?.schools.includes(s.id)) ??
    schools[0];
  if (!school) return null;
  const what = PRINT_KINDS.find((k) => k === params.get(PRINT_PARAMS.what));
  const { grades, ownGrades } = gradesToPrint(school, groups, own, user);
  const named = Number(params.get(PRINT_PARAMS.grade) ?? NaN);
  const grade = grades.find((g) => g === named) ?? grades[0] ?? GRADES[0];
  const schoolGroups = groups.filter((g) => g.schoolId === school.id).sort(byGradeThenName);
  const group =
    schoolGroups.find((g) => g.id === params.get(PRINT_PARAMS.class)) ??
    schoolGroups.find((g) => own.includes(g)) ??
    schoolGroups[0] ??
    null;
  return {
    school,
    what: what ?? (user?.role === 'teacher' ? 'class' : 'school'),
    grades,
    ownGrades,
    grade,
    groups: schoolGroups,
    group,
    showDone: params.get(PRINT_PARAMS.done) !== '0',
  };
}

/**
 * The grades a school prints for `user`. A teacher prints their own classes' grades: their
 * device holds no other class, so another grade's page would only say it has none. Anyone else
 * (and a teacher with no class in the school) prints every grade of the school.
 */
function gradesToPrint(
  school: School,
  groups: readonly Group[],
  own: readonly Group[],
  user: SessionUser | null | undefined,
): { grades: Grade[]; ownGrades: boolean } {
  const all = gradesOfSchool(school, groups);
  if (user?.role !== 'teacher') return { grades: all, ownGrades: false };
  const mine = new Set(own.filter((g) => g.schoolId === school.id).flatMap((g) => g.grades));
  const grades = all.filter((g) => mine.has(g));
  return grades.length > 0 ? { grades, ownGrades: true } : { grades: all, ownGrades: false };
}

/** A change of one choice: another school forgets the grade and the class chosen in the last. */
export function withChoice(
  params: URLSearchParams,
  key: PrintParam,
  value: string,
): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set(PRINT_PARAMS[key], value);
  if (key === 'school' || key === 'year') {
    next.delete(PRINT_PARAMS.grade);
    next.delete(PRINT_PARAMS.class);
  }
  return next;
}

/**
 * The parameters of `params` that `choice` (resolved from them, in the year `schoolYearId`) did
 * not take: they name nothing (another school's class, a grade the school does not have, a year
 * this device does not know), and the address should no longer say them.
 */
export function unusedPrintParams(
  params: URLSearchParams,
  choice: PrintChoice,
  schoolYearId: string,
): PrintParam[] {
  const taken: Record<PrintParam, string | null> = {
    year: schoolYearId,
    school: choice.school.id,
    what: choice.what,
    grade: String(choice.grade),
    class: choice.group?.id ?? null,
    done: choice.showDone ? null : '0',
  };
  return (Object.keys(PRINT_PARAMS) as PrintParam[]).filter((key) => {
    const value = params.get(PRINT_PARAMS[key]);
    return value !== null && value !== taken[key];
  });
}
