/**
 * What a failure means (docs/sync-protocol.md §12): the error the UI shows, and whether sync
 * pauses until the user acts (sign in again, update the app) or retries by itself with backoff.
 * Nothing here drops an outbox entry: every failure keeps them all.
 */
import type { SyncErrorKind } from './sync-state';
import type { TransportFailure } from './transport';

/** A failed run, as the UI and the scheduler see it. */
export interface SyncFailure {
  readonly error: SyncErrorKind;
  /** True: wait for resume() (the same request would get the same answer); false: back off. */
  readonly pause: boolean;
}

/** A failure the engine retries by itself after a backoff delay. */
export function retryLater(error: SyncErrorKind): SyncFailure {
  return { error, pause: false };
}

/**
 * The meaning of a transport failure that the phases did not recover from. 401, 403 and 426
 * pause; a network error, a 5xx, a 429, an invalid answer, a 413 of a single change and a
 * request the server found malformed (a gap or a reset past its recovery included) back off.
 */
export function syncFailureOf(failure: TransportFailure): SyncFailure {
  switch (failure.kind) {
    case 'unauthorized':
      return { error: 'signInRequired', pause: true };
    case 'updateRequired':
      return { error: 'updateRequired', pause: true };
    case 'forbidden':
      return { error: 'forbidden', pause: true };
    case 'network':
      return retryLater('network');
    case 'server':
    case 'rateLimited':
      return retryLater('server');
    case 'invalidResponse':
      return retryLater('invalidResponse');
    case 'tooLarge':
      return retryLater('tooLarge');
    case 'gap':
    case 'reset':
    case 'badRequest':
      return retryLater('badRequest');
  }
}
