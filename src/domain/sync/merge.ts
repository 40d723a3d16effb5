/**
 * Field-level last-writer-wins in server order (SYNC-NOTES §8.3), as a pure function: the server
 * applies it inside its transaction, and a client can use it to predict the server's answer.
 * Nothing here looks at a clock: order is the server sequence alone.
 */
import { DELETED_FIELD, keyField, type Entity } from '../entities';
import { jsonEqual } from '../json-equal';

/** A JSON object: a row's fields, or a patch. */
export type Fields = Readonly<Record<string, unknown>>;
/** The server sequence at which each field (and the `deleted` pseudo-field) was last written. */
export type FieldSeq = Readonly<Record<string, number>>;

/** A row as the server stores it. `data` holds the whole model row, key field included. */
export interface StoredRow {
  readonly data: Fields;
  readonly fieldSeq: FieldSeq;
  readonly deleted: boolean;
  /** The sequence of the row's latest change: the pull cursor. */
  readonly seq: number;
}

export const MUTATION_OPS = ['create', 'patch', 'delete', 'undelete'] as const;
export type MutationOp = (typeof MUTATION_OPS)[number];

/** A validated mutation, as the merge needs it. `patch` never holds the key field. */
export interface MergeMutation {
  readonly entity: Entity;
  readonly entityId: string;
  readonly op: MutationOp;
  /** create: the whole row but its key; patch: the changed fields; delete, undelete: empty. */
  readonly patch: Fields;
  /** The fieldSeq the client last saw for each field it writes; a missing field counts as 0. */
  readonly base: FieldSeq;
}

/** A value this write replaced that the writer had not seen (its base was older). */
export interface Overwritten {
  readonly value: unknown;
  readonly seq: number;
}

export type MergeOutcome =
  /** The row to store, at `newSeq`. */
  | {
      readonly kind: 'write';
      readonly row: StoredRow;
      readonly overwritten: Readonly<Record<string, Overwritten>>;
      /** A patch that landed on a deleted row: stored, but the row stays deleted. */
      readonly onTombstone: boolean;
    }
  /** Nothing to change (delete of a missing or deleted row, an empty patch...): no new seq. */
  | { readonly kind: 'noop' }
  /** A patch or undelete of a row that does not exist. */
  | { readonly kind: 'notFound' };

/**
 * Applies `m` to `current` (null when the server has no such row) as the write at `newSeq`.
 * - create: a new row; on an existing row it acts as a patch that also undeletes it;
 * - patch: sets each field and its fieldSeq to `newSeq`; on a deleted row the values are kept
 *   but the row stays deleted (`onTombstone`);
 * - delete: a tombstone (fields kept, so undelete restores them); no-op when missing or deleted;
 * - undelete: clears the tombstone; no-op when not deleted.
 * A field (or `deleted`) whose stored fieldSeq is newer than the mutation's base and whose value
 * changes is reported in `overwritten`: a concurrent write the client had not seen lost.
 */
export function applyMutation(
  current: StoredRow | null,
  m: MergeMutation,
  newSeq: number,
): MergeOutcome {
  switch (m.op) {
    case 'create':
      return current === null ? createRow(m, newSeq) : patchRow(current, m, newSeq, false);
    case 'patch':
      if (current === null) return { kind: 'notFound' };
      if (Object.keys(m.patch).length === 0) return { kind: 'noop' };
      return patchRow(current, m, newSeq, current.deleted);
    case 'delete':
      if (current === null || current.deleted) return { kind: 'noop' };
      return {
        kind: 'write',
        row: {
          ...current,
          deleted: true,
          fieldSeq: { ...current.fieldSeq, [DELETED_FIELD]: newSeq },
          seq: newSeq,
        },
        overwritten: {},
        onTombstone: false,
      };
    case 'undelete':
      if (current === null) return { kind: 'notFound' };
      if (!current.deleted) return { kind: 'noop' };
      return {
        kind: 'write',
        row: {
          ...current,
          deleted: false,
          fieldSeq: { ...current.fieldSeq, [DELETED_FIELD]: newSeq },
          seq: newSeq,
        },
        overwritten: overwrittenDeleted(current, m),
        onTombstone: false,
      };
  }
}

function createRow(m: MergeMutation, newSeq: number): MergeOutcome {
  const fieldSeq: Record<string, number> = { [DELETED_FIELD]: newSeq };
  for (const field of Object.keys(m.patch)) fieldSeq[field] = newSeq;
  return {
    kind: 'write',
    row: {
      data: { [keyField(m.entity)]: m.entityId, ...m.patch },
      fieldSeq,
      deleted: false,
      seq: newSeq,
    },
    overwritten: {},
    onTombstone: false,
  };
}

/** Patches `current`; `keepDeleted` for a patch on a tombstone, which stays one. */
function patchRow(
  current: StoredRow,
  m: MergeMutation,
  newSeq: number,
  keepDeleted: boolean,
): MergeOutcome {
  const data: Record<string, unknown> = { ...current.data };
  const fieldSeq: Record<string, number> = { ...current.fieldSeq };
  const overwritten: Record<string, Overwritten> = {};
  for (const [field, value] of Object.entries(m.patch)) {
    const storedSeq = current.fieldSeq[field];
    if (
      storedSeq !== undefined &&
      storedSeq > (m.base[field] ?? 0) &&
      Object.hasOwn(current.data, field) &&
      !jsonEqual(current.data[field], value)
    ) {
      overwritten[field] = { value: current.data[field], seq: storedSeq };
    }
    data[field] = value;
    fieldSeq[field] = newSeq;
  }
  let deleted = current.deleted;
  if (m.op === 'create' && current.deleted) {
    // The creator wants the row to exist: a create resurrects a tombstone.
    Object.assign(overwritten, overwrittenDeleted(current, m));
    deleted = false;
    fieldSeq[DELETED_FIELD] = newSeq;
  }
  return {
    kind: 'write',
    row: { data, fieldSeq, deleted, seq: newSeq },
    overwritten,
    onTombstone: keepDeleted,
  };
}

/** The tombstone as an overwritten value, when the writer had not seen the delete. */
function overwrittenDeleted(current: StoredRow, m: MergeMutation): Record<string, Overwritten> {
  const seq = current.fieldSeq[DELETED_FIELD] ?? 0;
  return seq > (m.base[DELETED_FIELD] ?? 0) ? { [DELETED_FIELD]: { value: true, seq } } : {};
}
