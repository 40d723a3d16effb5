/**
 * Connecting a browser that has been used in local mode (the built-in sample) to the real demo
 * server, through startSync as the app does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listConflicts } from '@/db/conflicts';
import { markProgress } from '@/db/progress-writes';
import { seedSampleIfEmpty } from '@/db/seed';
import { classActions, freshDb } from '@/db/test-fixtures';
import { buildSampleOrganization } from '@/domain/library/sample';
import type { LocalDate } from '@/domain/local-date';
import { accountListSchema } from '@/domain/sync/account-api';
import { startSync } from '@/sync/start-sync';
import { DEMO_TEST_PASSWORD, startDemoServer, type TestServer } from '../server/harness';

let t: TestServer;
beforeEach(async () => {
  t = await startDemoServer();
});
afterEach(async () => {
  await t.close();
});

const DAY = '2026-09-07' as LocalDate;

describe('connecting a local-mode browser to the demo server', () => {
  it('carries local ticks of the teacher’s classes over, shows those the server refuses, and takes the server’s plan', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSampleOrganization());
    // In local mode the teacher ticks a task of class 3A (theirs on the server) and one of 7A
    // (not theirs), and writes a note.
    const [own] = await classActions(db, 'g-2026-3a');
    const [other] = await classActions(db, 'g-2026-7a');
    if (!own || !other) throw new Error('the sample has no actions for 3A or 7A');
    await markProgress(db, {
      actionId: own.id,
      state: 'done',
      day: DAY,
      by: 'Olli',
      note: 'Tehty',
    });
    await markProgress(db, { actionId: other.id, state: 'done', day: DAY, by: 'Olli' });

    const sync = await startSync(db, {
      defaultServerUrl: t.url,
      engine: {
        locks: null,
        openPokes: null,
        observeOutbox: false,
        setTimer: () => () => {},
        environment: { isOnline: () => true, subscribe: () => () => {} },
      },
    });
    const signedIn = await sync.signIn({ username: 'opettaja', password: DEMO_TEST_PASSWORD });
    expect(signedIn).toMatchObject({ ok: true, connection: 'firstConnection' });
    await vi.waitFor(() => expect(sync.getState().lastSyncedAt).not.toBeNull(), {
      timeout: 10_000,
    });
    await sync.syncNow();
    expect(sync.getState()).toMatchObject({ error: null, firstDownload: null });

    // The tick of the teacher's own class is now on the server, as it was made.
    expect(await t.store.readRow('org-demo', 'progress', own.id)).toMatchObject({
      data: { state: 'done', day: DAY, by: 'Olli', note: 'Tehty' },
      deleted: false,
    });
    expect(await db.progress.get(own.id)).toMatchObject({ state: 'done', note: 'Tehty' });
    // 7A is not the teacher's class: the tick is refused, shown, and taken back.
    expect(await listConflicts(db)).toMatchObject([
      { kind: 'rejected', entityId: other.id, code: 'Forbidden' },
    ]);
    expect(await db.progress.get(other.id)).toBeUndefined();
    expect(await t.store.readRow('org-demo', 'progress', other.id)).toBeNull();
    expect(await db.outbox.count()).toBe(0);
    // The plan is now the server's: the sample school and two more, derived actions included.
    const schools = await db.schools.toArray();
    expect(schools.map((s) => s.name).sort()).toEqual([
      'Esimerkkikoulu',
      'Järvenrannan koulu',
      'Mäkelän koulu',
    ]);
    expect((await classActions(db, 'g-2026-makela-1-2')).length).toBeGreaterThan(0);

    // A new tick goes straight through.
    const [next] = await classActions(db, 'g-2026-4a');
    if (!next) throw new Error('the server has no actions for 4A');
    await markProgress(db, { actionId: next.id, state: 'skipped', day: DAY, by: 'Olli' });
    await sync.syncNow();
    expect(await t.store.readRow('org-demo', 'progress', next.id)).not.toBeNull();
    expect(await db.outbox.count()).toBe(0);
    await sync.stop();
  }, 20_000);

  it('signs the admin in without a sync engine: no standing error, the accounts API answers', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSampleOrganization());
    const sync = await startSync(db, {
      defaultServerUrl: t.url,
      engine: {
        locks: null,
        openPokes: null,
        observeOutbox: false,
        setTimer: () => () => {},
        environment: { isOnline: () => true, subscribe: () => () => {} },
      },
    });
    const signedIn = await sync.signIn({ username: 'admin', password: DEMO_TEST_PASSWORD });
    expect(signedIn).toMatchObject({ ok: true, user: { role: 'admin' } });
    await sync.syncNow();
    // The server refuses an admin's sync (403); with no engine there is nothing to refuse.
    expect(sync.getState()).toMatchObject({ error: null, user: { role: 'admin' } });
    const list = await sync.transport()!.json!(
      'GET',
      '/api/accounts',
      undefined,
      accountListSchema,
    );
    expect(list.ok && list.value.accounts.length).toBe(4);
    await sync.stop();
  });
});
