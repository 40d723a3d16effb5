/** Named live queries over the local database, shared by the features. */
import { useLiveQuery } from 'dexie-react-hooks';
import { getMeta, unsyncedCount } from '@/db/queries';
import { useDb } from './db-context';

/** Count of local changes not yet acknowledged by a server. */
export function useUnsyncedCount(): number | undefined {
  const db = useDb();
  return useLiveQuery(() => unsyncedCount(db), [db]);
}

/** The user's display name for ticks ('' when not set). */
export function useUserName(): string | undefined {
  const db = useDb();
  return useLiveQuery(async () => (await getMeta(db, 'userName')) ?? '', [db]);
}
