/**
 * The calendar the view offers, as the user chose it: whose (a class, a grade of a school, a
 * school) and in which language. What the user has not chosen yet falls back to their own class
 * or school, else the first, so the view always names a calendar when the year has one.
 */
import type {
  CalendarPlan,
  CalendarTarget,
  CalendarTargetKind,
} from '@/domain/calendar-export/calendar-target';
import type { GroupId, SchoolId } from '@/domain/ids';
import type { Grade, Group, School } from '@/domain/model';
import { ownGroups } from '@/domain/own-groups';
import { byGradeThenName, byName } from '@/domain/sort-order';
import type { SessionUser } from '@/domain/sync/protocol';

export interface Choice {
  readonly kind: CalendarTargetKind;
  readonly groupId: GroupId | null;
  readonly schoolId: SchoolId | null;
  readonly grade: Grade | null;
}

export const NO_CHOICE: Choice = { kind: 'group', groupId: null, schoolId: null, grade: null };

/** What the year offers to choose from: its classes by grade, schools by name, grades per school. */
export interface Choices {
  readonly groups: readonly Group[];
  readonly schools: readonly School[];
  /** The grades that have a class in each school this year, lowest first. */
  readonly grades: ReadonlyMap<SchoolId, readonly Grade[]>;
}

export function choicesOf(plan: CalendarPlan): Choices {
  const groups = plan.groups
    .filter((g) => g.schoolYearId === plan.schoolYear.id)
    .sort(byGradeThenName);
  const grades = new Map<SchoolId, Grade[]>();
  for (const g of groups) {
    const list = grades.get(g.schoolId) ?? [];
    for (const grade of g.grades) if (!list.includes(grade)) list.push(grade);
    grades.set(g.schoolId, list);
  }
  for (const list of grades.values()) list.sort((a, b) => a - b);
  return { groups, schools: [...plan.schools].sort(byName), grades };
}

/** `choice` with what is unset or no longer offered filled in from the user's own, else the first. */
export function completeChoice(choice: Choice, choices: Choices, user: SessionUser | null): Choice {
  const own = ownGroups(choices.groups, user);
  const group =
    choices.groups.find((g) => g.id === choice.groupId) ?? own[0] ?? choices.groups[0] ?? null;
  const school =
    choices.schools.find((s) => s.id === choice.schoolId) ??
    choices.schools.find((s) => s.id === group?.schoolId) ??
    choices.schools[0] ??
    null;
  const grades = (school && choices.grades.get(school.id)) ?? [];
  const grade =
    grades.find((g) => g === choice.grade) ??
    grades.find((g) => group?.grades.includes(g)) ??
    grades[0] ??
    null;
  return {
    kind: choice.kind,
    groupId: group?.id ?? null,
    schoolId: school?.id ?? null,
    grade,
  };
}

/** The target a complete choice names, or null when the year offers none of that kind. */
export function targetOf(choice: Choice): CalendarTarget | null {
  switch (choice.kind) {
    case 'group':
      return choice.groupId === null ? null : { kind: 'group', groupId: choice.groupId };
    case 'grade':
      return choice.schoolId !== null && choice.grade !== null
        ? { kind: 'grade', schoolId: choice.schoolId, grade: choice.grade }
        : null;
    case 'school':
      return choice.schoolId === null ? null : { kind: 'school', schoolId: choice.schoolId };
  }
}

/** The school a target belongs to in the year's classes. */
export function schoolOfTarget(target: CalendarTarget, groups: readonly Group[]): SchoolId | null {
  return target.kind === 'group'
    ? (groups.find((g) => g.id === target.groupId)?.schoolId ?? null)
    : target.schoolId;
}

/** A file name for the calendar: 'vuosikello-3a-esimerkkikoulu-2026-2027.ics'. */
export function calendarFileName(name: string, startYear: number): string {
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `vuosikello-${slug === '' ? 'kalenteri' : slug}-${startYear}-${startYear + 1}.ics`;
}
