/**
 * What a printed calendar holds: one grade's tasks in a school (a page per grade for the
 * principal), or one class's (the checklist on the wall), month by month from August to July,
 * and the marks that name the themes on paper. Pure: it reads the derived actions, which already
 * carry the school's own changes (moved or switched off tasks).
 */
import { SCHOOL_YEAR_MONTHS } from '../schedule/resolve-window';
import { byScheduledWindow } from '../schedule/schedule-record';
import type { SchoolId, TemplateId } from '../ids';
import { isoWeekOf, monthOf, yearOf } from '../local-date';
import type { Action, Grade, Group, School, TaskTemplate, Theme } from '../model';
import type { Month } from '../timing-rule';
import { calendarYearOfMonth } from '../year-month';

/** One task on paper: its action (window, theme, scope) and the ISO weeks of its window. */
export interface PrintEntry {
  readonly action: Action;
  readonly startWeek: number;
  readonly endWeek: number;
}

/** A month of the school year and the tasks whose windows start in it. */
export interface PrintMonth {
  readonly year: number;
  readonly month: Month;
  readonly entries: readonly PrintEntry[];
}

/** Whether a school-level action concerns one of `grades` (its template lists the grade). */
function concerns(action: Action, template: TaskTemplate | undefined, grades: readonly Grade[]) {
  return template?.grades.some((g) => grades.includes(g)) ?? false;
}

/**
 * The tasks of `grade` in school `schoolId`: the class tasks of that grade in the school's classes
 * of that grade (each task and occurrence once, however many classes the grade has; a combined
 * class 5-6 gives grade 5 only the tasks meant for grade 5), and the school-level tasks that
 * concern the grade. Organization-level tasks are the coordinator's, not on a grade's page.
 * In window order.
 */
export function gradeCalendarActions(input: {
  readonly actions: readonly Action[];
  readonly groups: readonly Group[];
  readonly templates: ReadonlyMap<TemplateId, TaskTemplate>;
  readonly schoolId: SchoolId;
  readonly grade: Grade;
}): Action[] {
  const { actions, templates, schoolId, grade } = input;
  const gradeGroups = new Set(
    input.groups
      .filter((g) => g.schoolId === schoolId && g.grades.includes(grade))
      .map((g) => g.id),
  );
  const seen = new Set<string>();
  const chosen: Action[] = [];
  for (const action of [...actions].sort(byScheduledWindow)) {
    const template = templates.get(action.templateId);
    const belongs =
      action.scope === 'class'
        ? action.groupId !== null &&
          gradeGroups.has(action.groupId) &&
          concerns(action, template, [grade])
        : action.scope === 'school' &&
          action.schoolId === schoolId &&
          concerns(action, template, [grade]);
    const key = `${action.scope}~${action.templateId}~${action.occurrence}`;
    if (belongs && !seen.has(key)) {
      seen.add(key);
      chosen.push(action);
    }
  }
  return chosen;
}

/**
 * The tasks on a class's checklist, as in its month view: its own class tasks and the school's
 * tasks that concern one of its grades. In window order.
 */
export function classChecklistActions(input: {
  readonly actions: readonly Action[];
  readonly group: Group;
  readonly templates: ReadonlyMap<TemplateId, TaskTemplate>;
}): Action[] {
  const { actions, group, templates } = input;
  return actions
    .filter((a) =>
      a.scope === 'class'
        ? a.groupId === group.id
        : a.scope === 'school' &&
          a.schoolId === group.schoolId &&
          concerns(a, templates.get(a.templateId), group.grades),
    )
    .sort(byScheduledWindow);
}

/**
 * The twelve months of the school year starting in August of `startYear`, August to July, each
 * with the actions whose windows start in it (a window across months stands in its first), in
 * window order, with the ISO weeks of their first and last day.
 */
export function monthByMonth(actions: readonly Action[], startYear: number): PrintMonth[] {
  const sorted = [...actions].sort(byScheduledWindow);
  return SCHOOL_YEAR_MONTHS.map((month) => {
    const year = calendarYearOfMonth(startYear, month);
    return {
      year,
      month,
      entries: sorted
        .filter((a) => monthOf(a.start) === month && yearOf(a.start) === year)
        .map((action) => ({
          action,
          startWeek: isoWeekOf(action.start).week,
          endWeek: isoWeekOf(action.end).week,
        })),
    };
  });
}

/** The themes among `actions`, in the order of `themes` (the legend of a page). */
export function themesOf(actions: readonly Action[], themes: readonly Theme[]): Theme[] {
  const used = new Set(actions.map((a) => a.themeId));
  return themes.filter((theme) => used.has(theme.id));
}

/**
 * The grades a school's pages are printed for: the grades it teaches and any grade of its classes
 * in the year, ascending.
 */
export function gradesOfSchool(school: School, groups: readonly Group[]): Grade[] {
  const grades = new Set<Grade>(school.grades);
  for (const g of groups)
    if (g.schoolId === school.id) for (const grade of g.grades) grades.add(grade);
  return [...grades].sort((a, b) => a - b);
}
