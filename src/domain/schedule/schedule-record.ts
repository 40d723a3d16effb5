/**
 * A schedule as stored (one record per class, per school and for the organization in each school
 * year, DESIGN.md §2) and the actions it holds: what every reader needs, apart from the code that
 * derives and diffs schedules (schedules.ts), which only plan changes run.
 */
import { actionId } from '../ids';
import type { GroupId, ScheduleId, SchoolId, SchoolYearId, TemplateId, ThemeId } from '../ids';
import type { LocalDate } from '../local-date';
import type { Action, BreakKind, Scope, WindowAdjustment } from '../model';

/**
 * An action as its schedule holds it: only what is its own. Its id, year and target are the
 * schedule's (actionsOf puts them back), so a record stores about half the bytes of full
 * actions, and a first download writes them that much faster.
 */
export interface ScheduledAction {
  readonly templateId: TemplateId;
  readonly occurrence: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly themeId: ThemeId | null;
  readonly adjustment: WindowAdjustment | null;
  /** Only when the window holds a break (Action.spansBreaks): most records never carry it. */
  readonly spansBreaks?: readonly BreakKind[];
  /** Present (true) only when the school moved the task: records stay small. */
  readonly schoolTiming?: true;
}

/** One target's actions in one school year. */
export interface Schedule {
  /** `${schoolYearId}~g:<group>`, `~s:<school>` or `~org`: the prefix of its actions' ids. */
  readonly id: ScheduleId;
  readonly schoolYearId: SchoolYearId;
  readonly scope: Scope;
  /** Set for a class's schedule. */
  readonly groupId: GroupId | null;
  /** Set for a class's and a school's schedule. */
  readonly schoolId: SchoolId | null;
  /**
   * Never empty (a target without actions has no record), by window: start, then end, then
   * template and occurrence.
   */
  readonly actions: readonly ScheduledAction[];
}

/** Actions by window: start, then end, then id (the order a month shows). */
export function byWindow(a: Action, b: Action): number {
  return compare(a.start, b.start) || compare(a.end, b.end) || compare(a.id, b.id);
}

/** Strings by code unit (ids and `YYYY-MM-DD` days sort so): -1, 0 or 1. */
export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The order within a schedule: by window, then template and occurrence. */
export function byScheduledWindow(a: ScheduledAction, b: ScheduledAction): number {
  return (
    compare(a.start, b.start) ||
    compare(a.end, b.end) ||
    compare(a.templateId, b.templateId) ||
    compare(a.occurrence, b.occurrence)
  );
}

/** The whole actions a schedule holds, in its order, each with its id, year and target. */
export function actionsOf(schedule: Schedule): Action[] {
  const { id, schoolYearId, scope, groupId, schoolId } = schedule;
  return schedule.actions.map((a) => ({
    id: actionId(`${id}~${a.templateId}~${a.occurrence}`),
    templateId: a.templateId,
    schoolYearId,
    scope,
    groupId,
    schoolId,
    occurrence: a.occurrence,
    start: a.start,
    end: a.end,
    themeId: a.themeId,
    adjustment: a.adjustment,
    spansBreaks: a.spansBreaks,
    // Absent (undefined) unless the school moved the task.
    schoolTiming: a.schoolTiming,
  }));
}
