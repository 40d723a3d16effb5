/**
 * A whole school year's actions for the wide views (grid, wheel, reports, coming next), apart
 * from queries.ts: it runs the scheduler, which the teacher's month does not load.
 */
import type { SchoolYearId } from '@/domain/ids';
import type { Action, Progress } from '@/domain/model';
import type { ProgressPlan } from '@/domain/progress/progress-plan';
import { materializeActions, type PlanSnapshot } from '@/domain/schedule/materialize-actions';
import type { VuosikelloDb } from './database';

/** What the scheduler needs of a school year's plan, or null for an unknown year. */
async function yearPlan(
  db: VuosikelloDb,
  schoolYearId: SchoolYearId,
): Promise<PlanSnapshot | null> {
  const [schoolYear, schools, groups, templates, adjustments] = await Promise.all([
    db.schoolYears.get(schoolYearId),
    db.schools.toArray(),
    db.groups.where('schoolYearId').equals(schoolYearId).toArray(),
    db.templates.toArray(),
    db.adjustments.toArray(),
  ]);
  return schoolYear ? { schoolYear, schools, groups, templates, adjustments } : null;
}

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
  const plan = await yearPlan(db, schoolYearId);
  return plan ? materializeActions(plan).actions : [];
}

/**
 * A school year's plan and actions as progress summaries take them (derived as
 * actionsOfSchoolYear), or null for an unknown year. A live query over this re-runs when the plan
 * changes, not on a tick.
 */
export async function progressPlanOf(
  db: VuosikelloDb,
  schoolYearId: SchoolYearId,
): Promise<ProgressPlan | null> {
  const plan = await yearPlan(db, schoolYearId);
  if (!plan) return null;
  const { schools, groups, templates } = plan;
  return { schoolYearId, actions: materializeActions(plan).actions, schools, groups, templates };
}

/**
 * The progress records of a school year's actions (also of actions no longer in the plan): one
 * key range, as an action id starts with its year's id and '~'. Kept current after a first read
 * by watchYearProgress (year-progress-watch.ts).
 */
export function progressOfSchoolYear(
  db: VuosikelloDb,
  schoolYearId: SchoolYearId,
): Promise<Progress[]> {
  return db.progress.where(':id').startsWith(`${schoolYearId}~`).toArray();
}
