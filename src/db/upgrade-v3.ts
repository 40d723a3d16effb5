/**
 * Upgrade of a version 2 database to version 3: the derived actions (one row per action) and
 * problems (one row per problem) give way to one schedule record per class, school and the
 * organization in each school year and one problems record per year, derived anew from the plan
 * tables with the pure scheduler inside the upgrade transaction (the old rows are derived data,
 * not read). The server copies kept in serverRows fold into the visible rows they equal (version
 * 3 stores such a copy embedded); those of rows with outstanding changes, and tombstones, stay.
 * Every plan row, progress row, note, outbox entry, conflict and meta row is kept as it is.
 */
import type { Transaction } from 'dexie';
import { isEntity } from '@/domain/entities';
import { DERIVATION_VERSION } from '@/domain/schedule/derivation-version';
import { rederiveEveryYear } from './materialize';
import { putMetaIn } from './meta';
import { bindTables } from './tx-tables';
import { recomputeVisible, type EntityKey } from './visible-rows';

/** Dexie `upgrade()` callback of version 3 (runs inside the versionchange transaction). */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const t = bindTables(tx);
  // Recomputing a row from its server copy and its outstanding entries stores it through the
  // one writer, which embeds the copy when the row equals it. Rows whose copy does not fold are
  // left as they were: version 2 kept them as server copy + outbox already.
  const copies = await t.serverRows.toCollection().primaryKeys();
  const keys: EntityKey[] = copies
    .filter(([entity]) => isEntity(entity))
    .map(([entity, id]) => ({ entity, id }));
  await recomputeVisible(t, keys, Date.now);
  await rederiveEveryYear(t);
  await putMetaIn(t, 'schemaVersion', 3);
  // Derived by this code: the check on open (database.ts) has nothing left to do.
  await putMetaIn(t, 'derivedWith', DERIVATION_VERSION);
}
