import { describe, expect, it } from 'vitest';
import { groupId, templateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { SessionUser } from '@/domain/sync/protocol';
import { listConflicts } from './conflicts';
import { connectToServer } from './connect';
import type { VuosikelloDb } from './database';
import { getMeta } from './meta';
import { markProgress } from './progress-writes';
import { applyPullPage, resetForResync } from './pull-apply';
import { recordPushResults } from './push-results';
import { seedSampleIfEmpty } from './seed';
import { getGroup } from './queries';
import {
  buildGroup,
  buildSeed,
  buildTemplate,
  change,
  freshDb,
  jamsa2026,
  page,
  seedChanges,
  storedAction,
  storedActions,
  watchScheduleWrites,
  RULES_1A,
} from './test-fixtures';

const USER: SessionUser = {
  username: 'opettaja',
  displayName: 'Olli',
  role: 'teacher',
  organizationId: 'org-demo',
  schools: ['s-a'],
  groups: ['g-2026-1a'],
};
const DAY = '2026-09-03' as LocalDate;

async function downloaded(): Promise<VuosikelloDb> {
  const db = freshDb();
  await connectToServer(db, { serverUrl: 'https://vk.test', user: USER });
  await applyPullPage(db, page(seedChanges()));
  return db;
}

/** Every table's rows, to compare whole states. */
async function snapshot(db: VuosikelloDb) {
  const tables = await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()]));
  return Object.fromEntries(tables);
}

