/**
 * What the user may change in the plan, by the same rules the server applies (entities.ts,
 * authorize.ts), so a form is offered only where the change would stay. In local mode (no
 * account) everything on the device is the user's.
 */
import { templateId } from '@/domain/ids';
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

/** Whether `user` may change the task library and themes (coordinator only, as on the server). */
export function mayEditLibrary(user: SessionUser | null): boolean {
  if (user === null) return true;
  return authorizeWrite(
    user,
    {
      space: user.organizationId,
      entity: 'template',
      entityId: templateId('tpl-probe'),
      op: 'create',
      before: null,
      after: { id: 'tpl-probe' },
    },
    () => null,
  ).ok;
}
