/**
 * A whole school year's actions for the wide views (grid, wheel, reports, coming next), apart
 * from queries.ts: it runs the scheduler, which the teacher's month does not load.
 */
import type { SchoolYearId } from '@/domain/ids';
import type { Action } from '@/domain/model';
import { materializeActions } from '@/domain/schedule/materialize-actions';
import type { VuosikelloDb } from './database';

/**
 * All actions of a school year (every scope), for the wide views (grid, wheel, reports, coming
 * next), derived in memory from the plan with the pure scheduler rather than read from the stored
 * schedules, by measurement (npm run bench -- idb, "a year's actions for the wide views"): for a
 * municipality (12 schools, 120 classes, 3,677 actions in 133 records) in Chromium, reading the
 * plan and deriving took 7.9-11.1 ms, reading the records 9.1-18.8 ms (medians of 9, three runs
 * on a shared machine). A live query over this re-runs when the plan changes. Empty for an
 * unknown year.
 */
export async function actionsOfSchoolYear(
  db: VuosikelloDb,
  schoolYearId: SchoolYearId,
): Promise<Action[]> {
  const [schoolYear, schools, groups, templates, adjustments] = await Promise.all([
    db.schoolYears.get(schoolYearId),
    db.schools.toArray(),
    db.groups.where('schoolYearId').equals(schoolYearId).toArray(),
    db.templates.toArray(),
    db.adjustments.toArray(),
  ]);
  if (!schoolYear) return [];
  return materializeActions({ schoolYear, schools, groups, templates, adjustments }).actions;
}
