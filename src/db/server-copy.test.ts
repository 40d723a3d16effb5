import { describe, expect, it } from 'vitest';
import { templateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { SessionUser } from '@/domain/sync/protocol';
import { listConflicts } from './conflicts';
import { connectToServer } from './connect';
import type { VuosikelloDb } from './database';
import { getMeta } from './meta';
import { deleteTemplate, saveTemplate } from './plan-writes';
import { markProgress, saveProgressNote } from './progress-writes';
import { applyPullPage, resetForResync } from './pull-apply';
import { recordPushResults } from './push-results';
import { readMonth } from './test-fixtures';
import { getGroup, listTemplates } from './queries';
import { serverCopyOf, SERVER_STAMP } from './server-copy';
import {
  buildSeed,
  buildTemplate,
  change,
  freshDb,
  page,
  seedChanges,
  serverCopyKeys,
  watchScheduleWrites,
  RULES_1A,
} from './test-fixtures';
import { bindTables } from './tx-tables';
import { recomputeVisible } from './visible-rows';

const USER: SessionUser = {
  username: 'opettaja',
  displayName: 'Olli',
  role: 'teacher',
  organizationId: 'org-demo',
  schools: ['s-a'],
  groups: ['g-2026-1a'],
};
const RULES = templateId('t-rules');
const DAY = '2026-09-03' as LocalDate;
/** The progress of RULES_1A as another teacher stored it, at seq 15. */
const TICK = change(
  'progress',
  { actionId: RULES_1A, state: 'done', day: DAY, by: 'Maija', note: '' },
  15,
  { updatedBy: 'maija' },
);

/** A connected database with the seed's plan (seqs 1-14) and TICK (15) downloaded. */
async function downloaded(): Promise<VuosikelloDb> {
  const db = freshDb();
  await connectToServer(db, { serverUrl: 'https://vk.test', user: USER });
  await applyPullPage(db, page([...seedChanges(), TICK]));
  return db;
}

/** The server copy of a row, read the way every writer reads it. */
async function copyOf(db: VuosikelloDb, entity: 'template' | 'progress', id: string) {
  return db.transaction('r', db.tables, (tx) => serverCopyOf(bindTables(tx), entity, id));
}

/** Whether any stored outbox entry mentions the reserved field. */
async function outboxMentionsStamp(db: VuosikelloDb): Promise<boolean> {
  return JSON.stringify(await db.outbox.toArray()).includes(SERVER_STAMP);
}

describe('the server copy of a received row', () => {
  it('is the visible row itself, with the server’s metadata embedded: written once', async () => {
    const db = await downloaded();
    expect(await db.serverRows.count()).toBe(0);
    expect((await serverCopyKeys(db)).length).toBe(15);
    const stored = await db.templates.get(RULES);
    expect(stored?.$server).toMatchObject({ seq: 11, updatedBy: 'system', generation: 0 });
    expect(await copyOf(db, 'template', RULES)).toEqual({
      entity: 'template',
      id: RULES,
      data: buildTemplate(),
      fieldSeq: seedChanges()[10]?.fieldSeq,
      seq: 11,
      deleted: false,
      updatedBy: 'system',
    });
    // What the UI reads is the model row.
    expect((await listTemplates(db)).find((t) => t.id === RULES)).toEqual(buildTemplate());
    expect(Object.hasOwn((await getGroup(db, buildSeed().groups[1]!.id))!, SERVER_STAMP)).toBe(
      false,
    );
  });

  it('moves into serverRows before a local write changes the row (copy-on-write)', async () => {
    const db = await downloaded();
    await saveTemplate(db, buildTemplate({ grades: [1] }));
    const stored = await db.templates.get(RULES);
    expect(stored).toEqual(buildTemplate({ grades: [1] }));
    expect(await db.serverRows.get(['template', RULES])).toMatchObject({
      data: buildTemplate(),
      seq: 11,
    });
    expect(await db.outbox.toArray()).toMatchObject([
      {
        entity: 'template',
        op: 'patch',
        patch: { grades: [1] },
        base: { grades: 11, deleted: 11 },
      },
    ]);
  });

  it('moves into serverRows before a tick changes a progress row', async () => {
    const db = await downloaded();
    await markProgress(db, { actionId: RULES_1A, state: 'skipped', day: DAY, by: 'Olli' }, () => 5);
    expect(await db.serverRows.get(['progress', RULES_1A])).toMatchObject({
      data: TICK.data,
      seq: 15,
    });
    expect(Object.hasOwn((await db.progress.get(RULES_1A))!, SERVER_STAMP)).toBe(false);
    expect(await db.outbox.toArray()).toMatchObject([
      { op: 'patch', patch: { state: 'skipped', by: 'Olli' }, base: { state: 15, by: 15 } },
    ]);
  });

  it('folds back into the row once the server has the change and a pull has passed it', async () => {
    const db = await downloaded();
    await saveTemplate(db, buildTemplate({ grades: [1] }));
    await recordPushResults(db, { results: [{ id: 1, status: 'applied', seq: 16 }], headSeq: 16 });
    expect(await db.serverRows.count()).toBe(1);
    const mine = change('template', buildTemplate({ grades: [1] }), 16);
    await applyPullPage(db, page([mine], { lastMutationId: 1 }));
    expect(await db.outbox.count()).toBe(0);
    expect(await db.serverRows.count()).toBe(0);
    expect((await db.templates.get(RULES))?.$server).toMatchObject({ seq: 16 });
  });

  it('folds back after a change the server acknowledged as a no-op, with no row in the pull', async () => {
    const db = await downloaded();
    // Saving a field back to what the server has: the entry changes nothing on the server.
    await saveTemplate(db, buildTemplate({ grades: [1] }));
    await saveTemplate(db, buildTemplate());
    await recordPushResults(db, {
      results: [
        { id: 1, status: 'applied', seq: 16 },
        { id: 2, status: 'applied', seq: 17 },
      ],
      headSeq: 17,
    });
    await applyPullPage(db, page([change('template', buildTemplate(), 17)], { lastMutationId: 2 }));
    expect([await db.outbox.count(), await db.serverRows.count()]).toEqual([0, 0]);
    expect((await db.templates.get(RULES))?.$server).toMatchObject({ seq: 17 });
  });

  it('is what a rejected change reverts to, folded back into the row', async () => {
    const db = await downloaded();
    await saveTemplate(db, buildTemplate({ grades: [1] }));
    await recordPushResults(db, {
      results: [{ id: 1, status: 'rejected', code: 'Forbidden', message: 'no' }],
      headSeq: 15,
    });
    expect((await listTemplates(db)).find((t) => t.id === RULES)).toEqual(buildTemplate());
    expect(await db.serverRows.count()).toBe(0);
    expect((await db.templates.get(RULES))?.$server).toMatchObject({ seq: 11 });
    expect(await listConflicts(db)).toMatchObject([
      { kind: 'rejected', entityId: RULES, otherValue: { grades: buildTemplate().grades } },
    ]);
  });

  it('makes a replayed page write nothing', async () => {
    const db = await downloaded();
    const writes: string[] = [];
    db.templates.hook('creating', (key) => void writes.push(String(key)));
    db.templates.hook('updating', (_c, key) => void writes.push(String(key)));
    db.progress.hook('updating', (_c, key) => void writes.push(String(key)));
    const schedules = watchScheduleWrites(db);
    await applyPullPage(db, page([...seedChanges(), TICK]));
    expect([writes, schedules.written, await db.serverRows.count()]).toEqual([[], [], 0]);
  });

  it('is forgotten on a reset: rows the new download lacks are removed, its rows carry new copies', async () => {
    const db = await downloaded();
    await resetForResync(db);
    expect(await getMeta(db, 'serverGeneration')).toBe(1);
    expect(await copyOf(db, 'template', RULES)).toBeUndefined();
    expect(await serverCopyKeys(db)).toEqual([]);
    // The restored server no longer has template t-survey.
    const restored = [...seedChanges(), TICK].filter((c) => c.id !== 't-survey');
    await applyPullPage(db, page(restored.slice(0, 8), { hasMore: true, headSeq: 15 }));
    expect(await db.templates.get(templateId('t-survey'))).toBeDefined();
    await applyPullPage(db, page(restored.slice(8), { headSeq: 15 }));
    expect(await db.templates.get(templateId('t-survey'))).toBeUndefined();
    expect((await db.templates.get(RULES))?.$server).toMatchObject({ seq: 11, generation: 1 });
    expect(await getMeta(db, 'downloadCandidates')).toBeUndefined();
  });
});

describe('the embedded server copy never leaks', () => {
  it('into an outbox patch when a read row is spread, changed and saved', async () => {
    const db = await downloaded();
    const read = (await db.templates.get(RULES))!;
    expect(Object.hasOwn(read, SERVER_STAMP)).toBe(true);
    await saveTemplate(db, { ...read, title: { ...read.title, fi: 'Säännöt' } });
    const [entry] = await db.outbox.toArray();
    expect(entry?.patch).toEqual({ title: { ...buildTemplate().title, fi: 'Säännöt' } });
    expect(await outboxMentionsStamp(db)).toBe(false);
    expect(Object.hasOwn((await db.templates.get(RULES))!, SERVER_STAMP)).toBe(false);
  });

  it('into a create when a row read before its delete is saved back (an undo)', async () => {
    const db = await downloaded();
    const read = (await db.templates.get(RULES))!;
    await deleteTemplate(db, RULES);
    expect(await db.serverRows.get(['template', RULES])).toMatchObject({ seq: 11 });
    await saveTemplate(db, read);
    expect((await db.outbox.toArray()).map((e) => [e.op, e.patch])).toEqual([
      ['delete', null],
      ['create', buildTemplate()],
    ]);
    expect(await outboxMentionsStamp(db)).toBe(false);
    expect(await db.templates.get(RULES)).toEqual(buildTemplate());
  });

  it('into a write at all when a read row is saved back unchanged', async () => {
    const db = await downloaded();
    const read = (await db.templates.get(RULES))!;
    await saveTemplate(db, read);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.serverRows.count()).toBe(0);
    expect((await db.templates.get(RULES))?.$server).toMatchObject({ seq: 11 });
  });

  it('into a progress patch when a note is added to a received tick', async () => {
    const db = await downloaded();
    await saveProgressNote(db, RULES_1A, 'Hyvin meni', 'Olli');
    expect((await db.outbox.toArray()).map((e) => e.patch)).toEqual([{ note: 'Hyvin meni' }]);
    expect(await outboxMentionsStamp(db)).toBe(false);
    expect((await db.progress.get(RULES_1A))?.note).toBe('Hyvin meni');
    expect((await db.progress.get(RULES_1A))?.$server).toBeUndefined();
    expect((await db.serverRows.get(['progress', RULES_1A]))?.data).toMatchObject({
      by: 'Maija',
      note: '',
    });
  });

  it('into a comparison: recomputing an unchanged stamped row reports and writes nothing', async () => {
    const db = await downloaded();
    const writes: string[] = [];
    db.templates.hook('updating', (_c, key) => void writes.push(String(key)));
    const changes = await db.transaction('rw', db.tables, (tx) =>
      recomputeVisible(bindTables(tx), [{ entity: 'template', id: RULES }], () => 1),
    );
    expect([changes, writes]).toEqual([[], []]);
  });

  it('into what the queries return', async () => {
    const db = await downloaded();
    const month = await readMonth(db, 'g-2026-1a', '2026-11-10' as LocalDate);
    if (month.kind !== 'ready') throw new Error('no month for 1A');
    const rows = [
      ...(await listTemplates(db)),
      ...month.progress.values(),
      ...month.templates.values(),
      ...month.groups,
      ...month.schoolYears,
      ...month.schools,
      ...month.themes,
    ];
    expect(month.progress.get(RULES_1A)).toMatchObject({ by: 'Maija' });
    expect(rows.filter((r) => Object.hasOwn(r, SERVER_STAMP))).toEqual([]);
  });
});

describe('schedules during a first download', () => {
  it('are derived once, when the plan pages are in, not after every page', async () => {
    const db = freshDb();
    await connectToServer(db, { serverUrl: 'https://vk.test', user: USER });
    const { written } = watchScheduleWrites(db);
    const more = { hasMore: true, headSeq: 17 };
    await applyPullPage(db, page(seedChanges(), more));
    expect([written.length, await getMeta(db, 'schedulesStale')]).toEqual([0, true]);
    await applyPullPage(db, page([TICK], more));
    expect(written.length).toBe(10);
    expect(await getMeta(db, 'schedulesStale')).toBeUndefined();
    const note = change('progress', { ...TICK.data, note: 'x' }, 16);
    await applyPullPage(db, page([note], more));
    await applyPullPage(db, page([change('progress', { ...TICK.data, note: 'y' }, 17)]));
    expect(written.length).toBe(10);
  });
});
