import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** The module as a fresh page has it: the first screen not yet rendered. */
async function freshIdle() {
  vi.resetModules();
  return import('./idle');
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('catching up once the first screen has settled', () => {
  it('waits for the first screen, then a second, then the browser to idle', async () => {
    const { firstScreenRendered, whenFirstScreenSettled } = await freshIdle();
    const task = vi.fn();
    whenFirstScreenSettled(task);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(task).not.toHaveBeenCalled();
    firstScreenRendered();
    await vi.advanceTimersByTimeAsync(999);
    expect(task).not.toHaveBeenCalled();
    // Idle here (no requestIdleCallback in Node) is the next timer turn.
    await vi.advanceTimersByTimeAsync(2);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits its second also when asked after the first screen', async () => {
    const { firstScreenRendered, whenFirstScreenSettled } = await freshIdle();
    firstScreenRendered();
    await vi.advanceTimersByTimeAsync(400);
    const task = vi.fn();
    whenFirstScreenSettled(task);
    await vi.advanceTimersByTimeAsync(1_001);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['before the first screen', 0],
    ['during the second after it', 500],
    ['while waiting for the browser to idle', 1_000],
  ])('runs nothing cancelled %s', async (_, after) => {
    const { firstScreenRendered, whenFirstScreenSettled } = await freshIdle();
    const task = vi.fn();
    const cancel = whenFirstScreenSettled(task);
    if (after > 0) {
      firstScreenRendered();
      await vi.advanceTimersByTimeAsync(after);
    }
    cancel();
    firstScreenRendered();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(task).not.toHaveBeenCalled();
  });
});

describe('idle work held while a user write is under way', () => {
  it('waits for the release, then for the browser to idle', async () => {
    const { holdIdleWork, whenIdle } = await freshIdle();
    const release = holdIdleWork();
    const task = vi.fn();
    whenIdle(task);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(task).not.toHaveBeenCalled();
    release();
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    expect(task).toHaveBeenCalledTimes(1);
    // A second release changes nothing.
    release();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('waits for the last of two holds', async () => {
    const { holdIdleWork, whenIdle } = await freshIdle();
    const first = holdIdleWork();
    const second = holdIdleWork();
    const task = vi.fn();
    whenIdle(task);
    first();
    await vi.advanceTimersByTimeAsync(100);
    expect(task).not.toHaveBeenCalled();
    second();
    await vi.advanceTimersByTimeAsync(2);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('lets work run after three seconds when a hold is never released', async () => {
    const { holdIdleWork, whenIdle } = await freshIdle();
    holdIdleWork();
    const task = vi.fn();
    whenIdle(task);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(task).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(2);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('runs nothing cancelled while held', async () => {
    const { holdIdleWork, whenIdle } = await freshIdle();
    const release = holdIdleWork();
    const task = vi.fn();
    const cancel = whenIdle(task);
    await vi.advanceTimersByTimeAsync(10);
    cancel();
    release();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(task).not.toHaveBeenCalled();
  });

  it('runs work asked without a hold at the next idle moment', async () => {
    const { whenIdle } = await freshIdle();
    const task = vi.fn();
    whenIdle(task);
    await vi.advanceTimersByTimeAsync(2);
    expect(task).toHaveBeenCalledTimes(1);
  });
});
