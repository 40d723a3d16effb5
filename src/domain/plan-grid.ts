/**
 * The year at a glance: the municipal plan as a grade x month grid (esiopetus and grades 1-9
 * against August-July), and what moving a task to another month does to its timing rule. Pure:
 * the windows come from the scheduler's rule resolution, which does not depend on any class.
 */
import type { TemplateId, ThemeId } from './ids';
import { monthOf } from './local-date';
import { GRADES, type Grade, type TaskTemplate } from './model';
import { resolveRule } from './schedule/resolve-window';
import { compare } from './schedule/schedule-record';
import type { SchoolCalendar } from './school-calendar';
import type { Month, TimingRule } from './timing-rule';

/** The months of a school year in its order, August to July. */
export const SCHOOL_YEAR_MONTHS = [
  8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7,
] as const satisfies readonly Month[];

/** One task in one cell of the grid. */
export interface GridTask {
  readonly templateId: TemplateId;
  readonly themeId: ThemeId | null;
}

/** A row: a grade's class tasks, or the school-level or organization-level tasks. */
export type GridRowKind =
  | { readonly kind: 'grade'; readonly grade: Grade }
  | { readonly kind: 'school' }
  | { readonly kind: 'organization' };

export type GridRow = GridRowKind & {
  /** One cell per month of SCHOOL_YEAR_MONTHS, in that order; each task at most once. */
  readonly cells: readonly (readonly GridTask[])[];
};

/**
 * The grid of `templates` in the year of `calendar`: a row per grade (0-9) of the class-scoped
 * tasks, then a row of school-scoped and one of organization-scoped tasks. A task stands in the
 * month its window starts in (an every-month rule in each of its months), once per cell, in the
 * order of its windows' starts, then by template id. Rules that cannot be placed are left out
 * (the scheduler reports them as problems).
 */
export function planGrid(templates: readonly TaskTemplate[], calendar: SchoolCalendar): GridRow[] {
  type Entry = { start: string; task: GridTask };
  const empty = () => SCHOOL_YEAR_MONTHS.map((): Entry[] => []);
  const grades = new Map<Grade, Entry[][]>(GRADES.map((g) => [g, empty()]));
  const school = empty();
  const organization = empty();
  for (const template of templates) {
    const task: GridTask = { templateId: template.id, themeId: template.themeId };
    const rows =
      template.scope === 'class'
        ? template.grades.map((g) => grades.get(g)).filter((row) => row !== undefined)
        : [template.scope === 'school' ? school : organization];
    for (const window of resolveRule(template.timing, calendar).windows) {
      const column = monthColumn(monthOf(window.start));
      for (const row of rows) {
        const cell = row[column];
        if (cell && !cell.some((e) => e.task.templateId === template.id)) {
          cell.push({ start: window.start, task });
        }
      }
    }
  }
  const cellsOf = (row: Entry[][]) =>
    row.map((cell) =>
      cell
        .sort((a, b) => compare(a.start, b.start) || compare(a.task.templateId, b.task.templateId))
        .map((e) => e.task),
    );
  return [
    ...GRADES.map((grade): GridRow => ({
      kind: 'grade',
      grade,
      cells: cellsOf(grades.get(grade) ?? []),
    })),
    { kind: 'school', cells: cellsOf(school) },
    { kind: 'organization', cells: cellsOf(organization) },
  ];
}

/** The column of calendar month `month` (1-12) in SCHOOL_YEAR_MONTHS (August is 0). */
export function monthColumn(month: number): number {
  return (month + 4) % 12;
}

/**
 * What moving a task to `month` does to its rule:
 * - `same`: it is already a rule of that month;
 * - `changeMonth`: a month rule (also inside an every-n-th-year rule) gets the new month and
 *   keeps its part of the month;
 * - `replace`: any other rule is replaced by the whole of the new month (inside an every-n-th-year
 *   rule, only the inner rule is); the user confirms it.
 * An every-n-th-year rule counts the calendar year of its day, so a move across New Year within
 * the school year (from August-December to January-July, or back) also shifts the rule's
 * remainder by a year: the task stays in the same school years.
 */
export type MonthMove =
  | { readonly kind: 'same' }
  | { readonly kind: 'changeMonth'; readonly rule: TimingRule }
  | { readonly kind: 'replace'; readonly rule: TimingRule };

/** Whether `month` falls in the school year's autumn (August-December), before New Year. */
const beforeNewYear = (month: Month) => month >= 8;

/** See MonthMove; `from` is the month the task stands in now. */
export function moveRuleToMonth(rule: TimingRule, month: Month, from: Month): MonthMove {
  switch (rule.kind) {
    case 'month':
      return rule.month === month
        ? { kind: 'same' }
        : { kind: 'changeMonth', rule: { ...rule, month } };
    case 'everyNthYear': {
      const inner = moveRuleToMonth(rule.rule, month, from);
      if (inner.kind === 'same') return inner;
      // Over New Year the day's calendar year moves by one: so does the remainder.
      const years =
        beforeNewYear(from) === beforeNewYear(month) ? 0 : beforeNewYear(month) ? -1 : 1;
      const remainder = (((rule.remainder + years) % rule.every) + rule.every) % rule.every;
      return { kind: inner.kind, rule: { ...rule, remainder, rule: inner.rule } };
    }
    case 'isoWeek':
    case 'schoolWeek':
    case 'relative':
    case 'dateRange':
    case 'everyMonth':
      return { kind: 'replace', rule: { kind: 'month', month, part: 'whole' } };
  }
}
