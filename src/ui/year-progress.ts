/**
 * A school year's plan worked out for summaries (read again only when the plan changes), and the
 * year's progress records (kept current on every tick of that year, also one made in another tab
 * or pulled by a sync): what the progress view and the month's reminders count from.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { progressPlanOf } from '@/db/year-actions';
import { watchYearProgress } from '@/db/year-progress-watch';
import type { SchoolYearId } from '@/domain/ids';
import type { Progress } from '@/domain/model';
import { statesOf, type ActionStates } from '@/domain/progress/counted-actions';
import { indexProgressPlan, type PlanIndex } from '@/domain/progress/progress-plan';
import { useDb } from './db-context';

export interface YearProgress {
  readonly index: PlanIndex;
  readonly states: ActionStates;
}

/**
 * The plan of school year `yearId` worked out for summaries, with the states of its actions;
 * null for an unknown year, undefined while loading. Each read carries the year it is of: while
 * another year's reads are still the latest (a live query keeps its last result until the new
 * one is in), the year is loading, never shown with the other year's records.
 */
export function useYearProgress(yearId: SchoolYearId | undefined): YearProgress | null | undefined {
  const db = useDb();
  const plan = useLiveQuery(
    async () => ({ yearId, plan: yearId === undefined ? null : await progressPlanOf(db, yearId) }),
    [db, yearId],
  );
  // Not a live query: that reads the whole year again after each tick (watchYearProgress).
  const [records, setRecords] = useState<{
    readonly yearId: SchoolYearId | undefined;
    readonly records: readonly Progress[];
  }>();
  useEffect(() => {
    if (yearId === undefined) return;
    return watchYearProgress(db, yearId, (list) => setRecords({ yearId, records: list }));
  }, [db, yearId]);
  const current = plan && plan.yearId === yearId ? plan.plan : undefined;
  const index = useMemo(() => (current ? indexProgressPlan(current) : current), [current]);
  const currentRecords = records && records.yearId === yearId ? records.records : undefined;
  return useMemo(() => {
    if (index === undefined || currentRecords === undefined) return undefined;
    if (index === null) return null;
    return { index, states: statesOf(index, currentRecords) };
  }, [index, currentRecords]);
}
