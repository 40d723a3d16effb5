import { describe, expect, it, vi } from 'vitest';
import { getMeta } from '@/db/meta';
import { markProgress } from '@/db/progress-writes';
import { freshDb, RULES_1A } from '@/db/test-fixtures';
import type { LocalDate } from '@/domain/local-date';
import { FAKE_USER } from './fake-server';
import { startSync, type StartSyncOptions } from './start-sync';
import { fakeEnvironment, manualTimers, seededServer } from './test-support';

function testOptions(server: ReturnType<typeof seededServer>): StartSyncOptions {
  return {
    createTransport: () => server.transport(),
    now: () => 1_800_000_000_000,
    random: () => 0.5,
    engine: {
      locks: null,
      openPokes: null,
      observeOutbox: false,
      setTimer: manualTimers().setTimer,
      environment: fakeEnvironment().environment,
    },
  };
}

describe('startSync', () => {
  it('does nothing in local mode, then connects, downloads and pushes after sign-in', async () => {
    const server = seededServer();
    const db = freshDb();
    await markProgress(db, {
      actionId: RULES_1A,
      state: 'done',
      day: '2026-09-03' as LocalDate,
      by: 'M',
    });
    const sync = await startSync(db, {
      ...testOptions(server),
      defaultServerUrl: 'https://vk.test',
    });
    expect(sync.getState()).toMatchObject({ connected: false, serverUrl: null, user: null });

    const signedIn = await sync.signIn({ username: 'koordinaattori', password: 'pw' });
    expect(signedIn).toEqual({ ok: true, user: FAKE_USER, connection: 'firstConnection' });
    await vi.waitFor(() => expect(sync.getState().lastSyncedAt).toBe(1_800_000_000_000));
    expect(sync.getState()).toMatchObject({
      connected: true,
      serverUrl: 'https://vk.test',
      user: FAKE_USER,
      error: null,
    });
    expect(server.row('progress', RULES_1A)?.data['state']).toBe('done');
    expect(await getMeta(db, 'serverUrl')).toBe('https://vk.test');
    await sync.stop();
  });

  it('starts syncing by itself when the database is already connected', async () => {
    const server = seededServer();
    const db = freshDb();
    const first = await startSync(db, {
      ...testOptions(server),
      defaultServerUrl: 'https://vk.test',
    });
    await first.signIn({ username: 'koordinaattori', password: 'pw' });
    await first.stop();
    const pulls = server.pulls.length;

    const again = await startSync(db, testOptions(server));
    expect(again.getState()).toMatchObject({ serverUrl: 'https://vk.test', user: FAKE_USER });
    await vi.waitFor(() => expect(server.pulls.length).toBe(pulls + 1));
    await again.stop();
  });
});
