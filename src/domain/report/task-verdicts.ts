/**
 * Which tasks worked and which did not, from their teachers' ratings (TaskRow.ratings of the
 * progress summary: one rating per done action, optional). The rule, stated once:
 *
 * - A task is judged once it has at least MIN_RATINGS ratings (well, partly or not; done actions
 *   without a rating do not count). With fewer it is "not enough ratings" and in neither list.
 * - It did not work when at least a third of its ratings are "did not work": a third of the
 *   classes saying so is worth a look, however the rest went.
 * - Otherwise it worked when at least two thirds of its ratings are "worked well".
 * - Otherwise it is mixed (in neither list).
 *
 * Shares are compared on whole numbers (not·3 ≥ rated, well·3 ≥ 2·rated): no rounding.
 */
import type { TaskRow } from '../progress/progress-summary';
import type { Ratings } from '../progress/tally';

/** The fewest ratings a task is judged by. */
export const MIN_RATINGS = 3;

export type TaskVerdict = 'worked' | 'didNotWork' | 'mixed' | 'tooFewRatings';

/** The ratings given: well, partly and not (done without a rating left out). */
export function ratedCount(ratings: Ratings): number {
  return ratings.well + ratings.partly + ratings.not;
}

/** The verdict on a task rated `ratings`, by the rule above. */
export function taskVerdict(ratings: Ratings, minRatings = MIN_RATINGS): TaskVerdict {
  const rated = ratedCount(ratings);
  if (rated === 0 || rated < minRatings) return 'tooFewRatings';
  if (ratings.not * 3 >= rated) return 'didNotWork';
  if (ratings.well * 3 >= rated * 2) return 'worked';
  return 'mixed';
}

export interface TaskVerdicts {
  /** Most "well" of its ratings first, then most rated, then in the summary's order. */
  readonly worked: readonly TaskRow[];
  /** Most "not" of its ratings first, then most rated, then in the summary's order. */
  readonly didNotWork: readonly TaskRow[];
  /** Judged, in neither list. */
  readonly mixed: number;
  /** With at least one done action, too few ratings to be judged. */
  readonly tooFewRatings: number;
}

/** The summary's tasks (`byTask`) sorted out by taskVerdict. */
export function taskVerdicts(rows: readonly TaskRow[], minRatings = MIN_RATINGS): TaskVerdicts {
  const worked: TaskRow[] = [];
  const didNotWork: TaskRow[] = [];
  let mixed = 0;
  let tooFewRatings = 0;
  for (const row of rows) {
    const verdict = taskVerdict(row.ratings, minRatings);
    if (verdict === 'worked') worked.push(row);
    else if (verdict === 'didNotWork') didNotWork.push(row);
    else if (verdict === 'mixed') mixed += 1;
    else if (row.tally.done > 0) tooFewRatings += 1;
  }
  // Share a/ra before b/rb, compared exactly: a·rb against b·ra. Array sort is stable.
  const byShare = (part: (r: Ratings) => number) => (a: TaskRow, b: TaskRow) => {
    const ra = ratedCount(a.ratings);
    const rb = ratedCount(b.ratings);
    return part(b.ratings) * ra - part(a.ratings) * rb || rb - ra;
  };
  worked.sort(byShare((r) => r.well));
  didNotWork.sort(byShare((r) => r.not));
  return { worked, didNotWork, mixed, tooFewRatings };
}
