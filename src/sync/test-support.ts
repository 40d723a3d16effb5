/**
 * Builders for the sync tests: a fake server holding the db fixtures' plan, a database connected
 * to it, an engine with injected timers and no browser, and a manual timer queue.
 * Not imported by the app.
 */
import { connectToServer } from '@/db/connect';
import type { VuosikelloDb } from '@/db/database';
import { buildSeed, fakeClock, freshDb } from '@/db/test-fixtures';
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from './engine';
import type {
  EnvironmentEvent,
  LockManagerLike,
  OpenPokes,
  PokeHandlers,
  SetTimer,
  SyncEnvironment,
} from './environment';
import { FAKE_USER, FakeServer } from './fake-server';
import type { PullResponse, PushRequest, PushResponse } from '@/domain/sync/protocol';
import type { PullParams, SyncTransport, TransportFailure, TransportResult } from './transport';

/** A fake server holding the plan of buildSeed() (two schools, two years, four templates). */
export function seededServer(): FakeServer {
  const server = new FakeServer();
  const seed = buildSeed();
  server.seed('organization', { ...seed.organization });
  for (const school of seed.schools) server.seed('school', { ...school });
  for (const year of seed.schoolYears) server.seed('schoolYear', { ...year });
  for (const group of seed.groups) server.seed('group', { ...group });
  for (const theme of seed.themes) server.seed('theme', { ...theme });
  for (const template of seed.templates) server.seed('template', { ...template });
  return server;
}

/** A fresh database connected to the fake server as FAKE_USER (nothing pulled yet). */
export async function connectedDb(db: VuosikelloDb = freshDb()): Promise<VuosikelloDb> {
  await connectToServer(db, { serverUrl: 'http://fake.test', user: FAKE_USER });
  return db;
}

/** Timers that run only when the test advances them. */
export function manualTimers() {
  let at = 0;
  let nextId = 0;
  const tasks = new Map<number, { readonly due: number; readonly fn: () => void }>();
  const setTimer: SetTimer = (fn, ms) => {
    const id = nextId++;
    tasks.set(id, { due: at + ms, fn });
    return () => tasks.delete(id);
  };
  return {
    setTimer,
    /** The timers' clock (ms since they were made), for a `now` that moves with them. */
    now: () => at,
    /** Delays of the timers now waiting, soonest first. */
    pending: () => [...tasks.values()].map((t) => t.due - at).sort((a, b) => a - b),
    /** Moves time on by `ms`, running each timer that falls due, in order. */
    advance(ms: number): void {
      const until = at + ms;
      for (;;) {
        const due = [...tasks.entries()]
          .filter(([, t]) => t.due <= until)
          .sort((a, b) => a[1].due - b[1].due)[0];
        if (!due) break;
        tasks.delete(due[0]);
        at = due[1].due;
        due[1].fn();
      }
      at = until;
    },
  };
}

/** An environment the test drives: online until told otherwise. */
export function fakeEnvironment() {
  let online = true;
  const listeners = new Set<(event: EnvironmentEvent) => void>();
  const environment: SyncEnvironment = {
    isOnline: () => online,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    environment,
    emit(event: EnvironmentEvent): void {
      online = event === 'offline' ? false : event === 'online' ? true : online;
      for (const listener of listeners) listener(event);
    },
  };
}

/** A poke stream the test drives. */
export function fakePokes() {
  const opened: string[] = [];
  let handlers: PokeHandlers | null = null;
  const openPokes: OpenPokes = (url, h) => {
    opened.push(url);
    handlers = h;
    return { close: () => (handlers = null) };
  };
  return {
    openPokes,
    opened,
    poke: (headSeq: number | null) => handlers?.onPoke(headSeq),
    open: () => handlers?.onOpen(),
    /** The server ends the stream for good (e.g. 401). */
    end: () => handlers?.onClosed(),
    isOpen: () => handlers !== null,
  };
}

/** Exclusive locks, granted in request order, as navigator.locks does. */
export function fakeLocks(): LockManagerLike {
  const tails = new Map<string, Promise<unknown>>();
  return {
    request(name, callback) {
      const granted = (tails.get(name) ?? Promise.resolve()).then(() => callback());
      tails.set(
        name,
        granted.catch(() => {}),
      );
      return granted;
    },
  };
}

/**
 * An engine over `db` and any transport (the real server's, in integration tests) that runs only
 * when told: no lock, pokes, outbox watch or timers, always online.
 */
export function quietEngine(
  db: VuosikelloDb,
  transport: SyncTransport,
  overrides: Partial<SyncEngineOptions> = {},
): SyncEngine {
  return createSyncEngine({
    db,
    transport,
    now: Date.now,
    random: () => 0.5,
    locks: null,
    openPokes: null,
    observeOutbox: false,
    setTimer: () => () => {},
    environment: { isOnline: () => true, subscribe: () => () => {} },
    ...overrides,
  });
}

/** An engine over `db` and `server` with no lock, pokes, outbox watch or real timers. */
export function engineFor(
  db: VuosikelloDb,
  server: FakeServer,
  overrides: Partial<SyncEngineOptions> = {},
): SyncEngine {
  return createSyncEngine({
    db,
    transport: server.transport(),
    now: fakeClock(1_800_000_000_000),
    random: () => 0.5,
    locks: null,
    openPokes: null,
    observeOutbox: false,
    environment: fakeEnvironment().environment,
    setTimer: manualTimers().setTimer,
    onError: (error) => {
      throw error;
    },
    ...overrides,
  });
}

/** Answers a test gives in place of the server's; undefined lets the request through. */
export interface ReplacedAnswers {
  push?(body: PushRequest): Promise<TransportResult<PushResponse>> | undefined;
  pull?(params: PullParams): Promise<TransportResult<PullResponse>> | undefined;
}

/**
 * `inner` with every request written to `calls` (`push 1,2,3`, `pull since=0`, `session`), and the
 * answers of `replace` given in place of the server's.
 */
export function recordingTransport(
  inner: SyncTransport,
  calls: string[],
  replace: ReplacedAnswers = {},
): SyncTransport {
  return {
    ...inner,
    push(space, body) {
      calls.push(`push ${body.mutations.map((m) => m.id).join(',')}`);
      return replace.push?.(body) ?? inner.push(space, body);
    },
    pull(space, params) {
      calls.push(`pull since=${params.since}`);
      return replace.pull?.(params) ?? inner.pull(space, params);
    },
    session() {
      calls.push('session');
      return inner.session();
    },
  };
}

/** A failed answer. */
export function failWith<T>(failure: TransportFailure): Promise<TransportResult<T>> {
  return Promise.resolve({ ok: false, failure });
}
