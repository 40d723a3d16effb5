/**
 * The teacher's month: which actions to show for a month, which are overdue, and what comes next
 * month. Pure: today and the progress records are passed in.
 */
import type { ActionId } from './ids';
import { daysInMonth, localDate } from './local-date';
import type { LocalDate } from './local-date';
import type { Action, Progress, ProgressState } from './model';

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
}

/** First and last day of `month` (1-12) of `year`. */
export function monthRange(year: number, month: number): { start: LocalDate; end: LocalDate } {
  return {
    start: localDate(year, month, 1),
    end: localDate(year, month, daysInMonth(year, month)),
  };
}

/** The month after `month` of `year`, across the new year. */
export function nextMonthOf(year: number, month: number): { year: number; month: number } {
  return month === 12 ? { year: year + 1, month: 1 } : { year, month: month + 1 };
}

/** Whether the window of `action` shares a day with `start..end`. */
export function windowIntersects(action: Action, start: LocalDate, end: LocalDate): boolean {
  return action.start <= end && action.end >= start;
}

/** Overdue: the window ended before `today` and the action is neither done nor skipped. */
export function isOverdue(action: Action, state: ProgressState, today: LocalDate): boolean {
  return state === 'todo' && action.end < today;
}

function item(
  action: Action,
  progress: ReadonlyMap<ActionId, Progress>,
  today: LocalDate,
): MonthViewItem {
  const record = progress.get(action.id) ?? null;
  const state = record?.state ?? 'todo';
  return { action, state, progress: record, overdue: isOverdue(action, state, today) };
}

function byWindow(a: MonthViewItem, b: MonthViewItem): number {
  const x = a.action;
  const y = b.action;
  if (x.start !== y.start) return x.start < y.start ? -1 : 1;
  if (x.end !== y.end) return x.end < y.end ? -1 : 1;
  return x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}

/**
 * The actions whose window meets the month, plus, when the month holds `today`, the overdue
 * actions of earlier months; overdue ones first, each group by start (then end, then id).
 */
export function monthActions(input: MonthViewInput): MonthViewItem[] {
  const { start, end } = monthRange(input.year, input.month);
  const isCurrentMonth = input.today >= start && input.today <= end;
  const items: MonthViewItem[] = [];
  for (const action of input.actions) {
    const it = item(action, input.progress, input.today);
    if (windowIntersects(action, start, end) || (isCurrentMonth && it.overdue)) items.push(it);
  }
  return items.sort((a, b) => (a.overdue !== b.overdue ? (a.overdue ? -1 : 1) : byWindow(a, b)));
}

/** The actions of the following month that are not already in this one (their window starts after it), by start. */
export function nextMonthPreview(input: MonthViewInput): MonthViewItem[] {
  const { end: thisEnd } = monthRange(input.year, input.month);
  const next = nextMonthOf(input.year, input.month);
  const { start, end } = monthRange(next.year, next.month);
  return input.actions
    .filter((a) => a.start > thisEnd && windowIntersects(a, start, end))
    .map((a) => item(a, input.progress, input.today))
    .sort(byWindow);
}
