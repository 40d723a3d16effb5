/**
 * Whether the user may change the municipal plan's tasks, by the rule the server applies
 * (entities.ts, authorize.ts); in local mode (no account) everything on the device is the user's.
 */
import { authorizeWrite } from '@/domain/sync/authorize';
import type { SessionUser } from '@/domain/sync/protocol';

/** Whether `user` (null: local mode) may move a task template to another month. */
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
