/** Named live queries over the local database, shared by the features. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Role, SessionUser } from '@/domain/sync/protocol';
import { getMeta } from '@/db/meta';
import { unsyncedCount } from '@/db/queries';
import { useDb } from './db-context';

/** Count of local changes not yet acknowledged by a server. */
export function useUnsyncedCount(): number | undefined {
  const db = useDb();
  return useLiveQuery(() => unsyncedCount(db), [db]);
}

/**
 * The account this database is connected to (kept after signing out: the data and the outbox
 * are still that account's); null in local mode, undefined while loading.
 */
export function useSessionUser(): SessionUser | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getMeta(db, 'sessionUser')) ?? null, [db]);
}

/**
 * The role the user acts in: the account's, or in local mode the one chosen in Settings (null
 * when none is chosen: every view open); undefined while loading.
 */
export function useRole(): Role | null | undefined {
  const db = useDb();
  return useLiveQuery(
    async () =>
      (await getMeta(db, 'sessionUser'))?.role ?? (await getMeta(db, 'localRole')) ?? null,
    [db],
  );
}

/** The name typed in Settings for local mode ('' when not set); undefined while loading. */
export function useLocalUserName(): string | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getMeta(db, 'userName')) ?? '', [db]);
}
