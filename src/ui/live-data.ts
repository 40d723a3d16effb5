/** Named live queries over the local database, shared by the features. */
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import type { VuosikelloDb } from '@/db/database';
import type { Role, SessionUser } from '@/domain/sync/protocol';
import { getMeta, type MetaValues } from '@/db/meta';
import { unsyncedCount } from '@/db/queries';
import { useDb } from './db-context';
import { keepEqual } from '@/db/keep-equal';
import { sharedLiveQuery, type SharedLiveQuery } from './shared-live-query';

/** Count of local changes not yet acknowledged by a server. */
export function useUnsyncedCount(): number | undefined {
  const db = useDb();
  return useLiveQuery(() => unsyncedCount(db), [db]);
}

/** Who acts, from meta: the connected account (null in local mode) and the local role. */
interface Acting {
  readonly user: SessionUser | null;
  readonly localRole: MetaValues['localRole'] | null;
}

const actingReads = new WeakMap<VuosikelloDb, SharedLiveQuery<Acting>>();

/**
 * One live read of who acts per database, for every component that asks (the header, the
 * router and the save state each ran their own, several reads of meta on the first screen).
 */
function actingRead(db: VuosikelloDb): SharedLiveQuery<Acting> {
  let read = actingReads.get(db);
  if (read === undefined) {
    let previous: Acting | undefined;
    read = sharedLiveQuery(async () => {
      const [user, localRole] = await db.meta.bulkGet(['sessionUser', 'localRole']);
      // Each row is stored under its key by a typed writer (meta.ts).
      const next: Acting = {
        user: (user?.value as MetaValues['sessionUser'] | undefined) ?? null,
        localRole: (localRole?.value as MetaValues['localRole'] | undefined) ?? null,
      };
      return (previous = keepEqual(previous, next));
    });
    actingReads.set(db, read);
  }
  return read;
}

/**
 * Starts reading who acts before the first render (main.tsx), so that the header and the router
 * render once with it; resolves at its first result.
 */
export function startActingRead(db: VuosikelloDb): Promise<void> {
  return actingRead(db).settled;
}

function useActing(): Acting | undefined {
  const db = useDb();
  return useObservable(() => actingRead(db), [db]);
}

/**
 * The account this database is connected to (kept after signing out: the data and the outbox
 * are still that account's); null in local mode, undefined while loading.
 */
export function useSessionUser(): SessionUser | null | undefined {
  return useActing()?.user;
}

/**
 * The role the user acts in: the account's, or in local mode the one chosen in Settings (null
 * when none is chosen: every view open); undefined while loading.
 */
export function useRole(): Role | null | undefined {
  const acting = useActing();
  return acting && (acting.user?.role ?? acting.localRole);
}

/** The name typed in Settings for local mode ('' when not set); undefined while loading. */
export function useLocalUserName(): string | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getMeta(db, 'userName')) ?? '', [db]);
}
