/**
 * Pending outbox entries written by any code path in any tab (Dexie liveQuery over the outbox):
 * the syncing tab hears of writes it did not make itself.
 */
import { liveQuery } from 'dexie';
import type { VuosikelloDb } from '@/db/database';

/** Calls `onPending` whenever the outbox holds pending entries; returns the unsubscribe. */
export function watchPendingOutbox(db: VuosikelloDb, onPending: () => void): () => void {
  const subscription = liveQuery(() =>
    db.outbox.where('status').equals('pending').count(),
  ).subscribe({
    next: (pending) => {
      if (pending > 0) onPending();
    },
    // A closed database ends the watch; the poll timer still runs.
    error: () => {},
  });
  return () => subscription.unsubscribe();
}
