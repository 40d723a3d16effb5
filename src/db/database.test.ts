import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENTITIES, ENTITY_REGISTRY } from '@/domain/entities';
import { groupId } from '@/domain/ids';
import Dexie from 'dexie';
import {
  CURRENT_INDEXEDDB_VERSION,
  requestPersistentStorage,
  SCHEMA_CURRENT,
  type VuosikelloDb,
} from './database';
import { openVuosikelloDb } from './open-database';
import { SCHEMA_VERSION } from './schema-version';
import { DbWriteError } from './errors';
import { getMeta, setMeta, setUserName } from './meta';
import { freshDb } from './test-fixtures';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the database', () => {
  it('starts as a new sync client: a random clientId and mutationIds from 1', async () => {
    const a = freshDb();
    const b = freshDb();
    const clientId = await getMeta(a, 'clientId');
    expect(clientId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(await getMeta(b, 'clientId')).not.toBe(clientId);
    expect(await getMeta(a, 'nextMutationId')).toBe(1);
    expect(await getMeta(a, 'schemaVersion')).toBe(SCHEMA_VERSION);
  });

  it('keeps the clientId when opened again', async () => {
    const db = freshDb();
    const clientId = await getMeta(db, 'clientId');
    db.close();
    await db.open();
    expect(await getMeta(db, 'clientId')).toBe(clientId);
  });

  it.each(ENTITIES)(
    'holds %s rows in the table, key and indexes its registry entry declares',
    async (entity) => {
      const db = freshDb();
      await db.open();
      const { table, key, indexes } = ENTITY_REGISTRY[entity];
      const schema = db.table(table).schema;
      expect(schema.primKey.keyPath).toBe(key);
      // As declared, in Dexie's syntax (a compound index's brackets, a multi-entry index's '*').
      expect(schema.indexes.map((i) => i.src).sort()).toEqual([...indexes].sort());
    },
  );

  /** The database `open` makes, and the versions it declared. */
  const declaring = (open: () => VuosikelloDb) => {
    const version = vi.spyOn(Dexie.prototype, 'version');
    try {
      const db = open();
      return { db, versions: version.mock.calls.map(([n]) => n) };
    } finally {
      version.mockRestore();
    }
  };

  /** Every table's key and indexes as the open database has them. */
  const layout = (db: Dexie) =>
    Object.fromEntries(
      db.tables.map((t) => [
        t.name,
        [t.schema.primKey.src, ...t.schema.indexes.map((i) => i.src).sort()],
      ]),
    );

  it('declares only the current layout where the stored database is at the current version', async () => {
    // Stored by the full chain of versions, as every device's database was.
    const chain = freshDb();
    await setMeta(chain, 'language', 'sv');
    const stored = layout(await chain.open());
    chain.close();
    const installedVersion = CURRENT_INDEXEDDB_VERSION;
    const current = declaring(() => openVuosikelloDb(chain.name, { installedVersion }));
    expect(current.versions).toEqual([SCHEMA_VERSION]);
    await current.db.open();
    expect(layout(current.db)).toEqual(stored);
    expect(Object.keys(SCHEMA_CURRENT).sort()).toEqual(Object.keys(stored).sort());
    expect(current.db.verno).toBe(SCHEMA_VERSION);
    expect(await getMeta(current.db, 'language')).toBe('sv');
    // The IndexedDB version the early connection reports for it.
    expect(current.db.backendDB().version).toBe(installedVersion);
  });

  it.each([
    ['no database stored', 0],
    ['the version not known', null],
    ['an older version stored', 30],
  ])('declares every version with its upgrade where %s', (_, installedVersion) => {
    const { versions } = declaring(() => openVuosikelloDb('never-opened', { installedVersion }));
    expect(versions).toEqual([1, 2, 3, 4]);
  });

  it('opens with strict durability', () => {
    expect(freshDb()._options.chromeTransactionDurability).toBe('strict');
  });

  it('stores local settings without outbox entries', async () => {
    const db = freshDb();
    await setMeta(db, 'language', 'sv');
    await setMeta(db, 'selectedGroupId', groupId('g-2026-7a'));
    await setUserName(db, '  Maija V.  ');
    expect(await getMeta(db, 'language')).toBe('sv');
    expect(await getMeta(db, 'selectedGroupId')).toBe('g-2026-7a');
    expect(await getMeta(db, 'userName')).toBe('Maija V.');
    expect(await db.outbox.count()).toBe(0);
  });

  it('rejects a name over 80 characters with NAME_TOO_LONG and keeps the old one', async () => {
    const db = freshDb();
    await setUserName(db, 'Maija');
    const error = await setUserName(db, 'x'.repeat(81)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbWriteError);
    expect(error).toMatchObject({ code: 'NAME_TOO_LONG', limit: 80 });
    expect(await getMeta(db, 'userName')).toBe('Maija');
  });
});

describe('requestPersistentStorage', () => {
  it('reports unsupported without the Storage API', async () => {
    vi.stubGlobal('navigator', {});
    expect(await requestPersistentStorage()).toBe('unsupported');
  });

  it('reports granted when already persisted, without asking again', async () => {
    const persist = vi.fn(async () => false);
    vi.stubGlobal('navigator', { storage: { persisted: async () => true, persist } });
    expect(await requestPersistentStorage()).toBe('granted');
    expect(persist).not.toHaveBeenCalled();
  });

  it('reports the browser’s answer, and denied when asking fails', async () => {
    vi.stubGlobal('navigator', {
      storage: { persisted: async () => false, persist: async () => false },
    });
    expect(await requestPersistentStorage()).toBe('denied');
    vi.stubGlobal('navigator', {
      storage: { persisted: async () => false, persist: async () => true },
    });
    expect(await requestPersistentStorage()).toBe('granted');
    vi.stubGlobal('navigator', {
      storage: {
        persisted: async () => false,
        persist: async () => {
          throw new Error('SecurityError');
        },
      },
    });
    expect(await requestPersistentStorage()).toBe('denied');
  });
});
