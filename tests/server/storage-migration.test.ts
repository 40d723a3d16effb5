import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1, STORAGE_VERSION } from '@/server/sqlite-schema';
import { openSqliteStore } from '@/server/storage-sqlite';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vuosikello-migrate-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A database file as storage version 1 left it, with one row and its epoch. */
function versionOneFile(file: string): void {
  const db = new Database(file);
  db.exec(SCHEMA_V1);
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('storage_version', '1');
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('db_epoch', 'epoch-v1');
  db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)').run('prune_horizon', '0');
  db.prepare(
    `INSERT INTO rows (space, entity, id, data, field_seq, deleted, seq, school_id, updated_by, updated_at)
     VALUES ('org-x', 'theme', 'th-1', '{"id":"th-1"}', '{}', 0, 1, NULL, 'system', 0)`,
  ).run();
  db.prepare("INSERT INTO seq_counter (space, value) VALUES ('org-x', 1)").run();
  db.close();
}

function tablesAndVersion(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => t.name);
    const version = db
      .prepare<[], { value: string }>("SELECT value FROM meta WHERE key = 'storage_version'")
      .get()?.value;
    const accountColumns = db
      .prepare<[], { name: string }>('PRAGMA table_info(accounts)')
      .all()
      .map((c) => c.name);
    return { tables, accountColumns, version: Number(version) };
  } finally {
    db.close();
  }
}

describe('server storage migrations', () => {
  it('brings a version 1 database up to date, keeping its rows and epoch', async () => {
    const file = join(dir, 'v1.sqlite');
    versionOneFile(file);
    const store = openSqliteStore(file);
    expect(await store.status('org-x')).toEqual({ headSeq: 1, dbEpoch: 'epoch-v1' });
    expect(await store.readRow('org-x', 'theme', 'th-1')).toEqual({
      data: { id: 'th-1' },
      deleted: false,
    });
    await store.close();
    const after = tablesAndVersion(file);
    expect(after.version).toBe(STORAGE_VERSION);
    expect(after.tables).toContain('replaced_writes');
    expect(after.accountColumns).toContain('scope_seq');
    expect(after.tables).toContain('calendar_feeds');
  });

  it('creates a new database at the current version, and opens it again unchanged', async () => {
    const file = join(dir, 'new.sqlite');
    await openSqliteStore(file).close();
    const first = tablesAndVersion(file);
    await openSqliteStore(file).close();
    expect(tablesAndVersion(file)).toEqual(first);
    expect(first.version).toBe(STORAGE_VERSION);
  });

  it('refuses a database written by a newer server, changing nothing', async () => {
    const file = join(dir, 'newer.sqlite');
    await openSqliteStore(file).close();
    const db = new Database(file);
    db.prepare("UPDATE meta SET value = ? WHERE key = 'storage_version'").run(
      String(STORAGE_VERSION + 1),
    );
    db.close();
    expect(() => openSqliteStore(file)).toThrow(/newer server/);
    expect(tablesAndVersion(file).version).toBe(STORAGE_VERSION + 1);
  });
});
