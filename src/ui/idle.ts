/**
 * Work the first screen does not need (the sync engine, the service worker, notices) waits until
 * the browser is idle after it, so that it neither delays the teacher's month nor the first tick.
 */
import { startTransition, useEffect, useState } from 'react';

/** At the latest this long after asking, the work runs even if the browser never idles. */
const IDLE_TIMEOUT_MS = 2000;

/** Runs `task` when the browser is next idle; returns a function that cancels it. */
export function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 1);
  return () => clearTimeout(id);
}

/**
 * False on the first render; true once the browser has been idle after it. What it brings in
 * renders as a transition: a click meanwhile (a first tick) is handled first, not after it.
 */
export function useIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => startTransition(() => setIdle(true))), []);
  return idle;
}
