/**
 * The browser sync engine (fake-indexeddb) against the real server in-process on port 0 with a
 * temporary SQLite file: the key scenarios of SYNC-NOTES §9 end to end, over HTTP.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listConflicts } from '@/db/conflicts';
import { connectToServer } from '@/db/connect';
import type { VuosikelloDb } from '@/db/database';
import { getMeta } from '@/db/meta';
import { saveTheme } from '@/db/plan-writes';
import { markProgress } from '@/db/progress-writes';
import { unsyncedCount } from '@/db/queries';
import { freshDb } from '@/db/test-fixtures';
import { actionId, themeId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { SyncEngine } from '@/sync/engine';
import { quietEngine } from '@/sync/test-support';
import { createFetchTransport, type SyncTransport } from '@/sync/transport';
import { ACTION, PASSWORD, SPACE, type TestUser } from '../server/fixtures';
import { startTestServer, type TestServer } from '../server/harness';

const DAY = '2026-09-07' as LocalDate;
const NORTH_1 = actionId(ACTION.north1);
const SOUTH_1 = actionId(ACTION.south1);

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

interface Client {
  readonly db: VuosikelloDb;
  readonly engine: SyncEngine;
  readonly transport: SyncTransport;
  /** Makes the next push reach the server but lose its answer. */
  loseNextPushAnswer(): void;
}

/** A browser: a fresh database signed in as `user` and connected, with an engine (no timers). */
async function client(user: TestUser): Promise<Client> {
  let loseAnswer = false;
  const fetchWithFaults: typeof fetch = async (input, init) => {
    const res = await fetch(input, init);
    if (loseAnswer && String(input).endsWith('/push')) {
      loseAnswer = false;
      await res.text();
      throw new TypeError('fetch failed');
    }
    return res;
  };
  const transport = createFetchTransport({ serverUrl: t.url, fetch: fetchWithFaults });
  const session = await transport.signIn(user, PASSWORD);
  if (!session.ok) throw new Error(`sign-in failed: ${JSON.stringify(session.failure)}`);
  const db = freshDb();
  await connectToServer(db, { serverUrl: t.url, user: session.value.user });
  const engine = quietEngine(db, transport, {
    onError: (error) => {
      throw error;
    },
  });
  return {
    db,
    engine,
    transport,
    loseNextPushAnswer: () => {
      loseAnswer = true;
    },
  };
}

const tick = (db: VuosikelloDb, id = NORTH_1, note?: string) =>
  markProgress(db, {
    actionId: id,
    state: 'done',
    day: DAY,
    by: 'Olli',
    ...(note !== undefined && { note }),
  });

