/**
 * The browser database (Dexie over IndexedDB). See docs/data-model.md for the tables and why.
 * Only src/db writes it; components read through the query functions in queries.ts.
 */
import Dexie, { type Table, type Transaction } from 'dexie';
import type { Entity, KeyOf, RowOf, TableOf } from '@/domain/entities';
import type { ScheduleId, SchoolYearId } from '@/domain/ids';
import { DERIVATION_VERSION } from '@/domain/schedule/derivation-version';
import type { Schedule } from '@/domain/schedule/schedule-record';
import type { YearProblems } from '@/domain/schedule/schedules';
import type { SyncConflict } from './conflicts';
import type { MetaKey, MetaRow } from './meta';
import type { OutboxEntry } from './outbox';
import { DATABASE_NAME } from './database-name';
import type { EarlyStamp } from './early-open';
import { randomUuid } from './random-id';
import { SCHEMA_VERSION } from './schema-version';
import type { Stamped } from './server-copy';
import type { ServerRow, ServerRowKey } from './server-rows';

/**
 * Version 1 of the schema, as shipped. Shipped versions are never edited; a change adds a new
 * version with an upgrade. Exported for the migration test, which opens a database at version 1.
 */
export const SCHEMA_V1 = {
  // The plan (synced, edited by the coordinator).
  organizations: 'id',
  schools: 'id, organizationId',
  schoolYears: 'id, startYear',
  groups: 'id, schoolYearId, schoolId',
  themes: 'id',
  templates: 'id',
  // Derived from the plan; every index costs write time, so only those the reads need.
  actions: 'id, groupId, templateId, [schoolYearId+scope], [schoolId+scope]',
  problems: 'id, schoolYearId, templateId',
  // Synced ticks, keyed by the deterministic action id.
  progress: 'actionId',
  // Sync bookkeeping and local settings.
  outbox: 'mutationId, [entity+entityId], status',
  meta: 'key',
} as const;

/**
 * Version 2: what the sync engine needs (SYNC-NOTES §8.4). Only new or changed tables are listed;
 * the others keep their version 1 definition.
 */
export const SCHEMA_V2 = {
  // The last known server row per entity and id (RxDB's "assumed master"): the base that the
  // visible rows are recomputed from, with the outbox applied on top.
  serverRows: '[entity+id]',
  // Overwritten and rejected changes, for the UI. `seen` is 0 or 1: IndexedDB cannot index
  // booleans.
  conflicts: 'id, seen, at',
} as const;

/**
 * Version 3: derived actions stored per schedule (DESIGN.md §2), one record per class, school and
 * the organization in each school year instead of one indexed row per action, and the problems
 * of each year as one record. The upgrade derives them from the plan tables (upgrade-v3.ts).
 * From version 3 on, a visible row may carry the server copy embedded (server-copy.ts); that is
 * a change of what rows hold, not of the stores, so it needs no store change.
 */
export const SCHEMA_V3 = {
  actions: null,
  problems: null,
  schedules: 'id, schoolYearId',
  scheduleProblems: 'schoolYearId',
} as const;

/**
 * Version 4: the schools' adjustments of the municipal plan (a task moved or switched off for one
 * school), as their registry entry declares them (entities.ts). A new, empty table: every row of
 * version 3 stays as it was.
 */
export const SCHEMA_V4 = {
  adjustments: 'id, schoolId',
} as const;

/**
 * The layout of the current version, every table as the versions left it: what a database at
 * SCHEMA_VERSION holds. Derived from the versions, never listed by hand; a table a version
 * removed stays as null, which Dexie skips in a declaration.
 */
export const SCHEMA_CURRENT: Readonly<Record<string, string | null>> = {
  ...SCHEMA_V1,
  ...SCHEMA_V2,
  ...SCHEMA_V3,
  ...SCHEMA_V4,
};

/** IndexedDB's version number of the current schema (Dexie stores version n as n × 10). */
export const CURRENT_INDEXEDDB_VERSION = SCHEMA_VERSION * 10;

/** What the app's early connection found before this one opened (src/db/early-open.ts). */
export interface EarlyFindings {
  /** The derivation stamp it read, used by the first open instead of reading it again. */
  readonly stamp?: Promise<EarlyStamp | null>;
  /** The stored database's IndexedDB version (0: none; null or absent: not known). */
  readonly installedVersion?: number | null;
}

/**
 * The table of an entity's visible rows, keyed by its key field (entities.ts). A row may carry
 * the server's metadata embedded (Stamped): then it is also the server copy.
 */
export type EntityTable<E extends Entity> = Table<Stamped<RowOf<E>>, KeyOf<E>>;

