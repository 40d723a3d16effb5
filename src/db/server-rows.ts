/**
 * The server copy: the last row the server sent for each entity and id (RxDB's "assumed master",
 * Dexie Cloud's base), and the rebase that derives a visible row from it. The visible tables
 * always hold the server row with this device's not-yet-included outbox entries applied on top,
 * in mutationId order (SYNC-NOTES §8.4).
 */
import type { OutboxEntity, OutboxEntry } from './outbox';

/** One row as the server last sent it (a pull change), kept for rebasing and for `base`. */
export interface ServerRow {
  readonly entity: OutboxEntity;
  readonly id: string;
  /** The whole model row, key field included; a tombstone keeps its data. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly fieldSeq: Readonly<Record<string, number>>;
  /** The seq of the row's latest change. */
  readonly seq: number;
  readonly deleted: boolean;
  /** The username of the last writer ('system' for rows the server wrote itself). */
  readonly updatedBy: string | null;
}

/** The primary key of serverRows: `[entity, id]`. */
export type ServerRowKey = [OutboxEntity, string];

/** A synced row as plain fields (what the visible tables hold, without local metadata). */
export type RowFields = Readonly<Record<string, unknown>>;

/** A typed row seen as plain fields (a model interface has no index signature). */
export function fieldsOf(row: object): RowFields;
export function fieldsOf(row: object | null): RowFields | null;
export function fieldsOf(row: object | null): RowFields | null {
  return row as RowFields | null;
}

/**
 * Whether `entry` still has to be applied on top of `server`: pending and sent entries always;
 * acked ones until the server copy has reached their seq (then the server row includes them,
 * and re-applying them could undo a later write by someone else); rejected ones never.
 */
export function isOutstanding(entry: OutboxEntry, server: ServerRow | undefined): boolean {
  switch (entry.status) {
    case 'pending':
    case 'sent':
      return true;
    case 'acked':
      return server === undefined || entry.ackSeq === null || entry.ackSeq > server.seq;
    case 'rejected':
      return false;
  }
}

/**
 * The visible row of one entity and id: the server row (null when the server has none or it is
 * a tombstone) with the outstanding entries applied in mutationId order, the way the server will
 * merge them: a create writes its fields over the row (and brings back a tombstone with its
 * stored fields), a patch writes its fields over an existing row and does nothing to a missing
 * one, a delete removes the row. Null when the row is not visible.
 */
export function rebaseRow(
  server: ServerRow | undefined,
  entries: readonly OutboxEntry[],
): RowFields | null {
  let row: RowFields | null = server && !server.deleted ? server.data : null;
  const outstanding = entries
    .filter((e) => isOutstanding(e, server))
    .sort((a, b) => a.mutationId - b.mutationId);
  for (const entry of outstanding) {
    const patch = (entry.patch ?? {}) as RowFields;
    switch (entry.op) {
      case 'create':
        row = { ...(row ?? server?.data ?? {}), ...patch };
        break;
      case 'patch':
        if (row !== null) row = { ...row, ...patch };
        break;
      case 'delete':
        row = null;
        break;
    }
  }
  return row;
}
