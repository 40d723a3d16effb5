/**
 * Sync conflicts kept for the UI: changes of this device that the server refused, or that met a
 * concurrent change of someone else. Nothing is discarded silently (SYNC-NOTES §3): the server's
 * mutation log keeps every value, and this table tells the user about the ones that concern them.
 */
import type { VuosikelloDb } from './database';
import type { OutboxEntity } from './outbox';

/**
 * - rejected: the server refused your change (`code` says why); your copy went back to the
 *   server's row, and `otherValue` is what the server keeps for those fields.
 * - overwrote: your change replaced a value you had not seen (`otherValue`, written by `by`);
 *   yours won.
 * - overwritten: a later change by `by` replaced your value with `otherValue`; theirs won.
 * - editedDeleted: you edited a row that had been deleted: your values are stored on the server,
 *   but the row stays deleted.
 */
export const CONFLICT_KINDS = ['rejected', 'overwrote', 'overwritten', 'editedDeleted'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

/** One notice. */
export interface SyncConflict {
  /** Deterministic (`kind:clientId:mutationId:field`), so recording it again changes nothing. */
  readonly id: string;
  readonly kind: ConflictKind;
  readonly entity: OutboxEntity;
  readonly entityId: string;
  /** The field concerned, or null when the whole change is (rejected, editedDeleted). */
  readonly field: string | null;
  /** Your value of `field`; for a whole change your patch (null for a delete). */
  readonly yourValue: unknown;
  /** The other value: the one you replaced, the one that replaced yours, or the server's. */
  readonly otherValue: unknown;
  /** Who wrote the other value (a username), when known. */
  readonly by: string | null;
  /** Why the server refused the change (a RejectionCode of the protocol), for rejected. */
  readonly code: string | null;
  /** The outbox entry it came from. */
  readonly mutationId: number;
  /** Epoch ms on this device when it was recorded. */
  readonly at: number;
  /** 1 once the user has seen it (a number: IndexedDB cannot index booleans). */
  readonly seen: 0 | 1;
}

/** The id of a conflict notice; the same inputs always give the same id. */
export function conflictId(
  kind: ConflictKind,
  clientId: string,
  mutationId: number,
  field: string | null,
): string {
  return `${kind}:${clientId}:${mutationId}:${field ?? ''}`;
}

/** Conflict notices, newest first; only the unseen ones with `unseenOnly`. */
export async function listConflicts(
  db: VuosikelloDb,
  options: { readonly unseenOnly?: boolean } = {},
): Promise<SyncConflict[]> {
  const rows = options.unseenOnly
    ? await db.conflicts.where('seen').equals(0).toArray()
    : await db.conflicts.toArray();
  return rows.sort((a, b) => b.at - a.at || b.mutationId - a.mutationId);
}

/** How many notices the user has not seen yet. */
export async function unseenConflictCount(db: VuosikelloDb): Promise<number> {
  return db.conflicts.where('seen').equals(0).count();
}

/** Marks the given notices (all when `ids` is omitted) as seen, in one transaction. */
export async function markConflictsSeen(db: VuosikelloDb, ids?: readonly string[]): Promise<void> {
  await db.transaction('rw', db.conflicts, async (tx) => {
    const table = tx.table<SyncConflict, string>('conflicts');
    const keys = ids ?? (await table.where('seen').equals(0).primaryKeys());
    for (const id of keys) await table.update(id, { seen: 1 });
  });
}
