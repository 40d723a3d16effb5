/**
 * Scheduling problems (a template whose rule cannot be placed in a year), stored next to the
 * actions so the plan view can list them. Derived like the actions, rewritten when they are.
 */
import type { SchoolYearId } from '@/domain/ids';
import type { ScheduleProblem } from '@/domain/schedule/materialize-actions';

/** A ScheduleProblem of one school year; `id` is deterministic, so rewriting is idempotent. */
export interface StoredProblem extends ScheduleProblem {
  readonly id: string;
  readonly schoolYearId: SchoolYearId;
}

/** The stored form of the problems materializeActions reported for `schoolYearId`. */
export function toStoredProblems(
  schoolYearId: SchoolYearId,
  problems: readonly ScheduleProblem[],
): StoredProblem[] {
  return problems.map((p) => ({
    ...p,
    id: `${schoolYearId}~${p.templateId}~${p.occurrence}~${p.code}`,
    schoolYearId,
  }));
}
