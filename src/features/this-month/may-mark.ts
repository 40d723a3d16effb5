/**
 * Which actions the signed-in user may mark, by the same rules the server applies, so the month
 * shows as view-only what the server would refuse. In local mode (no user) the role the device
 * acts in decides, over every class on the device; with none chosen everything is theirs.
 */
import type { ActionId } from '@/domain/ids';
import type { Group } from '@/domain/model';
import { localActor, type LocalRole } from '@/domain/local-role';
import { authorizeWrite, type Actor } from '@/domain/sync/authorize';
import type { SessionUser } from '@/domain/sync/protocol';

/** The space a local actor is checked in (progress rows name no organization). */
const LOCAL_SPACE = 'local';

export type MayMark = (actionId: ActionId) => boolean;

export function mayMarkFor(
  signedIn: SessionUser | null,
  groups: readonly Group[],
  localRole: LocalRole | null = null,
): MayMark {
  const user: Actor | null =
    signedIn ?? (localRole ? localActor(localRole, groups, LOCAL_SPACE) : null);
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