describe('applyPullPage', () => {
  it('fills the visible tables and derives the actions of a first download', async () => {
    const db = await downloaded();
    expect(await db.templates.count()).toBe(4);
    expect(await getGroup(db, groupId('g-2026-1a'))).toEqual(buildGroup());
    expect(await storedAction(db, RULES_1A)).toMatchObject({ templateId: 't-rules' });
    expect(await storedActions(db)).toHaveLength(16);
    expect(await getMeta(db, 'cursor')).toBe(14);
    expect(await getMeta(db, 'dbEpoch')).toBe('e1');
    expect(await getMeta(db, 'bootstrapping')).toBeUndefined();
  });

  it('re-derives only the schedules holding a changed template’s actions', async () => {
    const db = await downloaded();
    const { written } = watchScheduleWrites(db);
    const moved = buildTemplate({ timing: { kind: 'month', month: 10, part: 'whole' } });
    await applyPullPage(db, page([change('template', moved, 15)]));
    expect(written.sort()).toEqual([
      'sy-2025~g:g-2025-1a',
      'sy-2026~g:g-2026-1a',
      'sy-2026~g:g-2026-56',
      'sy-2026~g:g-2026-7a',
    ]);
    expect((await storedAction(db, RULES_1A))?.start).toBe('2026-10-01');
  });

  it('removes the row of a tombstone and the actions that depended on it', async () => {
    const db = await downloaded();
    await applyPullPage(db, page([change('group', buildGroup(), 15, { deleted: true })]));
    expect(await db.groups.get(groupId('g-2026-1a'))).toBeUndefined();
    expect(await storedAction(db, RULES_1A)).toBeUndefined();
    expect(await db.serverRows.get(['group', 'g-2026-1a'])).toMatchObject({ deleted: true });
  });

  it('gives the same state when a page is applied twice (a crash before the next page)', async () => {
    const db = await downloaded();
    await markProgress(db, { actionId: RULES_1A, state: 'done', day: DAY, by: 'M' }, () => 7);
    const next = page([change('template', buildTemplate({ grades: [1] }), 15)]);
    await applyPullPage(db, next, () => 100);
    const once = await snapshot(db);
    await applyPullPage(db, next, () => 100);
    expect(await snapshot(db)).toEqual(once);
  });

  it('never lets an older copy of a row replace a newer one', async () => {
    const db = await downloaded();
    await applyPullPage(db, page([change('template', buildTemplate({ grades: [2] }), 20)]));
    await applyPullPage(db, page([change('template', buildTemplate({ grades: [3] }), 15)]));
    expect((await db.templates.get(templateId('t-rules')))?.grades).toEqual([2]);
  });

  it('keeps an acked entry mid-download until its row arrives, and drops it at the end', async () => {
    const db = await downloaded();
    await markProgress(db, { actionId: RULES_1A, state: 'done', day: DAY, by: 'M' });
    await recordPushResults(db, {
      results: [{ id: 1, status: 'applied', seq: 15 }],
      headSeq: 15,
    });
    // The row changed again at 17 (another teacher's note): it comes in the second page.
    const theme = change(
      'theme',
      { id: 'th-x', name: { fi: 'x', sv: 'x', en: 'x' }, color: '#1' },
      16,
    );
    await applyPullPage(db, page([theme], { hasMore: true, headSeq: 17, lastMutationId: 1 }));
    expect(await db.outbox.toArray()).toMatchObject([{ mutationId: 1, status: 'acked' }]);
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'done', note: '' });

    const progress = change(
      'progress',
      { actionId: RULES_1A, state: 'done', day: DAY, by: 'M', note: 'Toisen huomio' },
      17,
      { fieldSeq: { state: 15, day: 15, by: 15, note: 17, deleted: 15 }, updatedBy: 'teacher2' },
    );
    await applyPullPage(db, page([progress], { lastMutationId: 1 }));
    expect(await db.outbox.count()).toBe(0);
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'done', note: 'Toisen huomio' });
    expect(await listConflicts(db)).toEqual([]);
  });

  it('sends answered entries back to pending when the server no longer knows them', async () => {
    const db = await downloaded();
    await markProgress(db, { actionId: RULES_1A, state: 'done', day: DAY, by: 'M' });
    await recordPushResults(db, { results: [{ id: 1, status: 'applied', seq: 15 }], headSeq: 15 });
    await applyPullPage(db, page([], { cursor: 14, headSeq: 14, lastMutationId: 0 }));
    expect(await db.outbox.toArray()).toMatchObject([{ status: 'pending', ackSeq: null }]);
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'done' });
  });

  it('at the end of a first download removes local rows the server lacks, unless the outbox holds them', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSeed());
    await markProgress(db, { actionId: RULES_1A, state: 'done', day: DAY, by: 'M' });
    await connectToServer(db, { serverUrl: 'https://vk.test', user: USER });
    // The server has only the 2026 year and class 1A of the sample.
    const server = seedChanges().filter(
      (c) => c.id !== 'sy-2025' && (c.entity !== 'group' || c.id === 'g-2026-1a'),
    );
    await applyPullPage(db, page(server.slice(0, 5), { hasMore: true, headSeq: 9 }));
    expect(await db.groups.count()).toBe(4);
    await applyPullPage(db, page(server.slice(5), { headSeq: 9 }));
    expect((await db.groups.toArray()).map((g) => g.id)).toEqual(['g-2026-1a']);
    expect((await db.schoolYears.toArray()).map((y) => y.id)).toEqual([jamsa2026.id]);
    expect((await storedActions(db)).filter((a) => a.schoolYearId === 'sy-2025')).toEqual([]);
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'done' });
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('applyPullPage with writes the server reports replaced', () => {
  const replaced = (yourValue: unknown, theirValue: unknown) => ({
    mutationId: 1,
    entity: 'progress' as const,
    id: RULES_1A,
    field: 'state',
    yourValue,
    theirValue,
    by: 'rehtori',
    seq: 16,
  });
  const skipped = change(
    'progress',
    { actionId: RULES_1A, state: 'skipped', day: DAY, by: 'R', note: '' },
    16,
    { updatedBy: 'rehtori' },
  );

  it('records one notice per replaced write, however often the page comes', async () => {
    const db = await downloaded();
    await markProgress(db, { actionId: RULES_1A, state: 'done', day: DAY, by: 'M' });
    await recordPushResults(db, { results: [{ id: 1, status: 'applied', seq: 15 }], headSeq: 15 });
    const next = page([skipped], { lastMutationId: 1, replaced: [replaced('done', 'skipped')] });
    await applyPullPage(db, next, () => 100);
    await applyPullPage(db, next, () => 200);
    expect(await listConflicts(db)).toMatchObject([
      {
        kind: 'overwritten',
        entity: 'progress',
        entityId: RULES_1A,
        field: 'state',
        yourValue: 'done',
        otherValue: 'skipped',
        by: 'rehtori',
        mutationId: 1,
        at: 100,
      },
    ]);
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'skipped' });
  });

  it('records none when the row holds the value again', async () => {
    const db = await downloaded();
    const back = { ...skipped, seq: 17, data: { ...skipped.data, state: 'done' } };
    await applyPullPage(
      db,
      page([back], { cursor: 17, headSeq: 17, replaced: [replaced('done', 'skipped')] }),
    );
    expect(await listConflicts(db)).toEqual([]);
  });
});

describe('resetForResync', () => {
  it('forgets the server copy and cursor but keeps the outbox and the visible rows', async () => {
    const db = await downloaded();
    await markProgress(db, { actionId: RULES_1A, state: 'done', day: DAY, by: 'M' });
    await resetForResync(db);
    expect(await db.serverRows.count()).toBe(0);
    expect(await getMeta(db, 'cursor')).toBeUndefined();
    expect(await getMeta(db, 'dbEpoch')).toBeUndefined();
    expect(await getMeta(db, 'bootstrapping')).toBe(true);
    expect(await db.outbox.count()).toBe(1);
    expect(await db.templates.count()).toBe(4);
    expect(await db.progress.count()).toBe(1);
  });
});
