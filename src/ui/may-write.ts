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

/**
 * Whether `user` may create a row of a coordinator's entity, by the server's rules: the field
 * values do not matter to those rules, only who writes.
 */
function mayCreate(user: SessionUser | null, entity: 'schoolYear' | 'template'): boolean {
  if (user === null) return true;
  return authorizeWrite(
    user,
    {
      space: user.organizationId,
      entity,
      entityId: 'probe',
      op: 'create',
      before: null,
      after: { id: 'probe', organizationId: user.organizationId },
    },
    () => null,
  ).ok;
}

/**
 * Whether `user` may change school years (dates, breaks, days off): the coordinator's, as the
 * server rules (entities.ts) say; the principal and teachers see them read-only.
 */
export const mayChangeSchoolYears = (user: SessionUser | null) => mayCreate(user, 'schoolYear');

/** Whether `user` may change the task library and themes (coordinator only, as on the server). */
export const mayEditLibrary = (user: SessionUser | null) => mayCreate(user, 'template');
