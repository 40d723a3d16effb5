/**
 * The ids of schedules and of the actions they hold, apart from the scheduler: the first screen
 * reads a class's schedules by id and splits action ids, without loading the scheduler itself.
 */
import { actionId, assertNever, scheduleId } from '../ids';
import type { ActionId, GroupId, ScheduleId, SchoolId, SchoolYearId, TemplateId } from '../ids';

/** Who an action is for. */
export type ActionTarget =
  | { readonly kind: 'group'; readonly groupId: GroupId }
  | { readonly kind: 'school'; readonly schoolId: SchoolId }
  | { readonly kind: 'organization' };

function targetKey(target: ActionTarget): string {
  switch (target.kind) {
    case 'group':
      return `g:${target.groupId}`;
    case 'school':
      return `s:${target.schoolId}`;
    case 'organization':
      return 'org';
    default:
      return assertNever(target);
  }
}

/**
 * The id of a target's schedule in a year, `${schoolYearId}~${targetKey}` with targetKey
 * `g:<groupId>`, `s:<schoolId>` or `org`: the prefix of the ids of the actions it holds.
 */
export function scheduleIdFor(schoolYearId: SchoolYearId, target: ActionTarget): ScheduleId {
  return scheduleId(`${schoolYearId}~${targetKey(target)}`);
}

/**
 * The id of the schedule holding an action: its id up to the second '~' (entity ids never hold
 * '~', see sync/action-ids.ts).
 */
export function scheduleIdOfAction(id: ActionId): ScheduleId {
  const second = id.indexOf('~', id.indexOf('~') + 1);
  return scheduleId(second === -1 ? id : id.slice(0, second));
}

/**
 * The deterministic id `${scheduleId}~${templateId}~${occurrence}` (see scheduleIdFor). It holds
 * no dates, so moving a rule keeps the id (and the progress recorded against it); every device
 * computes the same id.
 */
export function actionIdFor(
  schoolYearId: SchoolYearId,
  target: ActionTarget,
  templateId: TemplateId,
  occurrence: string,
): ActionId {
  return actionId(`${scheduleIdFor(schoolYearId, target)}~${templateId}~${occurrence}`);
}
