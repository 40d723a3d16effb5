import { describe, expect, it } from 'vitest';
import { createRunScheduler, type RunSchedulerOptions, type RunVerdict } from './run-scheduler';
import { manualTimers } from './test-support';

/** Lets every settled promise run on: the fake runs below do no I/O. */
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

const SYNCED: RunVerdict = { kind: 'synced', more: false };
const RETRY: RunVerdict = { kind: 'retry' };

/**
 * A scheduler over a fake run that answers `verdicts` in turn (then `synced`), with timers and a
 * clock the test moves (random 0.5: every backoff delay is 0.75 of its nominal value).
 */
function scheduled(verdicts: RunVerdict[] = [], overrides: Partial<RunSchedulerOptions> = {}) {
  const timers = manualTimers();
  const retries: number[] = [];
  let runs = 0;
  let gate: Promise<void> | null = null;
  const scheduler = createRunScheduler({
    run: async () => {
      runs += 1;
      if (gate) await gate;
      return verdicts.shift() ?? SYNCED;
    },
    mayRun: () => true,
    setTimer: timers.setTimer,
    now: () => 1_000_000 + timers.now(),
    random: () => 0.5,
    backoff: { baseMs: 1_000, maxMs: 4_000 },
    debounceMs: 300,
    pollMs: 30_000,
    onRetryPlanned: (retryAt) => retries.push(retryAt - 1_000_000),
    ...overrides,
  });
  return {
    scheduler,
    timers,
    retries,
    runs: () => runs,
    /** Holds every run until the returned function is called. */
    hold(): () => void {
      let release = () => {};
      gate = new Promise((resolve) => (release = resolve));
      return () => {
        gate = null;
        release();
      };
    },
  };
}

describe('when to run', () => {
  it('runs on a trigger, and once more for all the triggers that came during a run', async () => {
    const s = scheduled();
    const release = s.hold();
    s.scheduler.trigger('start');
    s.scheduler.trigger('poke');
    s.scheduler.trigger('visible');
    s.scheduler.trigger('write');
    await flush();
    expect(s.runs()).toBe(1);
    release();
    await flush();
    expect(s.runs()).toBe(2);
  });

  it('runs at most three times in a row, then goes on after the debounce delay', async () => {
    const more: RunVerdict = { kind: 'synced', more: true };
    const s = scheduled([more, more, more, more, SYNCED]);
    await s.scheduler.runNow();
    expect(s.runs()).toBe(3);
    expect(s.timers.pending()).toEqual([300]);
    s.timers.advance(300);
    await flush();
    expect(s.runs()).toBe(5);
    expect(s.timers.pending()).toEqual([]);
  });

  it('makes one run for a burst of writes, after the debounce delay', async () => {
    const s = scheduled();
    s.scheduler.afterWrite();
    s.timers.advance(200);
    s.scheduler.afterWrite();
    s.scheduler.afterWrite();
    s.timers.advance(99);
    await flush();
    expect(s.runs()).toBe(0);
    s.timers.advance(1);
    await flush();
    expect(s.runs()).toBe(1);
  });

  it('polls every 30 s once started, and not after stopping', async () => {
    const s = scheduled();
    s.scheduler.start();
    s.timers.advance(29_999);
    await flush();
    expect(s.runs()).toBe(0);
    s.timers.advance(1);
    await flush();
    s.timers.advance(30_000);
    await flush();
    expect(s.runs()).toBe(2);
    await s.scheduler.stop();
    s.timers.advance(60_000);
    await flush();
    expect(s.runs()).toBe(2);
    expect(s.timers.pending()).toEqual([]);
  });

  it('does not run in a tab that may not (another tab holds the lock)', async () => {
    const s = scheduled([], { mayRun: () => false });
    s.scheduler.start();
    s.scheduler.trigger('start');
    await s.scheduler.runNow();
    s.timers.advance(30_000);
    await flush();
    expect(s.runs()).toBe(0);
  });
});

describe('retries', () => {
  it('backs off 1 s, 2 s, 4 s (capped) with jitter after failures, and starts over after a success', async () => {
    const s = scheduled([RETRY, RETRY, RETRY, RETRY, SYNCED, RETRY]);
    s.scheduler.start();
    s.scheduler.trigger('start');
    const delays: number[] = [];
    for (let failure = 0; failure < 4; failure++) {
      await flush();
      const delay = Math.min(...s.timers.pending());
      delays.push(delay);
      s.timers.advance(delay);
    }
    await flush();
    expect(s.runs()).toBe(5); // four failures, then the success
    expect(delays).toEqual([750, 1_500, 3_000, 3_000]);
    // Each retry was told when it is due: the failure's time plus its delay.
    expect(s.retries).toEqual([750, 750 + 1_500, 2_250 + 3_000, 5_250 + 3_000]);

    await s.scheduler.runNow();
    expect(s.retries.at(-1)! - s.timers.now()).toBe(750);
  });

  it('lets the poll timer wait for a planned retry, while online and visible retry at once', async () => {
    const s = scheduled([RETRY, RETRY, RETRY], {
      pollMs: 1_000,
      backoff: { baseMs: 4_000, maxMs: 60_000 },
    });
    s.scheduler.start();
    await s.scheduler.runNow(); // fails: retry in 3 s
    s.timers.advance(1_000); // a poll inside the backoff
    await flush();
    expect(s.runs()).toBe(1);
    s.scheduler.trigger('online'); // fails again, and the backoff had started over
    await flush();
    expect(s.runs()).toBe(2);
    expect(s.retries.at(-1)! - s.timers.now()).toBe(3_000);
  });

  it('arms no retry timer before it is started (a one-off syncNow)', async () => {
    const s = scheduled([RETRY]);
    await s.scheduler.runNow();
    expect(s.retries).toEqual([750]);
    expect(s.timers.pending()).toEqual([]);
  });

  it('runs no more while paused, whatever the trigger, until resumed', async () => {
    const s = scheduled([{ kind: 'pause' }]);
    s.scheduler.start();
    await s.scheduler.runNow();
    expect(s.scheduler.isPaused()).toBe(true);
    for (const reason of ['start', 'online', 'visible', 'poke', 'timer', 'write'] as const) {
      s.scheduler.trigger(reason);
    }
    await s.scheduler.runNow();
    s.timers.advance(60_000);
    await flush();
    expect(s.runs()).toBe(1);

    s.scheduler.resume();
    s.scheduler.trigger('start');
    await flush();
    expect(s.runs()).toBe(2);
  });

  it('waits for the run in progress when stopped, and arms nothing after it', async () => {
    const s = scheduled([RETRY]);
    s.scheduler.start();
    const release = s.hold();
    s.scheduler.trigger('start');
    await flush();
    let stopped = false;
    const stopping = s.scheduler.stop().then(() => (stopped = true));
    await flush();
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(s.timers.pending()).toEqual([]);
    await s.scheduler.runNow();
    expect(s.runs()).toBe(1);
  });
});
