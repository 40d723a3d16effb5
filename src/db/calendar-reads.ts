/**
 * What an exported calendar reads (calendar-export/): a school year's plan and its actions as the
 * stored schedules hold them, the same records the teacher's month shows. The stored schedules
 * rather than the scheduler (year-actions.ts): the calendars view then loads no scheduler code,
 * and its chunk does not split the scheduler out of the database layer's own.
 */
import type { CalendarPlan } from '@/domain/calendar-export/calendar-target';
import type { SchoolYearId } from '@/domain/ids';
import { actionsOf } from '@/domain/schedule/schedule-record';
import type { VuosikelloDb } from './database';
import { withoutStamp } from './server-copy';

/** The plan and actions of a school year for its calendars; null for an unknown year. */
export async function calendarPlanOfYear(
  db: VuosikelloDb,
  schoolYearId: SchoolYearId,
): Promise<CalendarPlan | null> {
  const [schoolYear, schools, groups, templates, themes, schedules] = await Promise.all([
    db.schoolYears.get(schoolYearId),
    db.schools.toArray(),
    db.groups.where('schoolYearId').equals(schoolYearId).toArray(),
    db.templates.toArray(),
    db.themes.toArray(),
    db.schedules.where('schoolYearId').equals(schoolYearId).toArray(),
  ]);
  if (!schoolYear) return null;
  return {
    schoolYear: withoutStamp(schoolYear),
    schools: schools.map(withoutStamp),
    groups: groups.map(withoutStamp),
    templates: templates.map(withoutStamp),
    themes: themes.map(withoutStamp),
    actions: schedules.flatMap(actionsOf),
  };
}
