/**
 * The teacher's month: which actions to show for a month, which earlier ones are overdue, and
 * what comes next month. Pure: today, the progress records and the school's tracking start are
 * passed in.
 */
import type { ActionId } from './ids';
import { daysInMonth, localDate } from './local-date';
import type { LocalDate } from './local-date';
import type { Action, Progress, ProgressState } from './model';
import { isOverdue } from './overdue';
import { byWindow as byActionWindow } from './schedule/schedule-record';
import { shiftMonth } from './year-month';

export interface MonthViewItem {
  readonly action: Action;
  /** 'todo' when there is no progress record. */
  readonly state: ProgressState;
  readonly progress: Progress | null;
  readonly overdue: boolean;
}

export interface MonthViewInput {
  /** The actions of one class (or school) and school year. */
  readonly actions: readonly Action[];
  readonly progress: ReadonlyMap<ActionId, Progress>;
  readonly today: LocalDate;
  readonly year: number;
  /** 1 = January. */
  readonly month: number;
  /**
   * The day the school started tracking its tasks (a year adopted mid-way): an action whose
   * window ended before it is never overdue. Null: tracked from the start of the year.
   */
  readonly trackingFrom: LocalDate | null;
  /**
   * Earlier months' actions that stay in the overdue section although they are no longer overdue
   * (marked there during this visit), so a tick does not make its card jump away.
   */
  readonly keptOverdue?: ReadonlySet<ActionId>;
}

export interface MonthView {
  /** The actions whose window meets the month, by start (then end, then id). */
  readonly month: readonly MonthViewItem[];
  /**
   * When the month holds today: the overdue actions of earlier months (and the kept ones), by
   * start; empty for any other month.
   */
  readonly earlierOverdue: readonly MonthViewItem[];
  /** How many of `earlierOverdue` are still overdue. */
  readonly earlierOverdueCount: number;
  /** Next month's actions that do not already show in this one, by start. */
  readonly nextMonth: readonly MonthViewItem[];
}

/** First and last day of `month` (1-12) of `year`. */
function monthRange(year: number, month: number): { start: LocalDate; end: LocalDate } {
  return {
    start: localDate(year, month, 1),
    end: localDate(year, month, daysInMonth(year, month)),
  };
}

/** Whether the window of `action` shares a day with `start..end`. */
function windowIntersects(action: Action, start: LocalDate, end: LocalDate): boolean {
  return action.start <= end && action.end >= start;
}

function item(action: Action, input: MonthViewInput): MonthViewItem {
  const record = input.progress.get(action.id) ?? null;
  const state = record?.state ?? 'todo';
  return {
    action,
    state,
    progress: record,
    overdue: isOverdue(action, state, input.today, input.trackingFrom),
  };
}

function byWindow(a: MonthViewItem, b: MonthViewItem): number {
  return byActionWindow(a.action, b.action);
}

/**
 * The month of one class: its own actions first, then (only in the month holding today) the
 * overdue ones of earlier months, and next month's preview.
 */
export function monthView(input: MonthViewInput): MonthView {
  const { start, end } = monthRange(input.year, input.month);
  const holdsToday = input.today >= start && input.today <= end;
  const month: MonthViewItem[] = [];
  const earlierOverdue: MonthViewItem[] = [];
  for (const action of input.actions) {
    if (windowIntersects(action, start, end)) {
      month.push(item(action, input));
    } else if (holdsToday && action.end < start) {
      const it = item(action, input);
      if (it.overdue || input.keptOverdue?.has(action.id)) earlierOverdue.push(it);
    }
  }
  return {
    month: month.sort(byWindow),
    earlierOverdue: earlierOverdue.sort(byWindow),
    earlierOverdueCount: earlierOverdue.filter((i) => i.overdue).length,
    nextMonth: nextMonthPreview(input),
  };
}

/** The actions of the following month that are not already in this one (their window starts after it), by start. */
function nextMonthPreview(input: MonthViewInput): MonthViewItem[] {
  const { end: thisEnd } = monthRange(input.year, input.month);
  const next = shiftMonth(input, 1);
  const { start, end } = monthRange(next.year, next.month);
  return input.actions
    .filter((a) => a.start > thisEnd && windowIntersects(a, start, end))
    .map((a) => item(a, input))
    .sort(byWindow);
}