/** One table per synced entity, under the name its declaration gives. */
export type EntityTables = { [E in Entity as TableOf<E>]: EntityTable<E> };

// The entity tables are declared by the registry, not listed again here: the interface merges
// them into the class. Dexie creates a property for every table in the schema, so they exist.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface VuosikelloDb extends EntityTables {}

/** The Vuosikello IndexedDB database. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class VuosikelloDb extends Dexie {
  // Table<Row, Key> (not EntityTable): every key is given by the writer, none is generated.
  schedules!: Table<Schedule, ScheduleId>;
  scheduleProblems!: Table<YearProblems, SchoolYearId>;
  outbox!: Table<OutboxEntry, number>;
  meta!: Table<MetaRow, MetaKey>;
  serverRows!: Table<ServerRow, ServerRowKey>;
  conflicts!: Table<SyncConflict, string>;

  /** `early`: what the app's early connection found (src/db/early-open.ts). */
  constructor(name: string, early: EarlyFindings = {}) {
    // Chromium commits with relaxed durability by default since 121: an acknowledged tick could
    // be lost on power loss. Strict makes every commit wait for the disk. Dexie's live-query
    // cache stays on (its default): without it the class picker's change did not show at once.
    super(name, { chromeTransactionDurability: 'strict' });
    if (early.installedVersion === CURRENT_INDEXEDDB_VERSION) {
      // Stored at the current version: nothing to upgrade, so only its layout is declared. Each
      // declared version makes Dexie parse every version before it again, which a returning
      // user's first screen paid for on every start.
      this.version(SCHEMA_VERSION).stores(SCHEMA_CURRENT);
    } else this.declareUpgrades();
    this.on('populate', (tx) => {
      // A new database is a new sync client: its own id and a fresh mutation counter.
      return tx.table('meta').bulkAdd([
        { key: 'clientId', value: randomUuid() },
        { key: 'nextMutationId', value: 1 },
        { key: 'schemaVersion', value: SCHEMA_VERSION },
        // Everything this database will ever store is derived by this code.
        { key: 'derivedWith', value: DERIVATION_VERSION },
      ] satisfies MetaRow[]);
    });
    // Schedules derived by older rules are derived anew before anything reads them (sticky: also
    // when the database is opened again after a close).
    let known = early.stamp;
    this.on(
      'ready',
      (vip) => {
        const stamp = known;
        known = undefined;
        return rederiveIfOutdated(vip, stamp);
      },
      true,
    );
  }

  /** Every version with its upgrade, for a database stored at an older one (or not known). */
  private declareUpgrades(): void {
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(loadedUpgrade(() => import('./upgrade-v2').then((m) => m.upgradeToV2)));
    // Version 3's derives every schedule with the scheduler, code the first screen does not load.
    this.version(3)
      .stores(SCHEMA_V3)
      .upgrade(loadedUpgrade(() => import('./upgrade-v3').then((m) => m.upgradeToV3)));
    this.version(4)
      .stores(SCHEMA_V4)
      .upgrade((tx) => tx.table('meta').put({ key: 'schemaVersion', value: 4 }));
  }
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

/**
 * When the database's schedules were derived by older scheduler rules (meta `derivedWith` behind
 * DERIVATION_VERSION, or absent), derives them all anew and stamps it; the scheduler loads only
 * then. A database with no plan and no schedules is only stamped. A failure is logged and leaves
 * the stored schedules as they were: an older window is better than no app.
 */
async function rederiveIfOutdated(
  db: Dexie,
  knownStamp?: Promise<EarlyStamp | null>,
): Promise<void> {
  const known = knownStamp ? await knownStamp : null;
  const stamp = known ?? ((await db.table('meta').get('derivedWith')) as MetaRow | undefined);
  if (stamp?.value === DERIVATION_VERSION) return;
  try {
    const { rederiveOutdated } = await import('./rederive-outdated');
    await rederiveOutdated(db);
  } catch (error) {
    console.error('Re-deriving the schedules failed', error);
  }
}

/**
 * Opens (lazily, on first use) the database called `name`; tests pass a fresh name each. The app
 * passes what its early connection found (see the constructor).
 */
export function openVuosikelloDb(name = DATABASE_NAME, early?: EarlyFindings): VuosikelloDb {
  return new VuosikelloDb(name, early);
}

/** What the browser answered to a request for persistent storage. */
export type PersistenceResult = 'granted' | 'denied' | 'unsupported';

/**
 * Asks the browser not to evict this origin's data under storage pressure
 * (navigator.storage.persist). Safe to call repeatedly; never throws.
 */
export async function requestPersistentStorage(): Promise<PersistenceResult> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return 'unsupported';
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return 'granted';
    return (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    return 'denied';
  }
}
