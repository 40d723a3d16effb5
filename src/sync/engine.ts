/**
 * The browser sync engine (SYNC-NOTES §8.4, docs/sync-protocol.md §12). One run pushes the
 * outbox in batches and then pulls until the server's head, each page in one transaction; it is
 * triggered at start, when the browser comes online or the page becomes visible, on a poke from
 * the server, on a timer and after local writes. One tab per browser runs it (Web Locks); the
 * others read the same database through live queries. Failures never lose an entry: a 401 pauses,
 * a 426 stops, network errors and 5xx back off and retry.
 */
import { liveQuery } from 'dexie';
import { readSyncSettings, refreshSessionUser, type SyncSettings } from '@/db/connect';
import type { VuosikelloDb } from '@/db/database';
import { requeueFrom, renumberOutbox } from '@/db/outbox-recovery';
import { applyPullPage, resetForResync } from '@/db/pull-apply';
import { markSent, nextUnanswered, recordPushResults } from '@/db/push-results';
import { ROW_SCHEMA_VERSION } from '@/db/schema-version';
import {
  DEFAULT_PULL_LIMIT,
  MAX_MUTATIONS_PER_PUSH,
  PROTOCOL_VERSION,
} from '@/domain/sync/protocol';
import { DEFAULT_BACKOFF, backoffDelay, type BackoffOptions } from './backoff';
import {
  browserEnvironment,
  browserLocks,
  browserPokes,
  realTimer,
  type LockManagerLike,
  type OpenPokes,
  type PokeSource,
  type SetTimer,
  type SyncEnvironment,
} from './environment';
import type { TransportFailure, SyncTransport } from './transport';
import { fitBatch, toWireMutation } from './wire';

/** Why sync is not working right now; the UI translates it. */
export type SyncErrorKind =
  /** 401: the session is gone. Everything is kept; sync resumes after sign-in (resume()). */
  | 'signInRequired'
  /** 426: this app version is too old for the server. The outbox is kept for the updated app. */
  | 'updateRequired'
  /** 403: this account may not sync this organization (e.g. an admin account). */
  | 'forbidden'
  /** The server could not be reached; retrying with backoff. */
  | 'network'
  /** The server failed (5xx); retrying with backoff. */
  | 'server'
  /** The server's answer did not match the protocol; retrying with backoff. */
  | 'invalidResponse'
  /** A single change is larger than the server accepts (413). */
  | 'tooLarge'
  /** The server refused a request as malformed: a bug of this app; retrying with backoff. */
  | 'badRequest'
  /** The local database failed (quota, a closed database...); retrying with backoff. */
  | 'storage';

/** Progress of a download from zero (first connection, or after a server reset). */
export interface FirstDownload {
  /** Rows received so far by this tab. */
  readonly pulled: number;
  /** The cursor reached: compare with headSeq for a percentage. */
  readonly cursor: number;
  readonly headSeq: number;
}

/** What the UI shows about sync. */
export interface SyncState {
  /** A server is configured (false: local mode, nothing to sync). */
  readonly connected: boolean;
  /** The browser is online and the last request reached the server. */
  readonly online: boolean;
  /** This tab runs the sync loop (the others only watch the database). */
  readonly leader: boolean;
  /** A sync run is in progress. */
  readonly running: boolean;
  /** Epoch ms of the last pull that reached the server's head. */
  readonly lastSyncedAt: number | null;
  readonly error: SyncErrorKind | null;
  /** When the next retry after an error is due (epoch ms). */
  readonly retryAt: number | null;
  /** Set while downloading from zero. */
  readonly firstDownload: FirstDownload | null;
}

export interface SyncEngine {
  /** Starts the triggers (after taking the Web Lock, where there is one) and a first run. */
  start(): void;
  /** Stops triggers and timers, releases the lock and waits for a run in progress. */
  stop(): Promise<void>;
  /** Runs now (or once more after the run in progress) and resolves when done; not while paused. */
  syncNow(): Promise<void>;
  /** Tells the engine a local write happened; a run follows after the debounce delay. */
  notifyLocalWrite(): void;
  /** Lifts a pause (after signing in again) and runs. */
  resume(): void;
  getState(): SyncState;
  /** Calls `listener` with every new state; returns the unsubscribe function. */
  subscribe(listener: (state: SyncState) => void): () => void;
}

