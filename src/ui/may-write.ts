/**
 * What the user may change in the plan, by the same rules the server applies (entities.ts,
 * authorize.ts), so a form is offered only where the change would stay. In local mode (no
 * account) everything on the device is the user's.
 */
import type { Entity } from '@/domain/entities';
import type { School } from '@/domain/model';
import { authorizeWrite } from '@/domain/sync/authorize';
import type { SessionUser } from '@/domain/sync/protocol';

/**
 * Whether `user` may write a row of `entity` like `after` (a create, or with `before` a patch):
 * a probe of the server's rules, which look at who writes and where the row belongs, not at the
 * values.
 */
function mayWrite(
  user: SessionUser | null,
  entity: Entity,
  after: Readonly<Record<string, unknown>>,
  before: Readonly<Record<string, unknown>> | null = null,
): boolean {
  if (user === null) return true;
  return authorizeWrite(
    user,
    {
      space: user.organizationId,
      entity,
      entityId: String(after['id']),
      op: before === null ? 'create' : 'patch',
      before,
      after,
    },
    () => null,
  ).ok;
}

/** Whether `user` may set when `school` started tracking its tasks. */
export function mayChangeTrackingFrom(user: SessionUser | null, school: School): boolean {
  const before: Readonly<Record<string, unknown>> = { ...school };
  // Any other day: the rule is about the field, not its value.
  const trackingFrom = school.trackingFrom === '2000-01-01' ? null : '2000-01-01';
  return mayWrite(user, 'school', { ...before, trackingFrom }, before);
}

/**
 * Whether `user` may change school years (dates, breaks, days off): the coordinator's, as the
 * server rules (entities.ts) say; the principal and teachers see them read-only.
 */
export const mayChangeSchoolYears = (user: SessionUser | null) =>
  mayWrite(user, 'schoolYear', { id: 'probe', organizationId: user?.organizationId });

/** Whether `user` may change the task library and themes (coordinator only, as on the server). */
export const mayEditLibrary = (user: SessionUser | null) =>
  mayWrite(user, 'template', { id: 'probe' });

/** Whether `user` may change the municipal plan's tasks (move one in the grid). */
export const mayEditPlan = (user: SessionUser | null) =>
  mayWrite(user, 'template', { id: 'probe' }, { id: 'probe' });

/** Whether `user` may create or change schools (their names and grades). */
export const mayEditSchools = (user: SessionUser | null) =>
  mayWrite(user, 'school', { id: 'probe', organizationId: user?.organizationId });

/** Whether `user` may add, change and remove the classes of `schoolId`. */
export const mayEditClasses = (user: SessionUser | null, schoolId: string) =>
  mayWrite(user, 'group', { id: 'probe', schoolId });

/** Whether `user` may move or switch off tasks for `schoolId`. */
export const mayAdjustSchool = (user: SessionUser | null, schoolId: string) =>
  mayWrite(user, 'adjustment', { id: 'probe', schoolId });
