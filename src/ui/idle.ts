/**
 * Work the first screen does not need (the sync engine, the service worker, notices) waits until
 * the browser is idle after it, so that it neither delays the teacher's month nor the first tick.
 */
import { startTransition, useEffect, useLayoutEffect, useState } from 'react';

/** At the latest this long after asking, the work runs even if the browser never idles. */
const IDLE_TIMEOUT_MS = 2000;

/** Asks the browser to run `task` when next idle; returns a function that cancels it. */
function nextIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 1);
  return () => clearTimeout(id);
}

/** How many user writes are under way (holdIdleWork), and the idle work waiting for them. */
let holds = 0;
const held = new Set<() => void>();

/**
 * Runs `task` when the browser is next idle and no user write is under way (holdIdleWork);
 * returns a function that cancels it.
 */
export function whenIdle(task: () => void): () => void {
  let cancel = () => {};
  const ask = () => {
    cancel = nextIdle(() => {
      if (holds === 0) return task();
      held.add(ask);
      cancel = () => held.delete(ask);
    });
  };
  ask();
  return () => cancel();
}

/** At the latest this long after a hold, held idle work runs even if it was not released. */
const HOLD_LIMIT_MS = 3000;

/**
 * Holds idle work back (whenIdle) while a user's write is under way, from a tick until it shows
 * stored: the idle moments while the write commits would otherwise load and run the month's later
 * parts and the sync engine in the tick's way (npm run bench -- startup). Returns the function
 * that releases it; released at the latest after HOLD_LIMIT_MS. Held work waits for the next idle
 * moment after the last release.
 */
export function holdIdleWork(): () => void {
  holds += 1;
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    clearTimeout(limit);
    holds -= 1;
    if (holds > 0) return;
    const waiting = [...held];
    held.clear();
    for (const ask of waiting) ask();
  };
  const limit = setTimeout(release, HOLD_LIMIT_MS);
  return release;
}

/** Holds idle work back (holdIdleWork) while `active` is true. */
export function useHoldIdleWork(active: boolean): void {
  useLayoutEffect(() => (active ? holdIdleWork() : undefined), [active]);
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