describe('sync with the real server', () => {
  it('downloads the plan, pushes a tick, and another teacher of the school pulls it', async () => {
    const teacher = await client('teacher');
    await teacher.engine.syncNow();
    expect(teacher.engine.getState()).toMatchObject({ error: null, connected: true });
    expect(await teacher.db.groups.count()).toBe(3);
    expect(await teacher.db.templates.count()).toBe(3);

    await tick(teacher.db);
    await teacher.engine.syncNow();
    expect(await teacher.db.outbox.count()).toBe(0);
    expect((await t.store.readRow(SPACE, 'progress', NORTH_1))?.data).toMatchObject({
      state: 'done',
      by: 'Olli',
    });

    const colleague = await client('teacher2');
    await colleague.engine.syncNow();
    expect(await colleague.db.progress.get(NORTH_1)).toMatchObject({ state: 'done', by: 'Olli' });
  });

  it('applies a push whose answer was lost exactly once', async () => {
    const teacher = await client('teacher');
    await teacher.engine.syncNow();
    await tick(teacher.db);
    teacher.loseNextPushAnswer();
    await teacher.engine.syncNow();
    expect(teacher.engine.getState().error).toBe('network');
    expect(await unsyncedCount(teacher.db)).toBe(1);

    await teacher.engine.syncNow();
    const clientId = await getMeta(teacher.db, 'clientId');
    const log = await t.store.mutationLog(clientId!);
    expect(log.map((m) => [m.mutationId, m.status])).toEqual([[1, 'applied']]);
    expect(await teacher.db.outbox.count()).toBe(0);
  });

  it('reverts a tick of another school’s class that the server refuses, and says why', async () => {
    const teacher = await client('teacher');
    await teacher.engine.syncNow();
    await tick(teacher.db, SOUTH_1);
    await tick(teacher.db, NORTH_1);
    await teacher.engine.syncNow();
    expect(await teacher.db.progress.get(SOUTH_1)).toBeUndefined();
    expect(await teacher.db.progress.get(NORTH_1)).toMatchObject({ state: 'done' });
    expect(await listConflicts(teacher.db)).toMatchObject([
      { kind: 'rejected', entity: 'progress', entityId: SOUTH_1, code: 'Forbidden' },
    ]);
    expect(await teacher.db.outbox.count()).toBe(0);
  });

  it('downloads again when the admin gives the teacher another school, keeping a pending tick', async () => {
    const southTeacher = await client('southTeacher');
    await southTeacher.engine.syncNow();
    await tick(southTeacher.db, SOUTH_1, 'Etelän opettajan merkintä');
    await southTeacher.engine.syncNow();
    const teacher = await client('teacher');
    await teacher.engine.syncNow();
    expect(await teacher.db.progress.get(SOUTH_1)).toBeUndefined();

    await t.accounts.setAccountScope('teacher', {
      schools: ['s-north', 's-south'],
      groups: ['g-n1', 'g-s1'],
    });
    await tick(teacher.db, NORTH_1, 'Ennen synkronointia');
    await teacher.engine.syncNow();
    expect(teacher.engine.getState().error).toBeNull();
    expect(await teacher.db.progress.get(SOUTH_1)).toMatchObject({
      note: 'Etelän opettajan merkintä',
    });
    expect(await t.store.readRow(SPACE, 'progress', NORTH_1)).toMatchObject({
      data: { note: 'Ennen synkronointia' },
    });
    expect(await teacher.db.outbox.count()).toBe(0);
    // The device knows the teacher's classes now, for its class picker.
    expect(await getMeta(teacher.db, 'sessionUser')).toMatchObject({
      username: 'teacher',
      schools: ['s-north', 's-south'],
      groups: ['g-n1', 'g-s1'],
    });
  });

  it('converges when two coordinators change the same field offline, and both are told', async () => {
    const a = await client('coordinator');
    const b = await client('coordinator2');
    await a.engine.syncNow();
    await b.engine.syncNow();
    const theme = (await a.db.themes.get(themeId('th-1')))!;
    await saveTheme(a.db, { ...theme, color: '#aa0000' });
    await saveTheme(b.db, { ...theme, color: '#00bb00' });
    a.loseNextPushAnswer(); // a's change lands, but a has not pulled it back yet
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.engine.syncNow();

    expect((await t.store.readRow(SPACE, 'theme', 'th-1'))?.data['color']).toBe('#00bb00');
    expect((await a.db.themes.get(themeId('th-1')))?.color).toBe('#00bb00');
    expect((await b.db.themes.get(themeId('th-1')))?.color).toBe('#00bb00');
    expect(await listConflicts(b.db)).toMatchObject([
      {
        kind: 'overwrote',
        field: 'color',
        yourValue: '#00bb00',
        otherValue: '#aa0000',
        by: 'coordinator',
      },
    ]);
    expect(await listConflicts(a.db)).toMatchObject([
      {
        kind: 'overwritten',
        field: 'color',
        yourValue: '#aa0000',
        otherValue: '#00bb00',
        by: 'coordinator2',
      },
    ]);
  });

  it('orders writes by server arrival when device clocks are days apart', async () => {
    const DAY_MS = 86_400_000;
    const real = Date.now();
    const ahead = () => real + 5 * DAY_MS; // the teacher's laptop, five days fast
    const behind = () => real - 5 * DAY_MS; // the principal's, five days slow
    const teacher = await client('teacher');
    const principal = await client('principal');
    await teacher.engine.syncNow();
    await principal.engine.syncNow();

    const mark = (db: VuosikelloDb, by: string, note: string, now: () => number) =>
      markProgress(db, { actionId: NORTH_1, state: 'done', day: DAY, by, note }, now);
    await mark(teacher.db, 'Olli', 'teacher first', ahead);
    await teacher.engine.syncNow();
    await mark(principal.db, 'Riitta', 'principal later', behind);
    await principal.engine.syncNow();
    await teacher.engine.syncNow();

    // The later arrival wins though its clock says ten days earlier; both devices agree.
    const expected = { state: 'done', by: 'Riitta', note: 'principal later' };
    expect((await t.store.readRow(SPACE, 'progress', NORTH_1))?.data).toMatchObject(expected);
    expect(await teacher.db.progress.get(NORTH_1)).toMatchObject(expected);
    expect(await principal.db.progress.get(NORTH_1)).toMatchObject(expected);
    expect(await unsyncedCount(teacher.db)).toBe(0);
    expect(await unsyncedCount(principal.db)).toBe(0);
  });

  it('after the server’s epoch changes, downloads again from zero and keeps pushing', async () => {
    const teacher = await client('teacher');
    await teacher.engine.syncNow();
    const epoch = await getMeta(teacher.db, 'dbEpoch');
    await t.store.rotateEpoch();
    await tick(teacher.db);
    await teacher.engine.syncNow();
    const rotated = (await t.store.status(SPACE)).dbEpoch;
    expect(rotated).not.toBe(epoch);
    expect(await getMeta(teacher.db, 'dbEpoch')).toBe(rotated);
    expect(teacher.engine.getState().error).toBeNull();
    expect(await t.store.readRow(SPACE, 'progress', NORTH_1)).not.toBeNull();
    expect(await teacher.db.outbox.count()).toBe(0);
    expect(await teacher.db.groups.count()).toBe(3);
  });

  it('keeps the outbox through an expired session and pushes it after signing in again', async () => {
    const teacher = await client('teacher');
    await teacher.engine.syncNow();
    t.advance(13 * 3_600_000);
    await tick(teacher.db);
    await teacher.engine.syncNow();
    expect(teacher.engine.getState().error).toBe('signInRequired');
    expect(await unsyncedCount(teacher.db)).toBe(1);

    const again = await teacher.transport.signIn('teacher', PASSWORD);
    expect(again.ok).toBe(true);
    teacher.engine.resume();
    await teacher.engine.syncNow();
    expect(teacher.engine.getState().error).toBeNull();
    expect(await unsyncedCount(teacher.db)).toBe(0);
    expect(await t.store.readRow(SPACE, 'progress', NORTH_1)).not.toBeNull();
  });
});
