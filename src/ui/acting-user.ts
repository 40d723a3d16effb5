/**
 * The user whose rights the plan views apply (may-write.ts): the signed-in account, or in local
 * mode a user of the role chosen in Settings over everything on the device; null in local mode
 * with no role chosen (everything on the device is the user's); undefined while loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { getMeta } from '@/db/meta';
import { localActingUser } from '@/domain/local-role';
import type { SessionUser } from '@/domain/sync/protocol';
import { useDb } from './db-context';

export function useActingUser(): SessionUser | null | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [account, role] = await Promise.all([
      getMeta(db, 'sessionUser'),
      getMeta(db, 'localRole'),
    ]);
    if (account) return account;
    if (!role) return null;
    const [organizations, schools, groups] = await Promise.all([
      db.organizations.toCollection().primaryKeys(),
      db.schools.toCollection().primaryKeys(),
      db.groups.toCollection().primaryKeys(),
    ]);
    return localActingUser(role, organizations[0] ?? '', schools, groups);
  }, [db]);
}
