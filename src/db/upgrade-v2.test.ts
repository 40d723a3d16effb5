import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { actionId } from '@/domain/ids';
import { SCHEMA_V1 } from './schema-versions';
import { openVuosikelloDb } from './open-database';
import { getMeta } from './meta';
import { markProgress } from './progress-writes';
import { unsyncedCount } from './queries';
import { SCHEMA_VERSION } from './schema-version';
import { buildGroup, buildTemplate, jamsa2026 } from './test-fixtures';

const A = actionId('sy-2026~g:g-2026-1a~t-rules~');

/** Writes a version 1 database as the shipped code did: schema, meta rows and outbox entries. */
async function writeVersion1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  await v1.table('meta').bulkAdd([
    { key: 'clientId', value: '6f1c2a9e-0000-4000-8000-000000000001' },
    { key: 'nextMutationId', value: 3 },
    { key: 'schemaVersion', value: 1 },
    { key: 'seeded', value: 'sample-v1' },
    { key: 'userName', value: 'Maija' },
  ]);
  await v1.table('schoolYears').put(jamsa2026);
  await v1.table('groups').put(buildGroup());
  await v1.table('templates').put(buildTemplate());
  await v1.table('progress').put({
    actionId: A,
    state: 'done',
    day: '2026-09-03',
    by: 'Maija',
    note: 'Hyvä',
    updatedAt: 1_000,
  });
  await v1.table('outbox').bulkAdd([
    {
      mutationId: 1,
      entity: 'progress',
      entityId: A,
      op: 'create',
      patch: { actionId: A, state: 'done', day: '2026-09-03', by: 'Maija', note: '' },
      status: 'pending',
      createdAt: 900,
      schemaVersion: 1,
    },
    {
      mutationId: 2,
      entity: 'progress',
      entityId: A,
      op: 'patch',
      patch: { note: 'Hyvä' },
      status: 'pending',
      createdAt: 1_000,
      schemaVersion: 1,
    },
  ]);
  v1.close();
}

describe('upgrade from schema version 1 to 2', () => {
  it('keeps rows, meta and outbox entries, and gives entries an empty base and no ackSeq', async () => {
    const name = `upgrade-v2-${Math.random().toString(36).slice(2)}`;
    await writeVersion1(name);

    // Today's code opens it at the latest version: the upgrade to 2 runs, then the later ones.
    const db = openVuosikelloDb(name);
    expect(await getMeta(db, 'schemaVersion')).toBe(SCHEMA_VERSION);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await getMeta(db, 'clientId')).toBe('6f1c2a9e-0000-4000-8000-000000000001');
    expect(await getMeta(db, 'nextMutationId')).toBe(3);
    expect(await getMeta(db, 'userName')).toBe('Maija');
    expect(await db.schoolYears.get(jamsa2026.id)).toEqual(jamsa2026);
    expect(await db.groups.count()).toBe(1);
    expect(await db.templates.count()).toBe(1);
    expect(await db.progress.get(A)).toMatchObject({ state: 'done', note: 'Hyvä' });
    expect(await db.outbox.toArray()).toEqual([
      {
        mutationId: 1,
        entity: 'progress',
        entityId: A,
        op: 'create',
        patch: { actionId: A, state: 'done', day: '2026-09-03', by: 'Maija', note: '' },
        status: 'pending',
        createdAt: 900,
        schemaVersion: 1,
        base: {},
        ackSeq: null,
      },
      {
        mutationId: 2,
        entity: 'progress',
        entityId: A,
        op: 'patch',
        patch: { note: 'Hyvä' },
        status: 'pending',
        createdAt: 1_000,
        schemaVersion: 1,
        base: {},
        ackSeq: null,
      },
    ]);
    expect(await unsyncedCount(db)).toBe(2);
    expect(await db.serverRows.count()).toBe(0);
    expect(await db.conflicts.count()).toBe(0);
  });

  it('goes on numbering mutations after the upgraded entries', async () => {
    const name = `upgrade-v2-${Math.random().toString(36).slice(2)}`;
    await writeVersion1(name);
    const db = openVuosikelloDb(name);
    await markProgress(db, { actionId: A, state: 'todo', day: null, by: 'Maija' }, () => 2_000);
    expect((await db.outbox.toArray()).map((e) => [e.mutationId, e.op, e.base])).toEqual([
      [1, 'create', {}],
      [2, 'patch', {}],
      [3, 'patch', {}],
    ]);
  });
});
