import { describe, expect, it, vi } from 'vitest';
import { openVuosikelloDb } from '@/db/open-database';
import { markProgress } from '@/db/progress-writes';
import type { LocalDate } from '@/domain/local-date';
import type { SyncState } from './sync-state';
import {
  connectedDb,
  engineFor,
  fakeEnvironment,
  fakeLocks,
  fakePokes,
  manualTimers,
  seededServer,
} from './test-support';
import { RULES_1A } from '@/db/test-fixtures';

const DAY = '2026-09-03' as LocalDate;

describe('what starts a sync run', () => {
  it('runs at start, then listens for pokes from the space and pulls only when the head moved', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const pokes = fakePokes();
    const engine = engineFor(db, server, { openPokes: pokes.openPokes });
    engine.start();
    await vi.waitFor(() => expect(pokes.opened).toHaveLength(1));
    expect(pokes.opened).toEqual(['http://fake.test/sync/v1/spaces/org-demo/events']);
    expect(server.pulls).toHaveLength(1);

    pokes.poke(server.headSeq);
    await engine.syncNow();
    expect(server.pulls).toHaveLength(2); // syncNow's own run only

    await server.writeAs('rehtori', 'theme', 'th-community', 'patch', { color: '#123' });
    pokes.poke(server.headSeq);
    await vi.waitFor(() => expect(server.pulls).toHaveLength(3));
    expect((await db.themes.get('th-community' as never))?.color).toBe('#123');

    // The stream drops; someone writes meanwhile and no poke arrives. On reconnect the engine
    // pulls (RESYNC) and catches up.
    const pullsBefore = server.pulls.length;
    await server.writeAs('rehtori', 'theme', 'th-community', 'patch', { color: '#789' });
    pokes.open();
    await vi.waitFor(() => expect(server.pulls).toHaveLength(pullsBefore + 1));
    await vi.waitFor(async () =>
      expect((await db.themes.get('th-community' as never))?.color).toBe('#789'),
    );
    await engine.stop();
  });

  it('runs every 30 s, and 300 ms after local writes, once for a burst', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const timers = manualTimers();
    const engine = engineFor(db, server, { setTimer: timers.setTimer });
    engine.start();
    await vi.waitFor(() => expect(server.pulls).toHaveLength(1));

    timers.advance(30_000);
    await vi.waitFor(() => expect(server.pulls).toHaveLength(2));

    await markProgress(db, { actionId: RULES_1A, state: 'done', day: DAY, by: 'M' });
    engine.notifyLocalWrite();
    engine.notifyLocalWrite();
    engine.notifyLocalWrite();
    timers.advance(299);
    expect(server.pushes).toHaveLength(0);
    timers.advance(1);
    await vi.waitFor(() => expect(server.pushes).toHaveLength(1));
    await vi.waitFor(() => expect(server.pulls).toHaveLength(3));
    await engine.stop();
    timers.advance(60_000);
    expect(server.pulls).toHaveLength(3);
  });

  it('notices pending entries written by any code path (outbox live query)', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const timers = manualTimers();
    const engine = engineFor(db, server, { setTimer: timers.setTimer, observeOutbox: true });
    engine.start();
    await vi.waitFor(() => expect(server.pulls).toHaveLength(1));
    await markProgress(db, { actionId: RULES_1A, state: 'done', day: DAY, by: 'M' });
    await vi.waitFor(() => expect(timers.pending()).toContain(300));
    timers.advance(300);
    await vi.waitFor(() => expect(server.log).toHaveLength(1));
    await engine.stop();
  });

  it('runs when the browser comes back online or the page becomes visible, not while offline', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const env = fakeEnvironment();
    const engine = engineFor(db, server, { environment: env.environment });
    engine.start();
    await vi.waitFor(() => expect(server.pulls).toHaveLength(1));

    env.emit('offline');
    expect(engine.getState().online).toBe(false);
    await engine.syncNow();
    expect(server.pulls).toHaveLength(1);

    env.emit('online');
    await vi.waitFor(() => expect(server.pulls).toHaveLength(2));
    expect(engine.getState().online).toBe(true);
    env.emit('visible');
    await vi.waitFor(() => expect(server.pulls).toHaveLength(3));
    await engine.stop();
  });
});

