/**
 * Connecting a browser that has been used in local mode (the built-in sample) to the real demo
 * server, through startSync as the app does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listConflicts } from '@/db/conflicts';
import { markProgress } from '@/db/progress-writes';
import { seedSampleIfEmpty } from '@/db/seed';
import { freshDb } from '@/db/test-fixtures';
import { buildSampleOrganization } from '@/domain/library/sample';
import type { LocalDate } from '@/domain/local-date';
import { seedDemoIfNew } from '@/server/demo-seed';
import { startSync } from '@/sync/start-sync';
import { startTestServer, TEST_PASSWORD_COST, type TestServer } from '../server/harness';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer({ seed: false });
  await seedDemoIfNew(t.store, {
    demoPassword: 'demo-salasana',
    now: t.now(),
    passwordCost: TEST_PASSWORD_COST,
  });
});
afterEach(async () => {
  await t.close();
});

const DAY = '2026-09-07' as LocalDate;

describe('connecting a local-mode browser to the demo server', () => {
  it('pushes local ticks, shows those the server refuses, and replaces the sample with the server’s plan', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSampleOrganization());
    const sampleAction = (await db.actions.where('groupId').equals('g-2026-3a').first())!;
    await markProgress(db, { actionId: sampleAction.id, state: 'done', day: DAY, by: 'Olli' });

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
    const signedIn = await sync.signIn({ username: 'opettaja', password: 'demo-salasana' });
    expect(signedIn).toMatchObject({ ok: true, connection: 'firstConnection' });
    await vi.waitFor(() => expect(sync.getState().lastSyncedAt).not.toBeNull(), {
      timeout: 10_000,
    });
    await sync.syncNow();
    expect(sync.getState()).toMatchObject({ error: null, firstDownload: null });

    // The sample class 3A does not exist on the server: the tick is refused and shown.
    expect(await listConflicts(db)).toMatchObject([
      { kind: 'rejected', entityId: sampleAction.id, code: 'UnknownGroup' },
    ]);
    expect(await db.progress.get(sampleAction.id)).toBeUndefined();
    expect(await db.outbox.count()).toBe(0);
    // The plan is now the server's: its classes and year, derived actions included.
    const groups = await db.groups.toArray();
    expect(groups.every((g) => g.id.startsWith('g-2026-'))).toBe(true);
    expect(groups.some((g) => g.id === 'g-2026-3a')).toBe(false);
    expect((await db.schoolYears.toArray()).map((y) => y.id)).toEqual(['sy-2026']);
    expect(await db.actions.where('groupId').equals('g-2026-keskus-3a').count()).toBeGreaterThan(0);
    expect(await db.actions.where('groupId').equals('g-2026-3a').count()).toBe(0);

    // A tick of the teacher's own class goes through.
    const own = (await db.actions.where('groupId').equals('g-2026-keskus-3a').first())!;
    await markProgress(db, { actionId: own.id, state: 'done', day: DAY, by: 'Olli' });
    await sync.syncNow();
    expect(await t.store.readRow('org-demo', 'progress', own.id)).not.toBeNull();
    expect(await db.outbox.count()).toBe(0);
    await sync.stop();
  }, 20_000);
});
