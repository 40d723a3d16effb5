// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useHoldIdleWork, whenIdle } from './idle';

afterEach(cleanup);

/** Resolves once the browser (jsdom: a timer turn) has had an idle moment. */
const idleMoment = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('useHoldIdleWork', () => {
  it.each([
    ['is no longer active', (r: { rerender: (active: boolean) => void }) => r.rerender(false)],
    ['unmounts', (r: { unmount: () => void }) => r.unmount()],
  ])('holds idle work while active, until it %s', async (_, end) => {
    const hook = renderHook((active: boolean) => useHoldIdleWork(active), {
      initialProps: true,
    });
    const task = vi.fn();
    whenIdle(task);
    await idleMoment();
    expect(task).not.toHaveBeenCalled();
    end(hook as never);
    await idleMoment();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('holds nothing while inactive', async () => {
    renderHook(() => useHoldIdleWork(false));
    const task = vi.fn();
    whenIdle(task);
    await idleMoment();
    expect(task).toHaveBeenCalledTimes(1);
  });
});