describe('retries', () => {
  it('backs off exponentially with jitter after network errors, and retries at once when online again', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const timers = manualTimers();
    const env = fakeEnvironment();
    const engine = engineFor(db, server, {
      setTimer: timers.setTimer,
      environment: env.environment,
      random: () => 0.5, // jitter factor 0.75
      backoff: { baseMs: 1_000, maxMs: 4_000 },
    });
    for (let i = 0; i < 5; i++) server.inject('pull', { kind: 'dropRequest' });
    engine.start();
    const retries: number[] = [];
    for (let i = 0; i < 4; i++) {
      await vi.waitFor(() => expect(server.attempts).toHaveLength(i + 1));
      await vi.waitFor(() => expect(engine.getState().running).toBe(false));
      const delay = Math.min(...timers.pending());
      retries.push(delay);
      timers.advance(delay);
    }
    expect(retries).toEqual([750, 1_500, 3_000, 3_000]);
    expect(engine.getState()).toMatchObject({ error: 'network', online: false });

    env.emit('online');
    await vi.waitFor(() => expect(engine.getState().error).toBeNull());
    expect(server.attempts).toEqual(['pull', 'pull', 'pull', 'pull', 'pull', 'pull']);
    await engine.stop();
  });
});

describe('one tab syncs', () => {
  it('runs only in the tab holding the Web Lock; the next one takes over when it stops', async () => {
    const server = seededServer();
    const name = `sync-lock-${Math.random().toString(36).slice(2)}`;
    const locks = fakeLocks();
    const firstDb = await connectedDb(openVuosikelloDb(name));
    const secondDb = openVuosikelloDb(name);
    const first = engineFor(firstDb, server, { locks });
    const second = engineFor(secondDb, server, { locks });
    first.start();
    second.start();
    await vi.waitFor(() => expect(server.pulls).toHaveLength(1));
    expect(first.getState().leader).toBe(true);
    expect(second.getState().leader).toBe(false);
    await second.syncNow();
    expect(server.pulls).toHaveLength(1);

    await first.stop();
    await vi.waitFor(() => expect(second.getState().leader).toBe(true));
    await vi.waitFor(() => expect(server.pulls).toHaveLength(2));
    await second.stop();
  });
});

describe('the state for the UI', () => {
  it('reports first-download progress page by page, then the time of the sync', async () => {
    const server = seededServer();
    const db = await connectedDb();
    const engine = engineFor(db, server, { pullLimit: 5, now: () => 1_800_000_000_000 });
    const states: SyncState[] = [];
    engine.subscribe((s) => states.push(s));
    await engine.syncNow();
    const progress = new Set(
      states.map((s) => JSON.stringify(s.firstDownload)).filter((p) => p !== 'null'),
    );
    expect([...progress].map((p) => JSON.parse(p))).toEqual([
      { pulled: 5, cursor: 5, headSeq: 14 },
      { pulled: 10, cursor: 10, headSeq: 14 },
    ]);
    expect(engine.getState()).toMatchObject({
      connected: true,
      running: false,
      firstDownload: null,
      lastSyncedAt: 1_800_000_000_000,
      error: null,
    });
    expect(states.some((s) => s.running)).toBe(true);
  });

  it('is not connected in local mode and never calls the server', async () => {
    const server = seededServer();
    const engine = engineFor(openVuosikelloDb(`local-${Math.random()}`), server);
    await engine.syncNow();
    expect(engine.getState().connected).toBe(false);
    expect(server.pulls).toEqual([]);
  });
});
