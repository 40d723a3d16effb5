/**
 * The figures of a set of actions: how many there are, done, skipped, open, due and overdue, and
 * the shares shown as whole percents. Every breakdown of the progress summary is a Tally, made by
 * the one function here (tallyOf), so a table and its bars never disagree.
 */
import type { Progress, ProgressState, Rating } from '../model';

/** Counts of actions by state; the percents are whole, rounded down (100 only when all are). */
export interface Tally {
  readonly total: number;
  readonly done: number;
  readonly skipped: number;
  /** Neither done nor skipped (no record, or 'todo'); the overdue ones included. */
  readonly open: number;
  /**
   * Whose window ended before today and did not end before its school started tracking: the ones
   * that would be overdue if open (isOverdue in overdue.ts).
   */
  readonly due: number;
  /** Due and open. */
  readonly overdue: number;
  /** done of total as a whole percent; null when there are none. */
  readonly percentDone: number | null;
  /**
   * Kept up: of the due actions, those marked done or skipped (due − overdue), as a whole
   * percent; null when none is due. A skip is a decision with its reason, not a lag.
   */
  readonly percentKeptUp: number | null;
}

/** `part` of `whole` as a whole percent rounded down; null when `whole` is 0. Exact on integers. */
export function wholePercent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.floor((part * 100) / whole);
}

/** The running counts behind a Tally (mutable while a summary is made). */
export class Counter {
  total = 0;
  done = 0;
  skipped = 0;
  due = 0;
  overdue = 0;

  /** Counts one action in `state` (an index of PROGRESS_STATES), due and overdue as given. */
  add(state: number, due: boolean, overdue: boolean): void {
    this.total += 1;
    if (state === DONE) this.done += 1;
    else if (state === SKIPPED) this.skipped += 1;
    if (due) this.due += 1;
    if (overdue) this.overdue += 1;
  }
}

/** Indexes of PROGRESS_STATES, as the summary keeps states in a byte array. */
export const STATE_CODE = { todo: 0, done: 1, skipped: 2 } as const satisfies Record<
  ProgressState,
  number
>;
const DONE = STATE_CODE.done;
const SKIPPED = STATE_CODE.skipped;

/** The figures of `c`. */
export function tallyOf(c: Counter): Tally {
  return {
    total: c.total,
    done: c.done,
    skipped: c.skipped,
    open: c.total - c.done - c.skipped,
    due: c.due,
    overdue: c.overdue,
    percentDone: wholePercent(c.done, c.total),
    percentKeptUp: wholePercent(c.due - c.overdue, c.due),
  };
}

/** The median of `values` (the mean of the middle two for an even count); null when empty. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** How the done actions of a set worked, by their teachers' ratings; done without one: `unrated`. */
export type Ratings = Readonly<Record<Rating | 'unrated', number>>;

/** The running counts behind Ratings. */
export class RatingCounter {
  well = 0;
  partly = 0;
  not = 0;
  unrated = 0;

  /** Counts one done action by its record's rating. */
  add(record: Progress | undefined): void {
    const rating = record?.rating;
    if (rating) this[rating] += 1;
    else this.unrated += 1;
  }

  get ratings(): Ratings {
    return { well: this.well, partly: this.partly, not: this.not, unrated: this.unrated };
  }
}
