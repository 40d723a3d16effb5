import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { actionId, groupId, templateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Progress } from '@/domain/model';
import { materializeActions } from '@/domain/schedule/materialize-actions';
import { schedulesOf } from '@/domain/schedule/schedules';
import type { VuosikelloDb } from './database';
import { SCHEMA_V1, SCHEMA_V2 } from './schema-versions';
import { openVuosikelloDb } from './open-database';
import { getMeta, type MetaRow } from './meta';
import { SCHEMA_VERSION } from './schema-version';
import { applyPullPage } from './pull-apply';
import { readMonth } from './test-fixtures';
import { listScheduleProblems } from './queries';
import { serverCopyOf, syncedFieldsOf } from './server-copy';
import type { ServerRow } from './server-rows';
import {
  buildGroup,
  buildSeed,
  buildTemplate,
  change,
  jamsa2025,
  jamsa2026,
  page,
  storedActions,
  RULES_1A,
} from './test-fixtures';
import { bindTables } from './tx-tables';

/** A tick of a task the plan has since retired: its action is gone, the tick must stay. */
const RETIRED_1A = actionId('sy-2026~g:g-2026-1a~t-retired~');
const WEEK_53 = buildTemplate({
  id: templateId('t-week53'),
  grades: [9],
  timing: { kind: 'isoWeek', week: 53 },
});

/** The plan as version 2 stored it: the seed, a rule for ISO week 53 and a local edit. */
function planRows() {
  const seed = buildSeed();
  return {
    ...seed,
    templates: [...seed.templates, WEEK_53],
  };
}

const progressRows: Progress[] = [
  {
    actionId: RULES_1A,
    state: 'done',
    day: jamsa2026.firstDay,
    by: 'Maija',
    note: 'Hyvä',
    updatedAt: 5,
  },
  {
    actionId: RETIRED_1A,
    state: 'skipped',
    day: jamsa2026.firstDay,
    by: 'Olli',
    note: 'Sairas',
    updatedAt: 6,
  },
];

/** The server copies version 2 kept: every plan row and both ticks, and a deleted class. */
function serverRowsOf(): ServerRow[] {
  const plan = planRows();
  const copy = (entity: ServerRow['entity'], data: object, seq: number): ServerRow => {
    const synced = syncedFieldsOf(entity, data);
    const id = String(synced['id'] ?? synced['actionId']);
    return {
      entity,
      id,
      data: synced,
      fieldSeq: Object.fromEntries([...Object.keys(synced), 'deleted'].map((f) => [f, seq])),
      seq,
      deleted: false,
      updatedBy: 'system',
    };
  };
  return [
    copy('organization', plan.organization, 1),
    ...plan.schools.map((s, i) => copy('school', s, 2 + i)),
    ...plan.schoolYears.map((y, i) => copy('schoolYear', y, 4 + i)),
    ...plan.groups.map((g, i) => copy('group', g, 6 + i)),
    ...plan.themes.map((t) => copy('theme', t, 10)),
    // The server's t-rules is still September; this device has an acked change not yet pulled.
    ...plan.templates.map((t, i) => copy('template', t, 11 + i)),
    // The server has the tick of RULES_1A without the note this device has not pushed yet.
    ...progressRows.map((p, i) => copy('progress', i === 0 ? { ...p, note: '' } : p, 16 + i)),
    {
      ...copy('group', buildGroup({ id: groupId('g-2026-9z'), name: '9Z', grades: [9] }), 18),
      deleted: true,
    },
  ];
}

const LOCAL_RULES = buildTemplate({ timing: { kind: 'month', month: 10, part: 'whole' } });

const outbox = [
  {
    mutationId: 1,
    entity: 'template',
    entityId: 't-rules',
    op: 'patch',
    patch: { timing: LOCAL_RULES.timing },
    status: 'acked',
    createdAt: 900,
    schemaVersion: 1,
    base: { timing: 11, deleted: 11 },
    ackSeq: 20,
  },
  {
    mutationId: 2,
    entity: 'progress',
    entityId: RULES_1A,
    op: 'patch',
    patch: { note: 'Hyvä' },
    status: 'pending',
    createdAt: 1_000,
    schemaVersion: 1,
    base: { note: 16, deleted: 16 },
    ackSeq: null,
  },
];

const conflict = {
  id: 'rejected:c-1:7:',
  kind: 'rejected',
  entity: 'progress',
  entityId: RETIRED_1A,
  field: null,
  yourValue: { state: 'done' },
  otherValue: null,
  by: null,
  code: 'Forbidden',
  mutationId: 7,
  at: 800,
  seen: 1,
};

const meta: MetaRow[] = [
  { key: 'clientId', value: '6f1c2a9e-0000-4000-8000-000000000002' },
  { key: 'nextMutationId', value: 3 },
  { key: 'schemaVersion', value: 2 },
  { key: 'userName', value: 'Maija' },
  { key: 'selectedGroupId', value: groupId('g-2026-1a') },
  { key: 'serverUrl', value: 'https://vk.test' },
  {
    key: 'sessionUser',
    value: {
      username: 'opettaja',
      displayName: 'Olli',
      role: 'teacher',
      organizationId: 'org-demo',
      schools: ['s-a'],
      groups: ['g-2026-1a'],
    },
  },
  { key: 'cursor', value: 19 },
  { key: 'dbEpoch', value: 'e1' },
  { key: 'headSeq', value: 20 },
  { key: 'lastSyncedAt', value: 700 },
];

