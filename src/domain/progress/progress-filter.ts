/**
 * What a progress summary counts: the schools in view (a principal's own, or every school), and
 * the filters of the progress view (grade or level, theme, month, responsible role). The school
 * year is chosen before: a summary is of one year's actions.
 */
import type { SchoolId, ThemeId } from '../ids';
import type { LocalDate } from '../local-date';
import { GRADES, type Grade, type ResponsibleRole } from '../model';
import type { SessionUser } from '../sync/protocol';
import type { Month } from '../timing-rule';

/**
 * Whose tasks a row of the grade breakdown holds: a grade's (its classes' tasks that concern it;
 * a combined class's task that concerns two of its grades is in both), a school's own tasks, or
 * the organization's (the coordinator's) own tasks, as the year plan's rows.
 */
export type Level = Grade | 'school' | 'organization';

/** The levels in the order they are shown: esiopetus, grades 1-9, schools' and the organization's. */
export const LEVELS: readonly Level[] = [...GRADES, 'school', 'organization'];

export interface ProgressFilter {
  /**
   * The schools whose tasks (their classes' and their own) count; null: every school and the
   * organization's own tasks too. An empty set counts nothing.
   */
  readonly schools: ReadonlySet<SchoolId> | null;
  readonly level: Level | null;
  /** A theme, 'none' for the tasks without one, or null for all. */
  readonly themeId: ThemeId | 'none' | null;
  /** The calendar month (1 = January) in which an action's window ends: when it falls due. */
  readonly month: Month | null;
  /** Tasks that name this role among those responsible. */
  readonly role: ResponsibleRole | null;
  /**
   * A period of the year (the steering group's report): only the actions whose window ends
   * within it (`from` and `to` included), as an action falls due when its window ends. Absent or
   * null: the whole year.
   */
  readonly endsWithin?: DateSpan | null;
}

/** The days from `from` to `to`, both included. */
export interface DateSpan {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** Everything counts. */
export const NO_PROGRESS_FILTER: ProgressFilter = {
  schools: null,
  level: null,
  themeId: null,
  month: null,
  role: null,
};

/**
 * The schools whose progress `user` follows: every school (null) for the coordinator, an admin or
 * a device in local mode with no role (null user); a principal's (or a teacher's) own schools.
 */
export function schoolsInView(user: SessionUser | null): ReadonlySet<SchoolId> | null {
  if (user === null || user.role === 'coordinator' || user.role === 'admin') return null;
  return new Set(user.schools as SchoolId[]);
}

/**
 * The schools a summary counts when the user in view of `inView` chose `chosen` (null: all they
 * see): the chosen one if in view, else nothing; all in view when none is chosen.
 */
export function countedSchools(
  inView: ReadonlySet<SchoolId> | null,
  chosen: SchoolId | null,
): ReadonlySet<SchoolId> | null {
  if (chosen === null) return inView;
  return inView === null || inView.has(chosen) ? new Set([chosen]) : new Set();
}
