/**
 * The browser sync engine (SYNC-NOTES §8.4, docs/sync-protocol.md §12), composed of parts that
 * each own one decision: when to run (run-scheduler.ts), which tab runs (leadership.ts), when the
 * server has news (poke-subscription.ts), a run of push and pull rounds (sync-run.ts, with
 * push-phase.ts and pull-phase.ts) and what a failure means (sync-failure.ts). This file wires
 * them to the browser and turns what they report into the state the UI shows. Failures never lose
 * an entry: a 401 pauses, a 426 stops, network errors and 5xx back off and retry.
 */
import type { VuosikelloDb } from '@/db/database';
import { DEFAULT_PULL_LIMIT, MAX_MUTATIONS_PER_PUSH } from '@/domain/sync/protocol';
import { DEFAULT_BACKOFF, type BackoffOptions } from './backoff';
import { createDownloadProgress } from './download-progress';
import {
  browserEnvironment,
  browserLocks,
  browserPokes,
  realTimer,
  type LockManagerLike,
  type OpenPokes,
  type SetTimer,
  type SyncEnvironment,
} from './environment';
import { requestLeadership } from './leadership';
import { watchPendingOutbox } from './outbox-watch';
import { createPokeSubscription } from './poke-subscription';
import { PUSH_BATCH_BYTES } from './push-phase';
import { createRunScheduler, type RunVerdict } from './run-scheduler';
import type { SyncFailure } from './sync-failure';
import { runSync, type RunObserver, type RunResult } from './sync-run';
import { createSyncStateStore, INITIAL_SYNC_STATE, type SyncState } from './sync-state';
import type { SyncTransport } from './transport';

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

/** Creates a sync engine over `db` and `transport`; nothing runs until start() or syncNow(). */
export function createSyncEngine(options: SyncEngineOptions): SyncEngine {
  const { db, transport, now } = options;
  const locks = options.locks === undefined ? browserLocks() : options.locks;
  const environment = options.environment ?? browserEnvironment();
  const store = createSyncStateStore({ ...INITIAL_SYNC_STATE, leader: locks === null });
  const progress = createDownloadProgress();
  const pokes = createPokeSubscription(
    options.openPokes === undefined ? browserPokes : options.openPokes,
    () => scheduler.trigger('poke'),
  );
  const scheduler = createRunScheduler({
    run: runAndShow,
    mayRun: () => store.get().leader,
    setTimer: options.setTimer ?? realTimer,
    now,
    random: options.random,
    backoff: options.backoff ?? DEFAULT_BACKOFF,
    debounceMs: options.debounceMs ?? 300,
    pollMs: options.pollMs ?? 30_000,
    onRetryPlanned: (retryAt) => store.update({ retryAt }),
  });
  let started = false;
  let stopped = false;
  let releaseLock: (() => void) | null = null;
  const cleanups: (() => void)[] = [];

  const observer: RunObserver = {
    started: (lastSyncedAt) => store.update({ connected: true, running: true, lastSyncedAt }),
    answered: () => store.update({ online: true }),
    pulled(page, bootstrapping) {
      pokes.reached(page.cursor);
      store.update({ firstDownload: progress.afterPage(page, bootstrapping) });
    },
  };

  async function runAndShow(): Promise<RunVerdict> {
    const result = await runSync({
      db,
      transport,
      now,
      isOnline: () => environment.isOnline(),
      pushBatchSize: options.pushBatchSize ?? MAX_MUTATIONS_PER_PUSH,
      pushBatchBytes: options.pushBatchBytes ?? PUSH_BATCH_BYTES,
      pullLimit: options.pullLimit ?? DEFAULT_PULL_LIMIT,
      ...(options.appVersion !== undefined && { appVersion: options.appVersion }),
      observer,
      ...(options.onError !== undefined && { onError: options.onError }),
    });
    return show(result);
  }

  /** Shows how a run ended, and tells the scheduler what it means for the next one. */
  function show(result: RunResult): RunVerdict {
    switch (result.kind) {
      case 'local':
        store.update({ connected: false });
        return { kind: 'idle' };
      case 'offline':
        store.update({ connected: true, online: false });
        return { kind: 'idle' };
      case 'failed':
        return showFailure(result.failure);
      case 'synced': {
        const after = result.settings;
        if (after) pokes.reached(after.cursor);
        store.update({
          running: false,
          online: true,
          error: null,
          retryAt: null,
          firstDownload: null,
          lastSyncedAt: after?.lastSyncedAt ?? store.get().lastSyncedAt,
        });
        if (after && started && !stopped) pokes.open(transport.eventsUrl(after.space));
        return { kind: 'synced', more: result.more };
      }
    }
  }

  function showFailure({ error, pause }: SyncFailure): RunVerdict {
    if (pause) {
      pokes.close();
      store.update({ running: false, error, retryAt: null });
      return { kind: 'pause' };
    }
    store.update({ running: false, error, online: error !== 'network' && store.get().online });
    return { kind: 'retry' };
  }

  function becomeLeader(): void {
    if (stopped) return;
    store.update({ leader: true });
    cleanups.push(
      environment.subscribe((event) => {
        if (event === 'offline') store.update({ online: false });
        else scheduler.trigger(event);
      }),
    );
    if (options.observeOutbox !== false) {
      cleanups.push(watchPendingOutbox(db, () => scheduler.afterWrite()));
    }
    scheduler.start();
    scheduler.trigger('start');
  }

  return {
    start() {
      if (started) return;
      started = true;
      if (locks === null) becomeLeader();
      else releaseLock = requestLeadership(locks, db.name, becomeLeader);
    },
    async stop() {
      stopped = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
      pokes.close();
      await scheduler.stop();
      releaseLock?.();
      releaseLock = null;
      store.update({ leader: locks === null ? store.get().leader : false, running: false });
    },
    syncNow: () => scheduler.runNow(),
    notifyLocalWrite: () => scheduler.afterWrite(),
    resume() {
      scheduler.resume();
      store.update({ error: null, retryAt: null });
      scheduler.trigger('start');
    },
    getState: () => store.get(),
    subscribe: (listener) => store.subscribe(listener),
  };
}
