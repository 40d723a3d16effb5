/**
 * Opening the database with every version of its layout and their upgrades: for a database
 * stored at an older version, a new one, or one whose version the app could not tell. A returning
 * device's start opens its database at the current version without this module (main.tsx), so
 * the upgrades' declarations are not part of its first screen's code.
 */
import Dexie, { type Transaction } from 'dexie';
import { CURRENT_INDEXEDDB_VERSION, VuosikelloDb, type EarlyFindings } from './database';
import { DATABASE_NAME } from './database-name';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './schema-versions';

/**
 * Opens (lazily, on first use) the database called `name`; tests pass a fresh name each. The app
 * passes what its early connection found: stored at the current version, only its layout is
 * declared (VuosikelloDb's constructor).
 */
export function openVuosikelloDb(name = DATABASE_NAME, early: EarlyFindings = {}): VuosikelloDb {
  const current = early.installedVersion === CURRENT_INDEXEDDB_VERSION;
  return new VuosikelloDb(name, early, current ? undefined : declareVersions);
}

/** Every version with its upgrade, for a database stored at an older one (or not known). */
function declareVersions(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(loadedUpgrade(() => import('./upgrade-v2').then((m) => m.upgradeToV2)));
  // Version 3's derives every schedule with the scheduler, code the first screen does not load.
  db.version(3)
    .stores(SCHEMA_V3)
    .upgrade(loadedUpgrade(() => import('./upgrade-v3').then((m) => m.upgradeToV3)));
  db.version(4)
    .stores(SCHEMA_V4)
    .upgrade((tx) => tx.table('meta').put({ key: 'schemaVersion', value: 4 }));
}

/**
 * An upgrade whose code loads only where a database needs it (not on a returning device's first
 * screen), the upgrade transaction kept alive meanwhile.
 */
function loadedUpgrade(
  load: () => Promise<(tx: Transaction) => Promise<void>>,
): (tx: Transaction) => Promise<void> {
  return async (tx) => (await Dexie.waitFor(load()))(tx);
}
