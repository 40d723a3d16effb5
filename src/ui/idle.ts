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

let tellFirstScreen = () => {};
const firstScreen = new Promise<void>((resolve) => (tellFirstScreen = resolve));

/** Tells that the first screen's render has been asked for (main.tsx; the tests' app too). */
export function firstScreenRendered(): void {
  tellFirstScreen();
}

/**
 * How long after the first screen's render catching up waits before it waits for idleness: the
 * moments right after the first paint are the user's first look and click (npm run bench --
 * firsttick), and a read that only catches up can come a second later.
 */
const CATCH_UP_DELAY_MS = 1000;

/**
 * Runs `task` once the first screen has rendered (an idle moment before it, while its data loads,
 * does not count), a second has passed and the browser is idle: for work that only catches up on
 * what the first screen's early read may have missed. Returns a function that cancels it.
 */
export function whenFirstScreenSettled(task: () => void): () => void {
  let cancelled = false;
  let cancel = () => {};
  void firstScreen.then(() => {
    if (cancelled) return;
    const timer = setTimeout(() => (cancel = whenIdle(task)), CATCH_UP_DELAY_MS);
    cancel = () => clearTimeout(timer);
  });
  return () => {
    cancelled = true;
    cancel();
  };
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
