/**
 * The local outbox: one entry per plan or progress change, written in the same IndexedDB
 * transaction as the change (SYNC-NOTES §8.4). The sync engine pushes entries in mutationId order
 * and removes one only after the server has acknowledged it and a pull has passed it.
 */
import type { Entity, RowOf } from '@/domain/entities';
import { jsonEqual } from '@/domain/json-equal';
import { ROW_SCHEMA_VERSION } from './schema-version';
import type { ServerRow } from './server-rows';
import type { Tables } from './tx-tables';

/** The entity of an outbox entry: every synced entity (entities.ts); derived actions never are. */
export type OutboxEntity = Entity;

export const OUTBOX_OPS = ['create', 'patch', 'delete'] as const;
export type OutboxOp = (typeof OUTBOX_OPS)[number];

/**
 * pending: not yet pushed; sent: pushed, no answer yet (re-sent after a crash or failure);
 * acked/rejected: the server's answer. An answered entry stays until a pull has passed its
 * `ackSeq`, then it is deleted.
 */
export const OUTBOX_STATUSES = ['pending', 'sent', 'acked', 'rejected'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/**
 * A field-level patch of one entity. `create` carries the whole row, `patch` only the changed
 * fields, `delete` none. Progress patches leave out `updatedAt`: it is local sync metadata, and
 * the entry's `createdAt` already says when the change was made.
 */
export type OutboxPatch<E extends OutboxEntity> = Partial<RowOf<E>>;

/** One mutation; `mutationId` is gapless and strictly increasing per database (= per clientId). */
export type OutboxEntry = {
  [E in OutboxEntity]: {
    readonly mutationId: number;
    readonly entity: E;
    readonly entityId: string;
    readonly op: OutboxOp;
    readonly patch: OutboxPatch<E> | null;
    readonly status: OutboxStatus;
    /** Epoch ms of the local change (informational; ordering is by mutationId). */
    readonly createdAt: number;
    /** The row schema the patch is written in (ROW_SCHEMA_VERSION), so a later version can migrate or reject it. */
    readonly schemaVersion: number;
    /**
     * The server fieldSeq this device had seen, when it made the change, of each field the
     * entry writes (and of `deleted`); a field the server copy lacks is left out (counts as 0).
     * The server reports a concurrent value it replaced when the stored fieldSeq is newer.
     */
    readonly base: Readonly<Record<string, number>>;
    /**
     * Acked: the seq the server gave the change (0 when it changed nothing); rejected: the
     * server's headSeq when it answered. The entry is deleted once a pull passes it.
     */
    readonly ackSeq: number | null;
  };
}[OutboxEntity];

/** Epoch milliseconds; passed in so tests control it. */
export type Clock = () => number;

/**
 * Allocates the next mutationId by incrementing meta `nextMutationId`. Must run inside the rw
 * transaction that writes the change: an aborted transaction rolls the counter back with it, so
 * ids stay gapless, and IndexedDB serializes overlapping rw transactions, so they never repeat.
 */
export async function allocateMutationId(t: Pick<Tables, 'meta'>): Promise<number> {
  const row = await t.meta.get('nextMutationId');
  const next = row?.key === 'nextMutationId' ? row.value : 1;
  await t.meta.put({ key: 'nextMutationId', value: next + 1 });
  return next;
}

/**
 * Appends a pending outbox entry in the transaction `t` is bound to; returns its mutationId. Its
 * `base` comes from `server`, the row's server copy read in the same transaction (detachServerCopy
 * in server-copy.ts), undefined when this device has seen none.
 */
export async function appendOutbox<E extends OutboxEntity>(
  t: Pick<Tables, 'meta' | 'outbox'>,
  change: {
    readonly entity: E;
    readonly entityId: string;
    readonly op: OutboxOp;
    readonly patch: OutboxPatch<E> | null;
  },
  server: ServerRow | undefined,
  now: Clock,
): Promise<number> {
  const mutationId = await allocateMutationId(t);
  const base: Record<string, number> = {};
  if (server) {
    const fields = [...Object.keys(change.patch ?? {}), 'deleted'];
    for (const field of fields) {
      const seq = server.fieldSeq[field];
      if (seq !== undefined) base[field] = seq;
    }
  }
  const entry = {
    mutationId,
    entity: change.entity,
    entityId: change.entityId,
    op: change.op,
    patch: change.patch,
    status: 'pending',
    createdAt: now(),
    schemaVersion: ROW_SCHEMA_VERSION,
    base,
    ackSeq: null,
  } as OutboxEntry; // a correlated union: TypeScript cannot follow E through the mapped type
  await t.outbox.add(entry);
  return mutationId;
}

/**
 * The fields of `after` that differ from `before` (deep comparison), or null when none do. Give
 * it synced fields only (syncedFieldsOf in server-copy.ts): whatever it returns is pushed.
 */
export function changedFields<T extends object>(before: T, after: T): Partial<T> | null {
  const patch: Partial<T> = {};
  let changed = false;
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof T>;
  for (const key of keys) {
    if (!jsonEqual(before[key], after[key])) {
      patch[key] = after[key];
      changed = true;
    }
  }
  return changed ? patch : null;
}

/*
 * Reads and updates of many entries. They avoid Dexie's index `anyOf`, which steps through an
 * index key by key: fake-indexeddb (the tests' IndexedDB) does each step in linear time, which
 * made draining thousands of entries take minutes.
 */

/** The entries with any of `statuses`, one index read per status. */
export async function entriesWithStatus(
  t: Pick<Tables, 'outbox'>,
  statuses: readonly OutboxStatus[],
): Promise<OutboxEntry[]> {
  const lists = await Promise.all(
    statuses.map((status) => t.outbox.where('status').equals(status).toArray()),
  );
  return lists.flat();
}

/**
 * The entries of the given rows, in mutation id order. Asking about more rows than the outbox
 * holds (a pull page against a short outbox, the usual case) reads the outbox once and filters;
 * otherwise one index read per row.
 */
export async function entriesOfRows(
  t: Pick<Tables, 'outbox'>,
  keys: readonly { readonly entity: OutboxEntity; readonly id: string }[],
): Promise<OutboxEntry[]> {
  if (keys.length === 0) return [];
  if ((await t.outbox.count()) <= keys.length) {
    const wanted = new Set(keys.map(({ entity, id }) => rowKey(entity, id)));
    return (await t.outbox.toArray()).filter((e) => wanted.has(rowKey(e.entity, e.entityId)));
  }
  const lists = await Promise.all(
    keys.map(({ entity, id }) =>
      t.outbox.where('[entity+entityId]').equals([entity, id]).toArray(),
    ),
  );
  return lists.flat().sort((a, b) => a.mutationId - b.mutationId);
}

/** One string per synced row, for sets and maps. */
export function rowKey(entity: OutboxEntity, id: string): string {
  return `${entity}\u0000${id}`;
}

/** Sets the status (and ackSeq) of the entries with the given ids. */
export async function setEntryStatus(
  t: Pick<Tables, 'outbox'>,
  ids: readonly number[],
  changes: { readonly status: OutboxStatus; readonly ackSeq?: number | null },
): Promise<void> {
  if (ids.length === 0) return;
  await t.outbox.bulkUpdate(ids.map((key) => ({ key, changes })));
}
