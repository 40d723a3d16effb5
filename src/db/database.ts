/**
 * The browser database (Dexie over IndexedDB). See docs/data-model.md for the tables and why.
 * Only src/db writes it; components read through the query functions in queries.ts.
 */
import Dexie, { type Table } from 'dexie';
import {
  ENTITIES,
  ENTITY_REGISTRY,
  type Entity,
  type KeyOf,
  type RowOf,
  type TableOf,
} from '@/domain/entities';
import type { ScheduleId, SchoolYearId } from '@/domain/ids';
import { DERIVATION_VERSION } from '@/domain/schedule/derivation-version';
import type { Schedule } from '@/domain/schedule/schedule-record';
import type { YearProblems } from '@/domain/schedule/schedules';
import type { SyncConflict } from './conflicts';
import type { MetaKey, MetaRow } from './meta';
import type { OutboxEntry } from './outbox';
import type { EarlyStamp } from './early-open';
import { randomUuid } from './random-id';
import { SCHEMA_VERSION } from './schema-version';
import type { Stamped } from './server-copy';
import type { ServerRow, ServerRowKey } from './server-rows';

/**
 * The layout of the current version (SCHEMA_VERSION): each synced entity's table as its registry
 * entry declares it (entities.ts), and the tables that are no entity's. The versions that led to
 * it are in schema-versions.ts; a test opens a database through every one of them and finds this
 * layout (database.test.ts).
 */
export const SCHEMA_CURRENT: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    ENTITIES.map((entity) => {
      const { table, key, indexes } = ENTITY_REGISTRY[entity];
      return [table, [key, ...indexes].join(', ')];
    }),
  ),
  // Derived from the plan: one record per class, school and the organization in each school
  // year, and the problems of each year.
  schedules: 'id, schoolYearId',
  scheduleProblems: 'schoolYearId',
  // Sync bookkeeping and local settings.
  outbox: 'mutationId, [entity+entityId], status',
  meta: 'key',
  serverRows: '[entity+id]',
  conflicts: 'id, seen, at',
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

  /**
   * `early`: what the app's early connection found (src/db/early-open.ts). `declareVersions`:
   * every version with its upgrade (open-database.ts), for a database not known to be stored at
   * the current version. Without it only the current layout is declared, which is right only for
   * a database stored at the current version (main.tsx checks): a returning device's first screen
   * then neither loads the older versions' code nor has Dexie parse each of them.
   */
  constructor(
    name: string,
    early: EarlyFindings = {},
    declareVersions?: (db: VuosikelloDb) => void,
  ) {
    // Chromium commits with relaxed durability by default since 121: an acknowledged tick could
    // be lost on power loss. Strict makes every commit wait for the disk. Dexie's live-query
    // cache stays on (its default): without it the class picker's change did not show at once.
    super(name, { chromeTransactionDurability: 'strict' });
    if (declareVersions) declareVersions(this);
    else this.version(SCHEMA_VERSION).stores(SCHEMA_CURRENT);
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
