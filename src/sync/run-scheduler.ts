/**
 * When to run (SYNC-NOTES §8.4): on triggers (start, online, visible, poke, the poll timer), a
 * debounce after local writes, and a retry with exponential backoff after a failed run; never two
 * runs at once (a trigger during a run asks for one more), never while paused (401, 426, 403:
 * the same request would get the same answer until the user acts). It knows nothing of what a
 * run does: the run reports a verdict.
 */
import { backoffDelay, type BackoffOptions } from './backoff';
import type { SetTimer } from './environment';

/** Why a run is wanted. */
export type TriggerReason = 'start' | 'online' | 'visible' | 'poke' | 'timer' | 'write';

/** How a run ended, as far as the next run is concerned. */
export type RunVerdict =
  /** Nothing was tried (local mode, offline): the backoff stays as it was. */
  | { readonly kind: 'idle' }
  /** Synced: the backoff starts over. `more`: writes kept coming; run again soon. */
  | { readonly kind: 'synced'; readonly more: boolean }
  /** Failed: run again after a backoff delay. */
  | { readonly kind: 'retry' }
  /** Failed: no run until resume(). */
  | { readonly kind: 'pause' };

export interface RunSchedulerOptions {
  readonly run: () => Promise<RunVerdict>;
  /** Whether this tab may run now (it holds the sync lock). */
  readonly mayRun: () => boolean;
  readonly setTimer: SetTimer;
  /** Epoch ms. */
  readonly now: () => number;
  /** In [0, 1), for backoff jitter. */
  readonly random: () => number;
  readonly backoff: BackoffOptions;
  /** Delay after a local write, so that a burst of writes makes one run. */
  readonly debounceMs: number;
  /** The poll timer's period. */
  readonly pollMs: number;
  /** A retry was planned at `retryAt` (epoch ms) after a run that failed. */
  readonly onRetryPlanned: (retryAt: number) => void;
}

export interface RunScheduler {
  /**
   * A reason to run: runs now unless stopped, paused or not allowed. A 'timer' waits for a
   * planned retry; 'online' and 'visible' forget the backoff (try now, not at its end).
   */
  trigger(reason: TriggerReason): void;
  /** Runs now (or once more after the run in progress) and resolves when done; not while paused. */
  runNow(): Promise<void>;
  /** A local write happened: a run follows after the debounce delay, once for a burst. */
  afterWrite(): void;
  /** Starts the poll timer; from now on a failed run arms a retry timer. */
  start(): void;
  /** Lifts a pause and forgets the backoff (the caller triggers the run). */
  resume(): void;
  isPaused(): boolean;
  /** Cancels every timer, refuses further runs and waits for the run in progress. */
  stop(): Promise<void>;
}

/** Back-to-back runs (triggers that came during a run) before yielding to the debounce timer. */
const MAX_RUNS_IN_A_ROW = 3;

/** A scheduler that runs `options.run` when the triggers, timers and verdicts say; idle until triggered. */
export function createRunScheduler(options: RunSchedulerOptions): RunScheduler {
  const { setTimer, now } = options;
  let started = false;
  let stopped = false;
  let paused = false;
  let running: Promise<void> | null = null;
  let runAgain = false;
  /** Failed runs since the last success: the backoff's exponent. */
  let attempt = 0;
  let retryAt: number | null = null;
  let cancelRetry: (() => void) | null = null;
  let cancelDebounce: (() => void) | null = null;
  let cancelPoll: (() => void) | null = null;

  const mayRun = () => !stopped && !paused && options.mayRun();

  function trigger(reason: TriggerReason): void {
    if (reason === 'online' || reason === 'visible') attempt = 0;
    if (!mayRun()) return;
    if (reason === 'timer' && retryAt !== null && now() < retryAt) return;
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
      if (runAgain && !paused && !stopped) afterWrite();
    })().finally(() => {
      running = null;
    });
    return running;
  }

  async function runOnce(): Promise<void> {
    cancelRetry?.();
    cancelRetry = null;
    const verdict = await options.run();
    switch (verdict.kind) {
      case 'idle':
        return;
      case 'synced':
        attempt = 0;
        retryAt = null;
        if (verdict.more) runAgain = true;
        return;
      case 'pause':
        paused = true;
        retryAt = null;
        return;
      case 'retry':
        planRetry();
        return;
    }
  }

  function planRetry(): void {
    const delay = backoffDelay(attempt, options.random, options.backoff);
    attempt += 1;
    retryAt = now() + delay;
    options.onRetryPlanned(retryAt);
    if (!started || stopped) return;
    cancelRetry = setTimer(() => {
      cancelRetry = null;
      if (!stopped && !paused) void runSoon();
    }, delay);
  }

  function afterWrite(): void {
    if (cancelDebounce !== null || stopped) return;
    cancelDebounce = setTimer(() => {
      cancelDebounce = null;
      trigger('write');
    }, options.debounceMs);
  }

  function schedulePoll(): void {
    cancelPoll = setTimer(() => {
      trigger('timer');
      if (!stopped) schedulePoll();
    }, options.pollMs);
  }

  return {
    trigger,
    async runNow() {
      if (!mayRun()) return;
      await runSoon();
    },
    afterWrite,
    start() {
      if (started || stopped) return;
      started = true;
      schedulePoll();
    },
    resume() {
      paused = false;
      attempt = 0;
      retryAt = null;
    },
    isPaused: () => paused,
    async stop() {
      stopped = true;
      for (const cancel of [cancelRetry, cancelDebounce, cancelPoll]) cancel?.();
      cancelRetry = cancelDebounce = cancelPoll = null;
      await running?.catch(() => {});
    },
  };
}
