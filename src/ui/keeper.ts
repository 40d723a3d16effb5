import { keepEqual } from '@/db/keep-equal';

/**
 * A keeper: a function that returns each value it is given kept equal (keepEqual) to the one it
 * returned last, for a component to hold (useMemo) across renders and live-query runs.
 */
export function keeper<T>(): (next: T) => T {
  let previous: T | undefined;
  return (next) => (previous = keepEqual(previous, next));
}