export interface SyncEngineOptions {
  readonly db: VuosikelloDb;
  readonly transport: SyncTransport;
  /** Epoch ms. */
  readonly now: () => number;
  /** In [0, 1), for backoff jitter. */
  readonly random: () => number;
  /** Web Locks; default navigator.locks where it exists. Null: run without a lock. */
  readonly locks?: LockManagerLike | null;
  readonly setTimer?: SetTimer;
  readonly environment?: SyncEnvironment;
  /** Opens the poke stream; default EventSource. Null: no live pokes (timer only). */
  readonly openPokes?: OpenPokes | null;
  /** Watch the outbox for pending entries from any tab (Dexie liveQuery); default true. */
  readonly observeOutbox?: boolean;
  readonly pushBatchSize?: number;
  readonly pushBatchBytes?: number;
  readonly pullLimit?: number;
  readonly debounceMs?: number;
  readonly pollMs?: number;
  readonly backoff?: BackoffOptions;
  /** Sent with pushes and recorded by the server. */
  readonly appVersion?: string;
  /** Told about unexpected exceptions (a failing database...), which become error 'storage'. */
  readonly onError?: (error: unknown) => void;
}

const PUSH_BATCH_BYTES = 256 * 1024;
/** Push-pull rounds per run before giving the turn to the next trigger. */
const MAX_ROUNDS = 5;
/** Back-to-back runs (triggers that came during a run) before yielding to the debounce timer. */
const MAX_RUNS_IN_A_ROW = 3;
/** Resets, gaps and renumberings per run: more means the server and client disagree; back off. */
const MAX_RECOVERIES = 3;

type PhaseOutcome =
  | { readonly kind: 'ok' }
  | { readonly kind: 'reset' }
  | { readonly kind: 'failed'; readonly error: SyncErrorKind; readonly pause: boolean };

/** The state of an engine that has not run yet (and of local mode). */
export const INITIAL_SYNC_STATE: SyncState = {
  connected: false,
  online: true,
  leader: false,
  running: false,
  lastSyncedAt: null,
  error: null,
  retryAt: null,
  firstDownload: null,
};

