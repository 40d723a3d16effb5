import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_PAINT_LIMIT_MS, afterNextPaint } from './after-paint';

/** A browser's frames by hand: `paint()` runs the callbacks asked for since the last frame. */
function frames() {
  let asked: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
    asked.push(callback);
    return asked.length;
  });
  return {
    paint() {
      const now = asked;
      asked = [];
      for (const callback of now) callback(0);
    },
  };
}

describe('afterNextPaint', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const settled = async (promise: Promise<void>) => {
    let done = false;
    void promise.then(() => (done = true));
    // The frame's message comes as a task of its own: a few turns of the event loop let it in.
    for (let turn = 0; turn < 10; turn += 1) await new Promise((resolve) => setImmediate(resolve));
    return done;
  };

  it('waits for the next frame, then resolves after it', async () => {
    const browser = frames();
    const painted = afterNextPaint();
    expect(await settled(painted)).toBe(false);
    browser.paint();
    expect(await settled(painted)).toBe(true);
  });

  it('resolves after its limit where no frame comes (a hidden tab)', async () => {
    frames();
    const painted = afterNextPaint();
    vi.advanceTimersByTime(AFTER_PAINT_LIMIT_MS - 1);
    expect(await settled(painted)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(painted)).toBe(true);
  });
});
