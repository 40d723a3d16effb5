/**
 * The steering group's report of a school year or a period of it: the progress summary of the
 * actions falling due in the period (progressSummary with the period as its filter, so every
 * figure is the progress view's own) and the tasks that worked and did not (task-verdicts.ts).
 */
import type { SchoolId } from '../ids';
import type { LocalDate } from '../local-date';
import type { Progress } from '../model';
import type { ActionStates } from '../progress/counted-actions';
import { NO_PROGRESS_FILTER, type DateSpan } from '../progress/progress-filter';
import type { PlanIndex } from '../progress/progress-plan';
import { progressSummary, type ProgressSummary } from '../progress/progress-summary';
import { MIN_RATINGS, taskVerdicts, type TaskVerdicts } from './task-verdicts';

export interface ProgressReportInput {
  readonly index: PlanIndex;
  readonly progress: readonly Progress[] | ActionStates;
  readonly today: LocalDate;
  /** The schools counted (countedSchools): null for every school and the organization's own. */
  readonly schools: ReadonlySet<SchoolId> | null;
  readonly period: DateSpan;
  readonly minRatings?: number;
}

export interface ProgressReport {
  readonly period: DateSpan;
  readonly summary: ProgressSummary;
  /** The fewest ratings a task was judged by. */
  readonly minRatings: number;
  readonly verdicts: TaskVerdicts;
}

/** The report of the actions of `input.schools` whose window ends within `input.period`. */
export function progressReport(input: ProgressReportInput): ProgressReport {
  const summary = progressSummary({
    index: input.index,
    progress: input.progress,
    today: input.today,
    filter: { ...NO_PROGRESS_FILTER, schools: input.schools, endsWithin: input.period },
  });
  const minRatings = input.minRatings ?? MIN_RATINGS;
  return {
    period: input.period,
    summary,
    minRatings,
    verdicts: taskVerdicts(summary.byTask, minRatings),
  };
}
