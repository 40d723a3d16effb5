/**
 * Whether an action id names a real action of the plan, decided by the scheduler the browser
 * uses (materializeActions), not a second copy of its rules: the server refuses new progress of
 * an action that does not exist (`UnknownAction`), so no row is kept for work nobody can see.
 */
import type { Group, School, SchoolYear, TaskTemplate } from '../model';
import { materializeActions } from '../schedule/materialize-actions';
import { buildSchoolCalendar, type SchoolCalendar } from '../school-calendar';
import type { ParsedActionId } from './action-ids';

/** The plan rows an action id names, each null when missing or deleted. */
export interface ActionPlanRows {
  readonly schoolYear: SchoolYear | null;
  readonly template: TaskTemplate | null;
  /** The class of a class action (null for other targets). */
  readonly group: Group | null;
  /** The school of a school action (null for other targets). */
  readonly school: School | null;
}

/**
 * Null when `action` is one of the actions the plan gives: its school year and template exist,
 * its class (of that year) or school exists, and the template's timing rule gives its occurrence
 * in that year for a target whose grades the template concerns. Otherwise why not, in English
 * for the log. Pass `calendar` when the year's calendar is already built.
 */
export function unknownActionReason(
  actionId: string,
  action: ParsedActionId,
  plan: ActionPlanRows,
  calendar?: SchoolCalendar,
): string | null {
  const { schoolYear, template, group, school } = plan;
  if (schoolYear === null) return `No school year ${action.schoolYearId}`;
  if (template === null) return `No task ${action.templateId}`;
  const { target } = action;
  switch (target.kind) {
    case 'group':
      if (group === null || group.schoolYearId !== schoolYear.id) {
        return `No class ${target.groupId} in school year ${schoolYear.id}`;
      }
      break;
    case 'school':
      if (school === null) return `No school ${target.schoolId}`;
      break;
    case 'organization':
      break;
  }
  const { actions } = materializeActions(
    {
      schoolYear,
      templates: [template],
      groups: group === null ? [] : [group],
      schools: school === null ? [] : [school],
    },
    calendar ?? buildSchoolCalendar(schoolYear),
  );
  return actions.some((a) => a.id === actionId)
    ? null
    : `Task ${template.id} gives no action ${actionId} in school year ${schoolYear.id}`;
}
