/**
 * How a push or pull phase ended, for the run that composes them: done, a reset the run answers
 * by downloading again from zero, or a failure that ends the run.
 */
import { retryLater, syncFailureOf, type SyncFailure } from './sync-failure';
import type { SyncErrorKind } from './sync-state';
import type { TransportFailure } from './transport';

export type PhaseOutcome =
  | { readonly kind: 'ok' }
  /** 410: the server's copy is not the one this device follows; pull again from zero. */
  | { readonly kind: 'reset' }
  | { readonly kind: 'failed'; readonly failure: SyncFailure };

/**
 * Recoveries (a gap, a renumbering, a reset) per phase or run: more means the server and this
 * device keep disagreeing, and looping would only hammer the server; the run fails and backs off.
 */
export const MAX_RECOVERIES = 3;

export const PHASE_OK: PhaseOutcome = { kind: 'ok' };
export const PHASE_RESET: PhaseOutcome = { kind: 'reset' };

/** A phase ended by `error`, retried later. */
export function phaseFailed(error: SyncErrorKind): PhaseOutcome {
  return { kind: 'failed', failure: retryLater(error) };
}

/** A phase ended by a transport failure it could not recover from. */
export function phaseFailedBy(failure: TransportFailure): PhaseOutcome {
  return { kind: 'failed', failure: syncFailureOf(failure) };
}
