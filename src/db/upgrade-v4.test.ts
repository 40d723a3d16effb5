import { adjustmentIdFor } from '@/domain/adjustment-ids';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { actionId, adjustmentId, templateId } from '@/domain/ids';
import { materializeActions } from '@/domain/schedule/materialize-actions';
import { schedulesOf } from '@/domain/schedule/schedules';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schema-versions';
import { openVuosikelloDb } from './open-database';
import { DERIVATION_VERSION } from '@/domain/schedule/derivation-version';
import { getMeta } from './meta';
import { SCHEMA_VERSION } from './schema-version';
import { savePlanRow } from './plan-writes';
import { buildSeed, classActions, jamsa2026, RULES_1A, SCHOOL_A } from './test-fixtures';

/** A version 3 database as the shipped code wrote it: the plan, its schedules, a tick, meta. */
async function writeVersion3(name: string) {
  const v3 = new Dexie(name);
  v3.version(1).stores(SCHEMA_V1);
  v3.version(2).stores(SCHEMA_V2);
  v3.version(3).stores(SCHEMA_V3);
  await v3.open();
  const plan = buildSeed();
  await v3.table('organizations').put(plan.organization);
  await v3.table('schools').bulkPut([...plan.schools]);
  await v3.table('schoolYears').bulkPut([...plan.schoolYears]);
  await v3.table('groups').bulkPut([...plan.groups]);
  await v3.table('themes').bulkPut([...plan.themes]);
  await v3.table('templates').bulkPut([...plan.templates]);
  const schedules = schedulesOf(
    plan.schoolYears.flatMap((schoolYear) => materializeActions({ ...plan, schoolYear }).actions),
  );
  await v3.table('schedules').bulkPut(schedules);
  await v3.table('progress').put({
    actionId: RULES_1A,
    state: 'done',
    day: jamsa2026.firstDay,
    by: 'Maija',
    note: '',
    updatedAt: 5,
  });
  await v3.table('meta').bulkPut([
    { key: 'clientId', value: '6f1c2a9e-0000-4000-8000-000000000003' },
    { key: 'nextMutationId', value: 7 },
    { key: 'schemaVersion', value: 3 },
  ]);
  const counts = Object.fromEntries(
    await Promise.all(v3.tables.map(async (t) => [t.name, await t.count()] as const)),
  );
  v3.close();
  return { schedules, counts };
}

describe('upgrade from schema version 3 to 4', () => {
  // As the app opens it: told by its early connection that the stored version is 3 (30), or not
  // told anything.
  it.each([
    ['told the stored version', { installedVersion: 30 }],
    ['told nothing', undefined],
  ])('adds the empty adjustments table and keeps every row of version 3 (%s)', async (_, early) => {
    const name = `upgrade-v4-${Math.random().toString(36).slice(2)}`;
    const { schedules, counts } = await writeVersion3(name);
    const db = openVuosikelloDb(name, early);
    await db.open();
    // On through every later version.
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await getMeta(db, 'schemaVersion')).toBe(SCHEMA_VERSION);
    expect(await getMeta(db, 'nextMutationId')).toBe(7);
    // The rules' version is stamped once the schedules written by older rules are re-derived.
    expect(await getMeta(db, 'derivedWith')).toBe(DERIVATION_VERSION);
    for (const [table, count] of Object.entries(counts)) {
      const added = table === 'meta' ? 1 : 0;
      expect([table, await db.table(table).count()]).toEqual([table, count + added]);
    }
    expect(counts['schedules']).toBeGreaterThan(0);
    expect(await db.schedules.toArray()).toEqual(schedules);
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'done', by: 'Maija' });
    expect(await db.adjustments.count()).toBe(0);
    expect(db.adjustments.schema.indexes.map((i) => i.name)).toEqual(['schoolId']);
  });

  it("then takes a school's adjustment: its classes' schedules follow, the tick stays", async () => {
    const name = `upgrade-v4-${Math.random().toString(36).slice(2)}`;
    await writeVersion3(name);
    const db = openVuosikelloDb(name);
    const rules = templateId('t-rules');
    await savePlanRow(db, 'adjustment', {
      id: adjustmentIdFor(SCHOOL_A, rules),
      schoolId: SCHOOL_A,
      templateId: rules,
      kind: 'move',
      timing: { kind: 'month', month: 10, part: 'whole' },
    });
    const moved = (await classActions(db, 'g-2026-1a')).find((a) => a.templateId === rules);
    // October 2026 from its first school day (Thu 1 Oct) to its last (Fri 30 Oct).
    expect(moved).toMatchObject({
      id: RULES_1A,
      start: '2026-10-01',
      end: '2026-10-30',
      schoolTiming: true,
    });
    expect(await db.progress.get(actionId(RULES_1A))).toBeTruthy();
    expect(adjustmentIdFor(SCHOOL_A, rules)).toBe(adjustmentId('s-a.adj.t-rules'));
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => [e.entity, e.op])).toEqual([['adjustment', 'create']]);
  });
});
