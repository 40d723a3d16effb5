/**
 * Classes falling behind their grade: a class whose share of due tasks kept up with (done or
 * skipped, Tally.percentKeptUp) is well below the middle class of its grade, among the classes
 * the summary counts.
 */
import { GRADES, type Grade, type Group, type School } from '../model';
import type { Level } from './progress-filter';
import { median, type Tally } from './tally';

/** A class is compared only once this many of its counted actions are due: fewer say little. */
export const BEHIND_MIN_DUE = 3;
/** How many percentage points below its grade's median a class must be to be behind. */
export const BEHIND_MARGIN = 20;

export interface BehindClass {
  readonly group: Group;
  readonly school: School;
  readonly tally: Tally;
  /** The grade it is compared with: of its grades, the one whose median is lowest. */
  readonly grade: Grade;
  /** That grade's median percentKeptUp (may end in .5). */
  readonly gradeMedian: number;
}

interface ClassFigures {
  readonly group: Group;
  readonly school: School;
  readonly tally: Tally;
}

/**
 * The classes behind. For each grade, the median of percentKeptUp over the counted classes of
 * that grade with at least BEHIND_MIN_DUE due actions (a combined class is in each of its
 * grades; with a grade filter, only that grade). Such a class is behind when its percentKeptUp is
 * more than BEHIND_MARGIN points below the median of each of its grades, i.e. below the lowest
 * of them minus the margin. In the order of `classes`.
 */
export function fallingBehind(
  classes: readonly ClassFigures[],
  level: Level | null,
): BehindClass[] {
  const compared = classes.filter((c) => c.tally.due >= BEHIND_MIN_DUE);
  const gradesOf = (group: Group) =>
    level === null ? group.grades : group.grades.filter((g) => g === level);
  const values = new Map<Grade, number[]>(GRADES.map((g) => [g, []]));
  for (const c of compared) {
    for (const g of gradesOf(c.group)) values.get(g)!.push(c.tally.percentKeptUp!);
  }
  const medians = new Map(GRADES.map((g) => [g, median(values.get(g)!)]));
  const behind: BehindClass[] = [];
  for (const c of compared) {
    let lowest: { grade: Grade; median: number } | null = null;
    for (const grade of gradesOf(c.group)) {
      const m = medians.get(grade)!;
      if (m !== null && (lowest === null || m < lowest.median)) lowest = { grade, median: m };
    }
    if (lowest !== null && c.tally.percentKeptUp! < lowest.median - BEHIND_MARGIN) {
      behind.push({ ...c, grade: lowest.grade, gradeMedian: lowest.median });
    }
  }
  return behind;
}