/** Writes a version 2 database as the shipped code did, with real data in every table. */
async function writeVersion2(name: string): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores(SCHEMA_V1);
  v2.version(2).stores(SCHEMA_V2);
  await v2.open();
  const plan = planRows();
  await v2.table('organizations').put(plan.organization);
  await v2.table('schools').bulkPut([...plan.schools]);
  await v2.table('schoolYears').bulkPut([...plan.schoolYears]);
  await v2.table('groups').bulkPut([...plan.groups]);
  await v2.table('themes').bulkPut([...plan.themes]);
  await v2
    .table('templates')
    .bulkPut(plan.templates.map((t) => (t.id === LOCAL_RULES.id ? LOCAL_RULES : t)));
  // The derived rows of version 2 (one per action and problem), as materialized then.
  for (const schoolYear of plan.schoolYears) {
    const { actions, problems } = materializeActions({ ...plan, schoolYear });
    await v2.table('actions').bulkPut(actions);
    await v2.table('problems').bulkPut(
      problems.map((p) => ({
        ...p,
        id: `${schoolYear.id}~${p.templateId}~${p.occurrence}~${p.code}`,
        schoolYearId: schoolYear.id,
      })),
    );
  }
  await v2.table('progress').bulkPut(progressRows);
  await v2.table('serverRows').bulkPut(serverRowsOf());
  await v2.table('outbox').bulkAdd(outbox);
  await v2.table('conflicts').put(conflict);
  await v2.table('meta').bulkPut(meta);
  v2.close();
}

/** The two ticks, in the order of progressRows. */
async function ticks(db: VuosikelloDb) {
  return (await db.progress.bulkGet([RULES_1A, RETIRED_1A])).map((p) => p!);
}

async function upgraded() {
  const name = `upgrade-v3-${Math.random().toString(36).slice(2)}`;
  await writeVersion2(name);
  const db = openVuosikelloDb(name);
  await db.open();
  return db;
}

describe('upgrade from schema version 2 to 3', () => {
  it('replaces the actions and problems tables with schedules derived from the plan', async () => {
    const db = await upgraded();
    // On through every later version.
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await getMeta(db, 'schemaVersion')).toBe(SCHEMA_VERSION);
    const stores = [...db.backendDB().objectStoreNames];
    expect(stores).not.toContain('actions');
    expect(stores).not.toContain('problems');
    expect(stores).toEqual(expect.arrayContaining(['schedules', 'scheduleProblems']));

    const plan = {
      ...planRows(),
      templates: planRows().templates.map((t) => (t.id === LOCAL_RULES.id ? LOCAL_RULES : t)),
    };
    const expected = plan.schoolYears.flatMap(
      (schoolYear) => materializeActions({ ...plan, schoolYear }).actions,
    );
    expect(await db.schedules.toArray()).toEqual(schedulesOf(expected));
    expect((await storedActions(db)).find((a) => a.id === RULES_1A)).toMatchObject({
      start: '2026-10-01',
    });
    expect(await listScheduleProblems(db, jamsa2025.id)).toEqual([
      { templateId: 't-week53', occurrence: '', code: 'WEEK_NOT_IN_YEAR' },
    ]);
    expect(await listScheduleProblems(db, jamsa2026.id)).toEqual([]);
  });

  it('keeps every plan row, tick, note, outbox entry, conflict and meta row', async () => {
    const db = await upgraded();
    const plan = planRows();
    const synced = async <T extends object>(rows: Promise<T[]>, entity: 'group' | 'template') =>
      (await rows).map((r) => syncedFieldsOf(entity, r));
    expect(await synced(db.groups.toArray(), 'group')).toEqual(plan.groups);
    expect(await synced(db.templates.toArray(), 'template')).toEqual(
      expect.arrayContaining([LOCAL_RULES, WEEK_53]),
    );
    expect((await ticks(db)).map((p) => syncedFieldsOf('progress', p))).toEqual(
      progressRows.map((p) => syncedFieldsOf('progress', p)),
    );
    expect((await ticks(db)).map((p) => p.updatedAt)).toEqual([5, 6]);
    expect(await db.outbox.toArray()).toEqual(outbox);
    expect(await db.conflicts.toArray()).toEqual([conflict]);
    for (const row of meta.filter((m) => m.key !== 'schemaVersion')) {
      expect(await db.meta.get(row.key)).toEqual(row);
    }
  });

  it('keeps every server copy: folded into the rows that equal it, in serverRows the others', async () => {
    const db = await upgraded();
    const copies = await db.transaction('r', db.tables, (tx) =>
      Promise.all(serverRowsOf().map((r) => serverCopyOf(bindTables(tx), r.entity, r.id))),
    );
    expect(copies).toEqual(serverRowsOf());
    // Left in serverRows: the template with an acked change not yet pulled, the tick with a
    // pending note, and the deleted class's tombstone; every other copy is its row now.
    expect(await db.serverRows.toCollection().primaryKeys()).toEqual([
      ['group', 'g-2026-9z'],
      ['progress', RULES_1A],
      ['template', 't-rules'],
    ]);
  });

  it('shows the tick of a retired task as no longer planned, and goes on syncing', async () => {
    const db = await upgraded();
    const month = await readMonth(db, 'g-2026-1a', '2026-11-10' as LocalDate);
    expect(month.kind === 'ready' && month.unplanned).toMatchObject([
      { progress: { actionId: RETIRED_1A, note: 'Sairas' }, template: undefined },
    ]);
    // The server now has the acked change: the pull passes it and the copy folds back.
    await applyPullPage(db, page([change('template', LOCAL_RULES, 20)], { lastMutationId: 2 }));
    expect(await db.outbox.toArray()).toMatchObject([{ mutationId: 2, status: 'pending' }]);
    expect(await db.serverRows.get(['template', 't-rules'])).toBeUndefined();
    expect((await db.templates.get(templateId('t-rules')))?.$server).toMatchObject({ seq: 20 });
  });
});
