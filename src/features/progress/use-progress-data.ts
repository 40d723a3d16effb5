/**
 * The progress view's live reads: the school years and themes, a year's plan worked out for
 * summaries (read again only when the plan changes), and the year's progress records (read again
 * on every tick of that year, also one made in another tab or pulled by a sync).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { listSchoolYears, listThemes } from '@/db/queries';
import { progressOfSchoolYear, progressPlanOf } from '@/db/year-actions';
import type { SchoolYearId } from '@/domain/ids';
import { statesOf, type ActionStates } from '@/domain/progress/counted-actions';
import { indexProgressPlan, type PlanIndex } from '@/domain/progress/progress-plan';
import { useDb } from '@/ui/db-context';

/** The school years (oldest first) and the themes; undefined while loading. */
export function useProgressLists() {
  const db = useDb();
  return useLiveQuery(async () => {
    const [years, themes] = await Promise.all([listSchoolYears(db), listThemes(db)]);
    return { years, themes };
  }, [db]);
}

export interface YearProgress {
  readonly index: PlanIndex;
  readonly states: ActionStates;
}

/**
 * The plan of school year `yearId` worked out for summaries, with the states of its actions;
 * null for an unknown year, undefined while loading.
 */
export function useYearProgress(yearId: SchoolYearId | undefined): YearProgress | null | undefined {
  const db = useDb();
  const plan = useLiveQuery(
    async () => (yearId === undefined ? null : progressPlanOf(db, yearId)),
    [db, yearId],
  );
  const records = useLiveQuery(
    async () => (yearId === undefined ? [] : progressOfSchoolYear(db, yearId)),
    [db, yearId],
  );
  const index = useMemo(() => (plan ? indexProgressPlan(plan) : plan), [plan]);
  return useMemo(() => {
    if (index === undefined || records === undefined) return undefined;
    if (index === null) return null;
    return { index, states: statesOf(index, records) };
  }, [index, records]);
}
