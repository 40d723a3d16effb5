/**
 * Retry delays after a network error or a 5xx: exponential, capped, with jitter so that many
 * clients cut off together do not come back together (CouchDB doubles from 0.25 s; we start at 1 s).
 */

export interface BackoffOptions {
  /** The delay before the first retry, before jitter. */
  readonly baseMs: number;
  /** The longest delay, before jitter. */
  readonly maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 1_000, maxMs: 60_000 };

/**
 * The delay before retry number `attempt` (0 for the first): `baseMs * 2^attempt`, capped at
 * `maxMs`, then scaled by a factor between 0.5 and 1 drawn from `random` (in [0, 1)).
 */
export function backoffDelay(attempt: number, random: () => number, options = DEFAULT_BACKOFF) {
  const exponential = Math.min(options.maxMs, options.baseMs * 2 ** Math.min(attempt, 30));
  return Math.round(exponential * (0.5 + random() / 2));
}
