/** Named live queries over the local database, shared by the features. */
import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import type { VuosikelloDb } from '@/db/database';
import type { Role, SessionUser } from '@/domain/sync/protocol';
import { getMeta } from '@/db/meta';
import { unsyncedCount } from '@/db/queries';
import { useDb } from './db-context';
import { keepEqual } from '@/db/keep-equal';
import { seededLiveQuery, sharedLiveQuery, type SharedLiveQuery } from './shared-live-query';
import { whenFirstScreenSettled } from './idle';
import { ACTING_KEYS, actingOf, type Acting } from '@/db/app-start';

/** Count of local changes not yet acknowledged by a server. */
export function useUnsyncedCount(): number | undefined {
  const db = useDb();
  return useLiveQuery(() => unsyncedCount(db), [db]);
}

const actingReads = new WeakMap<VuosikelloDb, SharedLiveQuery<Acting>>();

/**
 * One live read of who acts per database, for every component that asks (the header, the
 * router and the save state each ran their own, several reads of meta on the first screen),
 * starting from `first` where the app's start read it (app-start.ts).
 */
function actingRead(db: VuosikelloDb, first?: Acting): SharedLiveQuery<Acting> {
  let read = actingReads.get(db);
  if (read === undefined) {
    let previous = first;
    const querier = async () =>
      (previous = keepEqual(previous, actingOf(await db.meta.bulkGet([...ACTING_KEYS]))));
    read = first
      ? seededLiveQuery(first, querier, whenFirstScreenSettled)
      : sharedLiveQuery(querier);
    actingReads.set(db, read);
  }
  return read;
}

/**
 * Starts the live read of who acts before the first render (main.tsx), so that the header and
 * the router render once with it: from `first`, what the app's start read (told at once, read
 * live once the first screen has settled); resolves at its first result.
 */
export function startActingRead(db: VuosikelloDb, first?: Acting): Promise<void> {
  return actingRead(db, first).settled;
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
