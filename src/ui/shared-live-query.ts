/**
 * A Dexie live query served by one subscription to every subscriber, keeping its latest result.
 * Started before the component that shows it mounts (the first screen's read runs while the
 * app's code and translations load), it hands that component its first result at once:
 * dexie-react-hooks' useObservable reads `getValue()` when it mounts, then follows the same
 * query instead of reading again. Like a live query, a new subscriber is told the latest result.
 */
import { liveQuery } from 'dexie';

interface Listener<T> {
  readonly next: (value: T) => void;
  readonly error: ((error: unknown) => void) | undefined;
}

export interface SharedLiveQuery<T> {
  hasValue(): boolean;
  getValue(): T | undefined;
  subscribe(next: (value: T) => void, error?: (error: unknown) => void): { unsubscribe(): void };
  /** Resolves at the first result or failure. */
  readonly settled: Promise<void>;
  /** Ends the query if no one subscribes to it (one started early that no view took over). */
  release(): void;
}

/** Something that tells its values (or a failure) once opened; opening returns how to stop it. */
export type Source<T> = (observer: {
  next(value: T): void;
  error(error: unknown): void;
}) => () => void;

/**
 * Starts `querier` as a live query now. It runs until the last of its subscribers leaves (and
 * again when one subscribes after that).
 */
export function sharedLiveQuery<T>(querier: () => Promise<T>): SharedLiveQuery<T> {
  return sharedSource((observer) => {
    const subscription = liveQuery(querier).subscribe(observer);
    return () => subscription.unsubscribe();
  });
}

/** Opens `open` now, shared as sharedLiveQuery shares a live query (a watch, for one). */
export function sharedSource<T>(open: Source<T>): SharedLiveQuery<T> {
  const listeners = new Set<Listener<T>>();
  let latest: { readonly value: T } | null = null;
  let failure: { readonly error: unknown } | null = null;
  let close: (() => void) | null = null;
  let settle = () => {};
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const stop = () => {
    close?.();
    close = null;
  };
  const start = () => {
    close = open({
      next(value) {
        latest = { value };
        failure = null;
        settle();
        for (const listener of [...listeners]) listener.next(value);
      },
      error(error: unknown) {
        failure = { error };
        settle();
        for (const listener of [...listeners]) listener.error?.(error);
      },
    });
  };
  start();
  return {
    hasValue: () => latest !== null,
    getValue: () => latest?.value,
    settled,
    subscribe(next, error) {
      const listener: Listener<T> = { next, error };
      listeners.add(listener);
      if (close === null) start();
      // What came before this subscriber is told to it at once, as a live query's new
      // subscription would: useObservable reads getValue() when it renders but subscribes after,
      // and a first result that arrives in between must not be lost.
      else if (failure !== null) error?.(failure.error);
      else if (latest !== null) next(latest.value);
      return {
        unsubscribe() {
          listeners.delete(listener);
          if (listeners.size === 0) stop();
        },
      };
    },
    release() {
      if (listeners.size === 0) stop();
    },
  };
}

/**
 * A live query whose first result was read already (the first screen's, before Dexie's connection
 * was open: src/db/raw-read.ts): its first opening tells `first` at once and starts `querier` only
 * when `catchUp` runs it (which returns how to cancel that); a later opening starts it at once.
 */
export function seededLiveQuery<T>(
  first: T,
  querier: () => Promise<T>,
  catchUp: (run: () => void) => () => void,
): SharedLiveQuery<T> {
  let seed: { readonly value: T } | null = { value: first };
  return sharedSource((observer) => {
    let subscription: { unsubscribe(): void } | null = null;
    const live = () => {
      subscription = liveQuery(querier).subscribe(observer);
    };
    if (seed === null) {
      live();
      return () => subscription?.unsubscribe();
    }
    observer.next(seed.value);
    seed = null;
    const cancel = catchUp(live);
    return () => {
      cancel();
      subscription?.unsubscribe();
    };
  });
}
