/**
 * Whether an action id names a real action of the plan, decided by the scheduler the browser
 * uses (materializeActions), not a second copy of its rules: the server refuses new progress of
 * an action that does not exist (`UnknownAction`), so no row is kept for work nobody can see.
 */
import { adjustmentIdFor } from '../adjustment-ids';
import { templateId } from '../ids';
import type { Entity } from '../entities';
import {
  type Group,
  type School,
  type SchoolAdjustment,
  type SchoolYear,
  type TaskTemplate,
} from '../model';
import { materializeActions } from '../schedule/materialize-actions';
import { buildSchoolCalendar, type SchoolCalendar } from '../school-calendar';
import { parseActionId, type ParsedActionId } from './action-ids';
import type { StoredRow } from './merge';

/** The plan rows an action id names, each null when missing or deleted. */
export interface ActionPlanRows {
  readonly schoolYear: SchoolYear | null;
  readonly template: TaskTemplate | null;
  /** The class of a class action (null for other targets). */
  readonly group: Group | null;
  /** The school of a school action (null for other targets). */
  readonly school: School | null;
  /** The adjustment of the template by the action's school, if any (absent: none). */
  readonly adjustment?: SchoolAdjustment | null;
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
  const { schoolYear, template, group, school, adjustment } = plan;
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
      adjustments: adjustment ? [adjustment] : [],
    },
    calendar ?? buildSchoolCalendar(schoolYear),
  );
  return actions.some((a) => a.id === actionId)
    ? null
    : `Task ${template.id} gives no action ${actionId} in school year ${schoolYear.id}`;
}

/** Reads one row of the space, deleted ones included (a push transaction's `row`). */
export type RowReader = (entity: Entity, id: string) => Promise<StoredRow | null>;

/**
 * Why `actionId` names no action of the plan `read` gives, or null when it does.
 * `calendars` keeps the school calendars built so far (by year id and row seq): a batch of ticks
 * builds each year's calendar once.
 */
export async function unknownActionIn(
  read: RowReader,
  actionId: string,
  calendars: Map<string, SchoolCalendar>,
): Promise<string | null> {
  const action = parseActionId(actionId);
  if (action === null) return 'Not an action id';
  // Rows are stored as their schemas validated them (or as the server wrote them), so their data
  // is the model's row; a deleted one counts as missing.
  const live = async <T>(entity: Entity, id: string): Promise<{ row: T; seq: number } | null> => {
    const stored = await read(entity, id);
    return stored === null || stored.deleted
      ? null
      : { row: stored.data as unknown as T, seq: stored.seq };
  };
  const { target } = action;
  const year = await live<SchoolYear>('schoolYear', action.schoolYearId);
  const template = await live<TaskTemplate>('template', action.templateId);
  const group = target.kind === 'group' ? await live<Group>('group', target.groupId) : null;
  const school = target.kind === 'school' ? await live<School>('school', target.schoolId) : null;
  const schoolId = group?.row.schoolId ?? school?.row.id ?? null;
  const adjustment =
    schoolId === null
      ? null
      : await live<SchoolAdjustment>(
          'adjustment',
          adjustmentIdFor(schoolId, templateId(action.templateId)),
        );
  let calendar: SchoolCalendar | undefined;
  if (year !== null) {
    const key = `${year.row.id}@${year.seq}`;
    calendar = calendars.get(key) ?? buildSchoolCalendar(year.row);
    calendars.set(key, calendar);
  }
  return unknownActionReason(
    actionId,
    action,
    {
      schoolYear: year?.row ?? null,
      template: template?.row ?? null,
      group: group?.row ?? null,
      school: school?.row ?? null,
      // Only the row of that school and template (its id could be given to another).
      adjustment:
        adjustment?.row.schoolId === schoolId && adjustment.row.templateId === action.templateId
          ? adjustment.row
          : null,
    },
    calendar,
  );
}
