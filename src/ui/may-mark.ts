/**
 * Which actions the signed-in user may mark, by the same rules the server applies, so the month
 * and the wheel show as view-only what the server would refuse. In local mode (no user) everything is theirs.
 */
import type { ActionId } from '@/domain/ids';
import type { Group } from '@/domain/model';
import { authorizeWrite } from '@/domain/sync/authorize';
import type { SessionUser } from '@/domain/sync/protocol';

export type MayMark = (actionId: ActionId) => boolean;

export function mayMarkFor(user: SessionUser | null, groups: readonly Group[]): MayMark {
  if (!user) return () => true;
  const schoolOf = new Map<string, string>(groups.map((g) => [g.id, g.schoolId]));
  return (actionId) =>
    authorizeWrite(
      user,
      {
        space: user.organizationId,
        entity: 'progress',
        entityId: actionId,
        op: 'patch',
        before: null,
        after: null,
      },
      (groupId) => schoolOf.get(groupId) ?? null,
    ).ok;
}
