/**
 * How the server suite gets its database. Every test that is not about SQLite itself goes
 * through a StoreFactory (tests/server/harness.ts), so the same suite runs unchanged on another
 * adapter: a PostgreSQL factory implements this interface (a database per location, the same
 * under-the-interface actions) and is picked with TEST_STORE.
 */
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Entity } from '@/domain/entities';
import type { InternalErrorHandler } from '@/domain/sync/push';
import type { Stores } from '@/server/storage';
import { openSqliteStore } from '@/server/storage-sqlite';

/** What an adapter takes besides its location (both optional test and alert hooks). */
export interface TestStoreOptions {
  readonly onInternalError?: InternalErrorHandler;
  /** Runs inside a pull's snapshot, between reading its rows and reading the client. */
  readonly afterPullRowsRead?: () => void;
}

/** One open database: the two stores the server takes, and its closing. */
export interface OpenStores extends Stores {
  close(): Promise<void>;
}

/**
 * What tests do under the store interface, as an operator, another process or a failure would.
 * Each runs on its own connection, beside (or without) the open stores.
 */
export interface Backdoor {
  /** Records a prune horizon, as a pruning job would (the server does not prune yet). */
  setPruneHorizon(seq: number): Promise<void>;
  /** Makes a row unreadable (its data no longer JSON): a mutation of it fails unexpectedly. */
  corruptRow(space: string, entity: Entity, id: string): Promise<void>;
  /** Removes the database's epoch: every push and pull fails with 500. */
  dropEpoch(): Promise<void>;
  /**
   * Another server process commits: `field` of the row set to `value` at a new head seq, and
   * `clientId`'s lastMutationId set to `lastMutationId`. Synchronous, to run inside a hook.
   */
  commitFromAnotherProcess(change: {
    readonly space: string;
    readonly entity: Entity;
    readonly id: string;
    readonly field: string;
    readonly value: unknown;
    readonly clientId: string;
    readonly lastMutationId: number;
  }): void;
  /** A copy of the database as it is now (stores closed); `restore` puts it back. */
  backup(): Promise<{ restore(): Promise<void> }>;
}

export interface StoreFactory {
  readonly name: string;
  /** A place for a new, empty database (SQLite: a file path). */
  newLocation(): Promise<string>;
  /** Opens the database at `location`, creating it when new. */
  open(location: string, options: TestStoreOptions): Promise<OpenStores>;
  backdoor(location: string): Backdoor;
  /** Removes what newLocation made (close the stores first). */
  dispose(location: string): Promise<void>;
}

/** The embedded store: a location is the database file, in a directory of its own. */
export const sqliteFactory: StoreFactory = {
  name: 'sqlite',
  newLocation: async () => join(await mkdtemp(join(tmpdir(), 'vuosikello-server-')), 'db.sqlite'),
  open: async (file, options) => {
    const store = openSqliteStore(file, options);
    return { sync: store, accounts: store, close: () => store.close() };
  },
  backdoor: (file) => {
    const withDb = <T>(fn: (db: Database.Database) => T): T => {
      const db = new Database(file, { timeout: 5000 });
      try {
        return fn(db);
      } finally {
        db.close();
      }
    };
    return {
      setPruneHorizon: async (seq) =>
        void withDb((db) =>
          db
            .prepare('INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)')
            .run('prune_horizon', String(seq)),
        ),
      corruptRow: async (space, entity, id) =>
        void withDb((db) =>
          db
            .prepare("UPDATE rows SET data = '{' WHERE space = ? AND entity = ? AND id = ?")
            .run(space, entity, id),
        ),
      dropEpoch: async () =>
        void withDb((db) => db.prepare("DELETE FROM meta WHERE key = 'db_epoch'").run()),
      commitFromAnotherProcess: (c) =>
        withDb((db) =>
          db
            .transaction(() => {
              const head = db
                .prepare<[string], { value: number }>(
                  'SELECT value FROM seq_counter WHERE space = ?',
                )
                .get(c.space)!.value;
              db.prepare(
                'UPDATE rows SET seq = ?, data = json_set(data, ?, json(?)) WHERE space = ? AND entity = ? AND id = ?',
              ).run(head + 1, `$.${c.field}`, JSON.stringify(c.value), c.space, c.entity, c.id);
              db.prepare('UPDATE seq_counter SET value = ? WHERE space = ?').run(head + 1, c.space);
              db.prepare('UPDATE clients SET last_mutation_id = ? WHERE client_id = ?').run(
                c.lastMutationId,
                c.clientId,
              );
            })
            .immediate(),
        ),
      backup: async () => {
        await copyFile(file, `${file}.backup`);
        return {
          restore: async () => {
            // The old file back, without the WAL of the newer one.
            await copyFile(`${file}.backup`, file);
            await rm(`${file}-wal`, { force: true });
            await rm(`${file}-shm`, { force: true });
          },
        };
      },
    };
  },
  // The directory newLocation made, with the file and its -wal, -shm and backup.
  dispose: (file) => rm(dirname(file), { recursive: true, force: true }),
};

const FACTORIES: Readonly<Record<string, StoreFactory>> = { sqlite: sqliteFactory };

/** The factory the suite runs on: TEST_STORE, SQLite by default. */
export function testStoreFactory(): StoreFactory {
  const name = process.env['TEST_STORE'] ?? 'sqlite';
  const factory = FACTORIES[name];
  if (factory === undefined) throw new Error(`No store factory ${name}`);
  return factory;
}