/** Creates a sync engine over `db` and `transport`; nothing runs until start() or syncNow(). */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, transport, now, random } = options;
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  const setTimer = options.setTimer ?? realTimer;
  const environment = options.environment ?? browserEnvironment();
  const openPokes = options.openPokes === undefined ? browserPokes : options.openPokes;
  const batchSize = Math.min(options.pushBatchSize ?? MAX_MUTATIONS_PER_PUSH, 100);
  const batchBytes = options.pushBatchBytes ?? PUSH_BATCH_BYTES;
  const pullLimit = options.pullLimit ?? DEFAULT_PULL_LIMIT;
  const debounceMs = options.debounceMs ?? 300;
  const pollMs = options.pollMs ?? 30_000;
  const backoff = options.backoff ?? DEFAULT_BACKOFF;

  let state: SyncState = { ...INITIAL_SYNC_STATE, leader: locks === null };
  const listeners = new Set<(state: SyncState) => void>();
  let started = false;
  let stopped = false;
  let paused = false;
  let running: Promise<void> | null = null;
  let runAgain = false;
  let attempt = 0;
  let knownCursor = 0;
  let downloaded = 0;
  let pokes: PokeSource | null = null;
  let cancelRetry: (() => void) | null = null;
  let cancelDebounce: (() => void) | null = null;
  let cancelPoll: (() => void) | null = null;
  let releaseLock: (() => void) | null = null;
  const cleanups: (() => void)[] = [];

  function setState(patch: Partial<SyncState>): void {
    state = { ...state, ...patch };
    for (const listener of listeners) listener(state);
  }

  function trigger(reason: 'start' | 'online' | 'visible' | 'poke' | 'timer' | 'write'): void {
    if (stopped || paused || !state.leader) return;
    if (reason === 'timer' && state.retryAt !== null && now() < state.retryAt) return;
    void runSoon();
  }

  function runSoon(): Promise<void> {
    if (running) {
      runAgain = true;
      return running;
    }
    running = (async () => {
      let runs = 0;
      do {
        runAgain = false;
        await runOnce();
        runs += 1;
      } while (runAgain && runs < MAX_RUNS_IN_A_ROW && !paused && !stopped);
      // Still more to do: go on after a pause rather than holding the loop.
      if (runAgain && !paused && !stopped) notifyLocalWrite();
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function runOnce(): Promise<void> {
    cancelRetry?.();
    cancelRetry = null;
    let settings: SyncSettings | null;
    try {
      settings = await readSyncSettings(db);
    } catch (error) {
      options.onError?.(error);
      return fail('storage', false);
    }
    if (settings === null) {
      setState({ connected: false });
      return;
    }
    if (!environment.isOnline()) {
      setState({ connected: true, online: false });
      return;
    }
    setState({ connected: true, running: true, lastSyncedAt: settings.lastSyncedAt });
    let outcome: PhaseOutcome;
    try {
      outcome = await syncRounds();
    } catch (error) {
      options.onError?.(error);
      outcome = { kind: 'failed', error: 'storage', pause: false };
    }
    if (outcome.kind === 'failed') return fail(outcome.error, outcome.pause);
    attempt = 0;
    const after = await readSyncSettings(db).catch(() => null);
    knownCursor = after?.cursor ?? knownCursor;
    setState({
      running: false,
      online: true,
      error: null,
      retryAt: null,
      firstDownload: null,
      lastSyncedAt: after?.lastSyncedAt ?? state.lastSyncedAt,
    });
    if (after) ensurePokes(after.space);
  }

  function fail(error: SyncErrorKind, pause: boolean): void {
    if (pause) {
      paused = true;
      closePokes();
      setState({ running: false, error, retryAt: null });
      return;
    }
    const delay = backoffDelay(attempt, random, backoff);
    attempt += 1;
    const retryAt = now() + delay;
    setState({ running: false, error, retryAt, online: error !== 'network' && state.online });
    if (started && !stopped) {
      cancelRetry = setTimer(() => {
        cancelRetry = null;
        if (!stopped && !paused) void runSoon();
      }, delay);
    }
  }

  /**
   * Before a download from zero: forget the server copy, and take the user's schools and classes
   * from the server again (a reset may come from an admin changing them). The latter is best
   * effort: without an answer the old ones stay until the next sign-in.
   */
  async function resetAndRefreshUser(): Promise<void> {
    await resetForResync(db);
    const session = await transport.session();
    if (session.ok) await refreshSessionUser(db, session.value.user);
  }

  /** Push, then pull; again while entries are unanswered (written meanwhile, or requeued). */
  async function syncRounds(): Promise<PhaseOutcome> {
    let recoveries = 0;
    let pullFirst = false;
    for (let round = 0; round < MAX_ROUNDS; round++) {
      if (!pullFirst) {
        const pushed = await pushAll();
        if (pushed.kind === 'reset') {
          if (++recoveries > MAX_RECOVERIES) return failed('invalidResponse');
          await resetAndRefreshUser();
          pullFirst = true;
          continue;
        }
        if (pushed.kind === 'failed') return pushed;
      }
      pullFirst = false;
      const pulled = await pullAll();
      if (pulled.kind === 'reset') {
        if (++recoveries > MAX_RECOVERIES) return failed('invalidResponse');
        await resetAndRefreshUser();
        pullFirst = true;
        continue;
      }
      if (pulled.kind === 'failed') return pulled;
      if ((await nextUnanswered(db, 1)).length === 0) return { kind: 'ok' };
    }
    // Writes keep coming: this run has done its share; the next trigger goes on.
    runAgain = true;
    return { kind: 'ok' };
  }

  async function pushAll(): Promise<PhaseOutcome> {
    let maxCount = batchSize;
    let recoveries = 0;
    for (;;) {
      const settings = await readSyncSettings(db);
      if (settings === null) return { kind: 'ok' };
      const entries = await nextUnanswered(db, maxCount);
      if (entries.length === 0) return { kind: 'ok' };
      const mutations = fitBatch(entries.map(toWireMutation), batchBytes);
      await markSent(
        db,
        mutations.map((m) => m.id),
      );
      const result = await transport.push(settings.space, {
        protocolVersion: PROTOCOL_VERSION,
        schemaVersion: ROW_SCHEMA_VERSION,
        clientId: settings.clientId,
        ...(settings.dbEpoch !== null && settings.cursor > 0 && { dbEpoch: settings.dbEpoch }),
        ...(options.appVersion !== undefined && { appVersion: options.appVersion }),
        mutations: [...mutations],
      });
      if (result.ok) {
        setState({ online: true });
        await recordPushResults(db, result.value, now);
        continue;
      }
      const failure = result.failure;
      switch (failure.kind) {
        case 'gap':
          if (++recoveries > MAX_RECOVERIES) return failed('badRequest');
          if ((await requeueFrom(db, failure.expected, now)) === 'missing') {
            // The server lost mutations this device no longer holds (a restore): go on as a new
            // client, sending again everything still held, acknowledged entries included.
            await renumberOutbox(db, { resendAcked: true }, now);
          }
          continue;
        case 'tooLarge':
          if (mutations.length === 1) return failed('tooLarge');
          maxCount = Math.max(1, Math.floor(mutations.length / 2));
          continue;
        case 'reset':
          return { kind: 'reset' };
        case 'forbidden':
          if (failure.code === 'ClientOwnedByAnotherUser' && ++recoveries <= MAX_RECOVERIES) {
            await renumberOutbox(db, { resendAcked: false }, now);
            continue;
          }
          return failedBy(failure);
        default:
          return failedBy(failure);
      }
    }
  }

  async function pullAll(): Promise<PhaseOutcome> {
    let recoveries = 0;
    for (;;) {
      const settings = await readSyncSettings(db);
      if (settings === null) return { kind: 'ok' };
      const result = await transport.pull(settings.space, {
        since: settings.cursor,
        limit: pullLimit,
        clientId: settings.clientId,
        schemaVersion: ROW_SCHEMA_VERSION,
        dbEpoch: settings.cursor > 0 ? settings.dbEpoch : null,
      });
      if (!result.ok) {
        const failure = result.failure;
        if (failure.kind === 'reset') return { kind: 'reset' };
        if (
          failure.kind === 'forbidden' &&
          failure.code === 'ClientOwnedByAnotherUser' &&
          ++recoveries <= MAX_RECOVERIES
        ) {
          await renumberOutbox(db, { resendAcked: false }, now);
          continue;
        }
        return failedBy(failure);
      }
      const page = result.value;
      setState({ online: true });
      await applyPullPage(db, page, now);
      knownCursor = page.cursor;
      if (settings.bootstrapping) {
        downloaded += page.changes.length;
        setState({
          firstDownload: page.hasMore
            ? { pulled: downloaded, cursor: page.cursor, headSeq: page.headSeq }
            : null,
        });
      }
      if (!page.hasMore) {
        downloaded = 0;
        return { kind: 'ok' };
      }
    }
  }

  function failed(error: SyncErrorKind): PhaseOutcome {
    return { kind: 'failed', error, pause: false };
  }

  function failedBy(failure: TransportFailure): PhaseOutcome {
    switch (failure.kind) {
      case 'unauthorized':
        return { kind: 'failed', error: 'signInRequired', pause: true };
      case 'updateRequired':
        return { kind: 'failed', error: 'updateRequired', pause: true };
      case 'forbidden':
        return { kind: 'failed', error: 'forbidden', pause: true };
      case 'network':
        return failed('network');
      case 'server':
      case 'rateLimited':
        return failed('server');
      case 'invalidResponse':
        return failed('invalidResponse');
      case 'tooLarge':
        return failed('tooLarge');
      case 'gap':
      case 'reset':
      case 'badRequest':
        return failed('badRequest');
    }
  }

  function ensurePokes(space: string): void {
    if (pokes !== null || openPokes === null || !started || stopped || paused) return;
    pokes = openPokes(transport.eventsUrl(space), {
      onOpen: () => trigger('poke'),
      onPoke: (headSeq) => {
        if (headSeq === null || headSeq > knownCursor) trigger('poke');
      },
      onClosed: () => {
        pokes = null;
      },
    });
  }

  function closePokes(): void {
    pokes?.close();
    pokes = null;
  }

  function schedulePoll(): void {
    cancelPoll = setTimer(() => {
      trigger('timer');
      if (!stopped) schedulePoll();
    }, pollMs);
  }

  function becomeLeader(): void {
    if (stopped) return;
    setState({ leader: true });
    cleanups.push(
      environment.subscribe((event) => {
        if (event === 'offline') {
          setState({ online: false });
          return;
        }
        // Back online or in view: try now rather than at the end of a backoff.
        attempt = 0;
        trigger(event);
      }),
    );
    if (options.observeOutbox !== false) {
      const subscription = liveQuery(() =>
        db.outbox.where('status').equals('pending').count(),
      ).subscribe({
        next: (pending) => {
          if (pending > 0) notifyLocalWrite();
        },
        error: () => {},
      });
      cleanups.push(() => subscription.unsubscribe());
    }
    schedulePoll();
    trigger('start');
  }

  function notifyLocalWrite(): void {
    if (cancelDebounce !== null || stopped) return;
    cancelDebounce = setTimer(() => {
      cancelDebounce = null;
      trigger('write');
    }, debounceMs);
  }

  return {
    start() {
      if (started) return;
      started = true;
      if (locks === null) {
        becomeLeader();
        return;
      }
      // Held for as long as this engine runs; the next tab in line takes over when it is released
      // (this tab stops or closes).
      void locks
        .request(`vuosikello-sync:${db.name}`, () => {
          becomeLeader();
          return new Promise<void>((resolve) => {
            releaseLock = resolve;
            if (stopped) resolve();
          });
        })
        .catch(() => {});
    },
    async stop() {
      stopped = true;
      for (const cancel of [cancelRetry, cancelDebounce, cancelPoll]) cancel?.();
      cancelRetry = cancelDebounce = cancelPoll = null;
      for (const cleanup of cleanups.splice(0)) cleanup();
      closePokes();
      await running?.catch(() => {});
      releaseLock?.();
      releaseLock = null;
      setState({ leader: locks === null ? state.leader : false, running: false });
    },
    async syncNow() {
      // A pause (401, 426, 403) is lifted by resume() only: running again would get the same answer.
      if (stopped || paused || !state.leader) return;
      await runSoon();
    },
    notifyLocalWrite,
    resume() {
      paused = false;
      attempt = 0;
      setState({ error: null, retryAt: null });
      trigger('start');
    },
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
