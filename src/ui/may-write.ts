/**
 * What the user may change in the plan, by the same rules the server applies (entities.ts,
 * authorize.ts), so a form is offered only where the change would stay. In local mode (no
 * account) everything on the device is the user's.
 */
import type { School } from '@/domain/model';
import { authorizeWrite } from '@/domain/sync/authorize';
import type { SessionUser } from '@/domain/sync/protocol';

/** Whether `user` may set when `school` started tracking its tasks. */
export function mayChangeTrackingFrom(user: SessionUser | null, school: School): boolean {
  if (user === null) return true;
  const before: Readonly<Record<string, unknown>> = { ...school };
  return authorizeWrite(
    user,
    {
      space: user.organizationId,
      entity: 'school',
      entityId: school.id,
      op: 'patch',
      before,
      // Any other day: the rule is about the field, not its value.
      after: {
        ...before,
        trackingFrom: school.trackingFrom === '2000-01-01' ? null : '2000-01-01',
      },
    },
    () => null,
  ).ok;
}

/** Whether `user` (null: local mode) may change the municipal plan's tasks (move one in the grid). */
export function mayEditPlan(user: SessionUser | null): boolean {
  if (user === null) return true;
  const row = { id: 'any' };
  return authorizeWrite(
    user,
    {
      space: user.organizationId,
      entity: 'template',
      entityId: 'any',
      op: 'patch',
      before: row,
      after: row,
    },
    () => null,
  ).ok;
}

/** Whether `user` (null: local mode) may create or change schools (their names and grades). */
export function mayEditSchools(user: SessionUser | null): boolean {
  if (user === null) return true;
  const row = { id: 'any', organizationId: user.organizationId };
  return authorizeWrite(
    user,
    {
      space: user.organizationId,
      entity: 'school',
      entityId: 'any',
      op: 'create',
      before: null,
      after: row,
    },
    () => null,
  ).ok;
}

/** Whether `user` (null: local mode) may add, change and remove the classes of `schoolId`. */
export function mayEditClasses(user: SessionUser | null, schoolId: string): boolean {
  if (user === null) return true;
  return authorizeWrite(
    user,
    {
      space: user.organizationId,
      entity: 'group',
      entityId: 'any',
      op: 'create',
      before: null,
      after: { id: 'any', schoolId },
    },
    () => null,
  ).ok;
}

/** Whether `user` (null: local mode) may move or switch off tasks for `schoolId`. */
export function mayAdjustSchool(user: SessionUser | null, schoolId: string): boolean {
  if (user === null) return true;
  return authorizeWrite(
    user,
    {
      space: user.organizationId,
      entity: 'adjustment',
      entityId: 'any',
      op: 'create',
      before: null,
      after: { id: 'any', schoolId },
    },
    () => null,
  ).ok;
}
