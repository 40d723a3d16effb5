// @vitest-environment jsdom
import { cleanup, renderHook, type RenderHookResult } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useHoldIdleWork, whenIdle } from './idle';

afterEach(cleanup);

/** Resolves once the browser (jsdom: a timer turn) has had an idle moment. */
const idleMoment = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('useHoldIdleWork', () => {
  type Hook = RenderHookResult<void, boolean>;
  it.each([
    ['is no longer active', (hook: Hook) => hook.rerender(false)],
    ['unmounts', (hook: Hook) => hook.unmount()],
  ])('holds idle work while active, until it %s', async (_, end) => {
    const hook = renderHook((active: boolean) => useHoldIdleWork(active), {
      initialProps: true,
    });
    const task = vi.fn();
    whenIdle(task);
    await idleMoment();
    expect(task).not.toHaveBeenCalled();
    end(hook);
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
