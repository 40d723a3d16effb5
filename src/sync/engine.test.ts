import { describe, expect, it } from 'vitest';
import { listConflicts } from '@/db/conflicts';
import { openVuosikelloDb } from '@/db/open-database';
import { getMeta } from '@/db/meta';
import { saveTemplate } from '@/db/plan-writes';
import { markProgress } from '@/db/progress-writes';
import { unsyncedCount } from '@/db/queries';
import { buildTemplate, freshDb, RULES_1A } from '@/db/test-fixtures';
import { actionId, scheduleId, templateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { connectedDb, engineFor, seededServer } from './test-support';

const RULES_56 = actionId('sy-2026~g:g-2026-56~t-rules~');
const DAY = '2026-09-03' as LocalDate;

const tick = (db: Parameters<typeof markProgress>[0], id = RULES_1A, note?: string) =>
  markProgress(db, {
    actionId: id,
    state: 'done',
    day: DAY,
    by: 'Maija',
    ...(note !== undefined && { note }),
  });

describe('the sync engine', () => {
  it('downloads the plan, pushes a tick, and drops its entry once a pull has passed it', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await engine.syncNow();
    expect(await db.templates.count()).toBe(4);
    expect((await db.schedules.get(scheduleId('sy-2026~g:g-2026-1a')))?.actions).toHaveLength(1);
    expect(engine.getState()).toMatchObject({ connected: true, error: null, running: false });

    await tick(db);
    expect(await unsyncedCount(db)).toBe(1);
    await engine.syncNow();
    expect(server.row('progress', RULES_1A)?.data).toEqual({
      actionId: RULES_1A,
      state: 'done',
      day: DAY,
      by: 'Maija',
      note: '',
    });
    expect(await db.outbox.count()).toBe(0);
    expect(await unsyncedCount(db)).toBe(0);
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'done', by: 'Maija' });
    expect(await getMeta(db, 'cursor')).toBe(server.headSeq);
    expect(engine.getState().lastSyncedAt).not.toBeNull();
  });

  it('keeps an acked entry until a pull has passed its seq', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await engine.syncNow();
    await tick(db);
    server.inject('pull', { kind: 'dropRequest' });
    await engine.syncNow();
    expect(server.log).toHaveLength(1);
    expect(await db.outbox.toArray()).toMatchObject([
      { mutationId: 1, status: 'acked', ackSeq: server.headSeq },
    ]);
    expect(await unsyncedCount(db)).toBe(0);
    expect(engine.getState().error).toBe('network');

    await engine.syncNow();
    expect(await db.outbox.count()).toBe(0);
    expect(engine.getState().error).toBeNull();
  });

  it('re-sends a push whose request was lost, and it applies exactly once', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await engine.syncNow();
    await tick(db);
    server.inject('push', { kind: 'dropRequest' });
    await engine.syncNow();
    expect(await db.outbox.toArray()).toMatchObject([{ mutationId: 1, status: 'sent' }]);
    expect(await unsyncedCount(db)).toBe(1);
    expect(server.log).toEqual([]);

    await engine.syncNow();
    expect(server.log).toEqual([
      { clientId: await getMeta(db, 'clientId'), mutationId: 1, status: 'applied' },
    ]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('re-sends a push whose answer was lost: the server answers duplicate, no second write', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await engine.syncNow();
    await tick(db);
    server.inject('push', { kind: 'dropResponse' });
    await engine.syncNow();
    const head = server.headSeq;
    expect(server.log).toHaveLength(1);
    expect(await db.outbox.toArray()).toMatchObject([{ status: 'sent' }]);

    await engine.syncNow();
    expect(server.headSeq).toBe(head);
    expect(server.log).toHaveLength(1);
    expect(server.pushes.at(-1)?.mutations.map((m) => m.id)).toEqual([1]);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'done' });
  });

  it('keeps the outbox and pauses on 401 until resumed after sign-in', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await engine.syncNow();
    await tick(db);
    server.inject('push', {
      kind: 'fail',
      failure: { kind: 'unauthorized', code: 'SessionExpired' },
    });
    await engine.syncNow();
    expect(engine.getState()).toMatchObject({ error: 'signInRequired', retryAt: null });
    expect(await db.outbox.toArray()).toMatchObject([{ mutationId: 1, status: 'sent' }]);
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'done' });

    await engine.syncNow();
    expect(server.pulls).toHaveLength(1);
    engine.resume();
    await engine.syncNow();
    expect(server.log).toHaveLength(1);
    expect(await db.outbox.count()).toBe(0);
    expect(engine.getState().error).toBeNull();
  });

  it('keeps the outbox and stops on 426', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await tick(db);
    server.inject('push', {
      kind: 'fail',
      failure: { kind: 'updateRequired', versionType: 'schema', supported: [2] },
    });
    await engine.syncNow();
    expect(engine.getState().error).toBe('updateRequired');
    expect(await db.outbox.toArray()).toMatchObject([{ mutationId: 1, status: 'sent' }]);
    expect(await unsyncedCount(db)).toBe(1);
    expect(server.pulls).toEqual([]);
  });

  it('answers a gap by sending again from the mutation the server expects', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await engine.syncNow();
    await tick(db);
    await tick(db, RULES_56);
    server.inject('pull', { kind: 'dropRequest' });
    await engine.syncNow();
    expect((await db.outbox.toArray()).map((e) => e.status)).toEqual(['acked', 'acked']);
    // The server forgets the client's last mutation (as after a restore without a new epoch).
    server.restore({ epoch: server.epoch, keepRows: () => true, lastMutationIds: {} });
    await tick(db, RULES_1A, 'Tehty');
    await engine.syncNow();
    const clientId = await getMeta(db, 'clientId');
    expect(server.pushes.map((p) => p.mutations.map((m) => m.id))).toEqual([
      [1, 2],
      [3],
      [1, 2, 3],
    ]);
    expect(server.log.filter((l) => l.clientId === clientId).map((l) => l.mutationId)).toEqual([
      1, 2, 1, 2, 3,
    ]);
    expect(await db.outbox.count()).toBe(0);
    expect(server.row('progress', RULES_1A)?.data['note']).toBe('Tehty');
  });

  it('after 410 pulls again from zero, keeps the outbox and pushes what the server lost', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await engine.syncNow();
    const headBefore = server.headSeq;
    await tick(db);
    server.inject('pull', { kind: 'dropRequest' });
    await engine.syncNow();
    expect(await db.outbox.toArray()).toMatchObject([{ status: 'acked' }]);
    // Restored from a backup taken before the tick: the tick and the client record are gone.
    server.restore({
      epoch: 'epoch-2',
      keepRows: (row) => row.seq <= headBefore,
      lastMutationIds: {},
    });
    await tick(db, RULES_56);
    await engine.syncNow();

    expect(server.pulls.filter((p) => p.since === 0)).toHaveLength(2);
    expect(await getMeta(db, 'dbEpoch')).toBe('epoch-2');
    expect(server.row('progress', RULES_1A)?.data['state']).toBe('done');
    expect(server.row('progress', RULES_56)?.data['state']).toBe('done');
    expect(await db.outbox.count()).toBe(0);
    expect(await db.progress.count()).toBe(2);
    expect(await db.templates.count()).toBe(4);
  });

  it('does not clobber a local write made while a pull was in flight (rebase)', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await engine.syncNow();
    await tick(db);
    await engine.syncNow();
    await server.writeAs('rehtori', 'progress', RULES_1A, 'patch', { note: 'Rehtorin huomio' });
    server.beforePullAnswer = async () => {
      server.beforePullAnswer = null;
      await markProgress(db, { actionId: RULES_1A, state: 'skipped', day: DAY, by: 'Maija' });
    };
    // The same run pushes the new write; that push is lost.
    server.inject('push', { kind: 'dropRequest' });
    await engine.syncNow();
    expect(await db.progress.get(RULES_1A)).toMatchObject({
      state: 'skipped',
      note: 'Rehtorin huomio',
    });
    expect(await db.outbox.toArray()).toMatchObject([
      { op: 'patch', patch: { state: 'skipped' }, status: 'sent' },
    ]);

    await engine.syncNow();
    expect(server.row('progress', RULES_1A)?.data).toMatchObject({
      state: 'skipped',
      note: 'Rehtorin huomio',
    });
    expect(await db.progress.get(RULES_1A)).toMatchObject({
      state: 'skipped',
      note: 'Rehtorin huomio',
    });
  });

  it('reverts a rejected change to the server row plus the other pending ones, and records it', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await engine.syncNow();
    server.rejectWhen = (m) => (m.entityId === RULES_56 ? 'Forbidden' : null);
    await tick(db, RULES_56);
    await tick(db, RULES_1A);
    await engine.syncNow();
    expect(await db.progress.get(RULES_56)).toBeUndefined();
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'done' });
    expect(await listConflicts(db)).toEqual([
      {
        id: `rejected:${await getMeta(db, 'clientId')}:1:`,
        kind: 'rejected',
        entity: 'progress',
        entityId: RULES_56,
        field: null,
        yourValue: { actionId: RULES_56, state: 'done', day: DAY, by: 'Maija', note: '' },
        otherValue: null,
        by: null,
        code: 'Forbidden',
        mutationId: 1,
        at: expect.any(Number),
        seen: 0,
      },
    ]);
    expect(await db.outbox.count()).toBe(0);
    expect(await unsyncedCount(db)).toBe(0);
  });

  it('records a value it replaced without having seen it, and a value of its own that was replaced', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await engine.syncNow();
    await saveTemplate(db, buildTemplate({ grades: [1, 2] }));
    await server.writeAs('rehtori', 'template', 't-rules', 'patch', { grades: [3] });
    await engine.syncNow();
    expect(await listConflicts(db)).toMatchObject([
      {
        kind: 'overwrote',
        entity: 'template',
        entityId: 't-rules',
        field: 'grades',
        yourValue: [1, 2],
        otherValue: [3],
        by: 'rehtori',
      },
    ]);

    // The principal, offline since before our next change, replaces it unseen.
    const principalSaw = { ...server.row('template', 't-rules')!.fieldSeq };
    await saveTemplate(db, buildTemplate({ grades: [4] }));
    await engine.syncNow();
    await server.writeAs('rehtori', 'template', 't-rules', 'patch', { grades: [5] }, principalSaw);
    await engine.syncNow();
    expect((await listConflicts(db)).map((c) => [c.kind, c.yourValue, c.otherValue])).toEqual([
      ['overwritten', [4], [5]],
      ['overwrote', [1, 2], [3]],
    ]);
    expect((await db.templates.get(templateId('t-rules')))?.grades).toEqual([5]);

    // A change made after seeing ours is no conflict: no notice.
    await saveTemplate(db, buildTemplate({ grades: [6] }));
    await engine.syncNow();
    await server.writeAs('rehtori', 'template', 't-rules', 'patch', { grades: [7] });
    await engine.syncNow();
    expect(await listConflicts(db)).toHaveLength(2);
    expect((await db.templates.get(templateId('t-rules')))?.grades).toEqual([7]);
  });

  it('says nothing of a replaced value that is back when the notice arrives', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await engine.syncNow();
    const principalSaw = { ...server.row('template', 't-rules')!.fieldSeq };
    await saveTemplate(db, buildTemplate({ grades: [4] }));
    await engine.syncNow();
    await server.writeAs('rehtori', 'template', 't-rules', 'patch', { grades: [5] }, principalSaw);
    await server.writeAs('rehtori', 'template', 't-rules', 'patch', { grades: [4] });
    await engine.syncNow();
    expect(await listConflicts(db)).toEqual([]);
    expect((await db.templates.get(templateId('t-rules')))?.grades).toEqual([4]);
  });

  it('re-sends the entries of a tab closed mid-push when the database is opened again', async () => {
    const server = seededServer();
    const name = `sync-reopen-${Math.random().toString(36).slice(2)}`;
    const first = await connectedDb(openVuosikelloDb(name));
    await engineFor(first, server).syncNow();
    await tick(first);
    await tick(first, RULES_56);
    // The push is on the wire when the tab closes: the server applies it, the answer never comes.
    server.inject('push', { kind: 'dropResponse' });
    await engineFor(first, server).syncNow();
    first.close();

    const reopened = openVuosikelloDb(name);
    expect((await reopened.outbox.toArray()).map((e) => e.status)).toEqual(['sent', 'sent']);
    await engineFor(reopened, server).syncNow();
    expect(server.log.map((l) => [l.mutationId, l.status])).toEqual([
      [1, 'applied'],
      [2, 'applied'],
    ]);
    expect(await reopened.outbox.count()).toBe(0);
    expect(await reopened.progress.count()).toBe(2);
  });

  it('drains 5,000 offline changes in batches of at most 100', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server);
    await engine.syncNow();
    await db.transaction('rw', [db.outbox, db.meta], async () => {
      const entries = Array.from({ length: 5_000 }, (_, i) => ({
        mutationId: i + 1,
        entity: 'progress' as const,
        entityId: RULES_1A,
        op: i === 0 ? ('create' as const) : ('patch' as const),
        patch:
          i === 0
            ? { actionId: RULES_1A, state: 'done' as const, day: DAY, by: 'Maija', note: '0' }
            : { note: String(i) },
        status: 'pending' as const,
        createdAt: 1_000 + i,
        schemaVersion: 1,
        base: {},
        ackSeq: null,
      }));
      await db.outbox.bulkAdd(entries);
      await db.meta.put({ key: 'nextMutationId', value: 5_001 });
    });
    await engine.syncNow();
    expect(server.pushes).toHaveLength(50);
    expect(server.pushes.every((p) => p.mutations.length === 100)).toBe(true);
    expect(server.log).toHaveLength(5_000);
    expect(server.row('progress', RULES_1A)?.data['note']).toBe('4999');
    expect(await db.outbox.count()).toBe(0);
    expect((await db.progress.get(RULES_1A))?.note).toBe('4999');
  }, 30_000);

  it('keeps changes made in local mode and pushes them on the first connection', async () => {
    const server = seededServer();
    const db = freshDb();
    await tick(db);
    await connectedDb(db);
    await engineFor(db, server).syncNow();
    expect(server.row('progress', RULES_1A)?.data['state']).toBe('done');
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'done' });
  });
});
