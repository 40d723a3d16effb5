/**
 * What a teacher opening the app is reminded of for one class: the actions whose window ends in
 * this ISO week (due this week) and the overdue ones (isOverdue, as the month says it). Pure:
 * today and the school's tracking start are passed in.
 */
import { addDays, isoDayOfWeek, isoWeekOf, type IsoWeek, type LocalDate } from './local-date';
import type { ActionId } from './ids';
import type { Action, Progress } from './model';
import { isOverdue } from './overdue';
import { byWindow, compare } from './schedule/schedule-record';

export interface ClassReminders {
  /** The ISO week holding today, Monday to Sunday. */
  readonly week: IsoWeek & { readonly monday: LocalDate; readonly sunday: LocalDate };
  /** Open (not done, not skipped) actions whose window ends today or later this week, by end. */
  readonly dueThisWeek: readonly Action[];
  /** Overdue actions (their window ended before today), by end: the longest overdue first. */
  readonly overdue: readonly Action[];
}

export interface ClassRemindersInput {
  /** The class's actions (its own and the school-level ones that concern it). */
  readonly actions: readonly Action[];
  readonly progress: ReadonlyMap<ActionId, Progress>;
  readonly today: LocalDate;
  /** The day the school started tracking (null: from the start of the year). */
  readonly trackingFrom: LocalDate | null;
}

/**
 * The class's reminders on `today`: an action is due this week when it is open and its window
 * ends between today and the Sunday of today's ISO week (both included); one that ended earlier,
 * also earlier this week, is overdue instead (never both).
 */
export function classReminders(input: ClassRemindersInput): ClassReminders {
  const { today, trackingFrom } = input;
  const monday = addDays(today, 1 - isoDayOfWeek(today));
  const sunday = addDays(monday, 6);
  const dueThisWeek: Action[] = [];
  const overdue: Action[] = [];
  for (const action of input.actions) {
    const state = input.progress.get(action.id)?.state ?? 'todo';
    if (isOverdue(action, state, today, trackingFrom)) overdue.push(action);
    else if (state === 'todo' && action.end >= today && action.end <= sunday) {
      dueThisWeek.push(action);
    }
  }
  return {
    week: { ...isoWeekOf(today), monday, sunday },
    dueThisWeek: dueThisWeek.sort(byEnd),
    overdue: overdue.sort(byEnd),
  };
}

/** By the day the window ends (what a reminder names), then by window. */
function byEnd(a: Action, b: Action): number {
  return compare(a.end, b.end) || byWindow(a, b);
}
