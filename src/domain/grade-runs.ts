/** Grades written as ranges (gradesLabel in src/ui/labels.ts says them in words). */
import type { Grade } from './model';

/**
 * `grades` (any order) as runs of consecutive grades, lowest first: [1, 2, 3, 7, 9] is 1-3, 7,
 * 9. Pre-primary (0) is a run of its own: it is not a numbered grade.
 */
export function gradeRuns(grades: readonly Grade[]): { from: Grade; to: Grade }[] {
  const sorted = [...new Set(grades)].sort((a, b) => a - b);
  const runs: { from: Grade; to: Grade }[] = [];
  for (const grade of sorted) {
    const last = runs.at(-1);
    if (last && grade !== 1 && grade === last.to + 1) last.to = grade;
    else runs.push({ from: grade, to: grade });
  }
  return runs;
}
