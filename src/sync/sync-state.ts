/**
 * What the UI is told about sync, and the small store the engine keeps it in: every change is a
 * new immutable state handed to each listener.
 */

/** Why sync is not working right now; the UI translates it. */
export type SyncErrorKind =
  /** 401: the session is gone. Everything is kept; sync resumes after sign-in (resume()). */
  | 'signInRequired'
  /** 426: this app version is too old for the server. The outbox is kept for the updated app. */
  | 'updateRequired'
  /** 403: this account may not sync this organization (e.g. an admin account). */
  | 'forbidden'
  /** The server could not be reached; retrying with backoff. */
  | 'network'
  /** The server failed (5xx); retrying with backoff. */
  | 'server'
  /** The server's answer did not match the protocol; retrying with backoff. */
  | 'invalidResponse'
  /** A single change is larger than the server accepts (413). */
  | 'tooLarge'
  /** The server refused a request as malformed: a bug of this app; retrying with backoff. */
  | 'badRequest'
  /** The local database failed (quota, a closed database...); retrying with backoff. */
  | 'storage';

/** Progress of a download from zero (first connection, or after a server reset). */
export interface FirstDownload {
  /** Rows received so far by this tab. */
  readonly pulled: number;
  /** The cursor reached: compare with headSeq for a percentage. */
  readonly cursor: number;
  readonly headSeq: number;
}

/** What the UI shows about sync. */
export interface SyncState {
  /** A server is configured (false: local mode, nothing to sync). */
  readonly connected: boolean;
  /** The browser is online and the last request reached the server. */
  readonly online: boolean;
  /** This tab runs the sync loop (the others only watch the database). */
  readonly leader: boolean;
  /** A sync run is in progress. */
  readonly running: boolean;
  /** Epoch ms of the last pull that reached the server's head. */
  readonly lastSyncedAt: number | null;
  readonly error: SyncErrorKind | null;
  /** When the next retry after an error is due (epoch ms). */
  readonly retryAt: number | null;
  /** Set while downloading from zero. */
  readonly firstDownload: FirstDownload | null;
}

/** The state of an engine that has not run yet (and of local mode). */
export const INITIAL_SYNC_STATE: SyncState = {
  connected: false,
  online: true,
  leader: false,
  running: false,
  lastSyncedAt: null,
  error: null,
  retryAt: null,
  firstDownload: null,
};

export interface SyncStateStore {
  get(): SyncState;
  /** Merges `patch` into the state and tells every listener, when it changes anything. */
  update(patch: Partial<SyncState>): void;
  /** Calls `listener` with every new state; returns the unsubscribe function. */
  subscribe(listener: (state: SyncState) => void): () => void;
}

/** A store starting at `initial`. */
export function createSyncStateStore(initial: SyncState): SyncStateStore {
  let state = initial;
  const listeners = new Set<(state: SyncState) => void>();
  return {
    get: () => state,
    update(patch) {
      const keys = Object.keys(patch) as (keyof SyncState)[];
      // A pull's every page reports here: most change nothing, and then nothing re-renders.
      if (keys.every((key) => Object.is(state[key], patch[key]))) return;
      state = { ...state, ...patch };
      for (const listener of listeners) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
