/**
 * One tab per browser syncs (SYNC-NOTES §5): the one holding the Web Lock of the database. The
 * lock is held for as long as that tab's engine runs; the next tab in line takes over when it is
 * released (the engine stops or the tab closes).
 */
import type { LockManagerLike } from './environment';

/** The lock's name for database `dbName`: one per database, shared by its tabs. */
function syncLockName(dbName: string): string {
  return `vuosikello-sync:${dbName}`;
}

/**
 * Asks for the sync lock of `dbName`; `onGranted` runs when this tab gets it. Returns the release,
 * which also withdraws a request not yet granted (`onGranted` then never runs).
 */
export function requestLeadership(
  locks: LockManagerLike,
  dbName: string,
  onGranted: () => void,
): () => void {
  let released = false;
  let release: (() => void) | null = null;
  void locks
    .request(syncLockName(dbName), () => {
      if (!released) onGranted();
      return new Promise<void>((resolve) => {
        release = resolve;
        if (released) resolve();
      });
    })
    .catch(() => {});
  return () => {
    released = true;
    release?.();
  };
}
