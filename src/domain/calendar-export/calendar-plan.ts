/**
 * A school year's plan rows as a calendar takes them, with their actions derived (the server's
 * feeds): apart from calendar-target.ts, so that the app, which reads the stored schedules
 * (src/db/calendar-reads.ts), does not load the scheduler with its calendars view.
 */
import type { Theme } from '../model';
import { materializeActions, type PlanSnapshot } from '../schedule/materialize-actions';
import type { CalendarPlan } from './calendar-target';

/** The calendar plan of a school year's plan rows: its actions derived by the scheduler. */
export function calendarPlanOf(
  plan: PlanSnapshot & { readonly themes: readonly Theme[] },
): CalendarPlan {
  const { schoolYear, schools, groups, templates, themes } = plan;
  const { actions } = materializeActions(plan);
  return { schoolYear, schools, groups, templates, themes, actions };
}
