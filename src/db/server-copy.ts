/**
 * Where the server copy of a synced row lives, decided here and nowhere else (docs/data-model.md,
 * "The server copy").
 *
 * A visible row that holds exactly what the server last sent carries the server's metadata
 * embedded under `$server` (seq, fieldSeq, updatedBy): it IS the server copy, so a pulled row is
 * written once. `serverRows` holds only what a visible row cannot: the server copy of a row that
 * differs from it (outstanding local entries; the local write path moves the embedded copy there
 * before it changes the row, copy-on-write) and tombstones. When a row holds the server's values
 * again, its copy folds back into it.
 *
 * An embedded copy counts only in the current generation (meta `serverGeneration`): a 410 reset
 * or a new identity forgets every copy by clearing `serverRows` and moving the generation on,
 * without rewriting a row.
 *
 * `$server` is not a model field: it never reaches an outbox patch, a comparison of rows or a
 * row a caller saves (syncedFieldsOf, withoutStamp).
 */
import Dexie, { type Table } from 'dexie';
import { ENTITY_REGISTRY } from '@/domain/entities';
import { jsonEqual } from '@/domain/json-equal';
import { getMetaIn, putMetaIn } from './meta';
import type { OutboxEntity } from './outbox';
import type { RowFields, ServerRow } from './server-rows';
import { entityTable, type Tables } from './tx-tables';

/** The server's metadata of a row, embedded in the visible row that equals the server's. */
export interface ServerStamp {
  readonly seq: number;
  readonly fieldSeq: Readonly<Record<string, number>>;
  readonly updatedBy: string | null;
  /** The meta `serverGeneration` it was written in; an older one is forgotten. */
  readonly generation: number;
}

/** The reserved field of the stamp; no model field starts with '$'. */
export const SERVER_STAMP = '$server';

/** A row as a visible table stores it: its fields and, when it is the server copy, the stamp. */
export type Stamped<Row> = Row & { readonly $server?: ServerStamp };

/** A visible row as plain fields, possibly stamped. */
export type StoredFields = Stamped<RowFields>;

/** The row without the stamp (what a typed write stores before deciding on a stamp). */
export function withoutStamp<Row extends object>(row: Stamped<Row>): Row {
  if (!Object.hasOwn(row, SERVER_STAMP)) return row;
  const fields: Record<string, unknown> = { ...row };
  delete fields[SERVER_STAMP];
  return fields as Row; // the same row without an optional field it may not have had
}

/** The fields of a row that sync: neither the stamp nor the entity's local fields. */
export function syncedFieldsOf(entity: OutboxEntity, row: object): RowFields {
  const local: readonly string[] = ENTITY_REGISTRY[entity].localFields;
  if (local.length === 0 && !Object.hasOwn(row, SERVER_STAMP)) return row as RowFields;
  const fields: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) {
    if (field !== SERVER_STAMP && !local.includes(field)) fields[field] = value;
  }
  return fields;
}

/** The visible table of an entity as plain stored fields, keyed by the row's id. */
export function visibleTable(t: Tables, entity: OutboxEntity): Table<StoredFields, string> {
  // Rows reach these tables only as server rows that the transport validated against the row
  // schemas, or through the typed write functions, so they have the table's row type.
  return entityTable(t, entity) as unknown as Table<StoredFields, string>;
}

/** The server copy of a row and where it is stored. */
export interface ServerCopy {
  readonly row: ServerRow;
  /** A serverRows record exists for the row (it may hold an older copy when `fresh`). */
  readonly inTable: boolean;
  /** Not stored yet: a copy a pull page has just brought. */
  readonly fresh: boolean;
}

/**
 * The generation read in a transaction, by its bound tables: it changes only through
 * forgetServerCopies (which updates it here), and a readwrite transaction over meta excludes
 * any other writer, so a pull page reads it once instead of once per entity.
 */
const generations = new WeakMap<object, number>();

/** The current generation of embedded copies. */
export async function serverGeneration(t: Pick<Tables, 'meta'>): Promise<number> {
  const known = generations.get(t);
  if (known !== undefined) return known;
  const generation = (await getMetaIn(t, 'serverGeneration')) ?? 0;
  generations.set(t, generation);
  return generation;
}

/** Notes the generation a caller has read from meta in the transaction `t` is bound to. */
export function knowServerGeneration(t: Pick<Tables, 'meta'>, generation: number | undefined) {
  generations.set(t, generation ?? 0);
}

/** The server copy embedded in `row`, if it has one of `generation`. */
function embeddedCopy(
  entity: OutboxEntity,
  id: string,
  row: StoredFields | undefined,
  generation: number,
): ServerRow | undefined {
  const stamp = row?.$server;
  if (stamp === undefined || stamp.generation !== generation) return undefined;
  return {
    entity,
    id,
    data: syncedFieldsOf(entity, row as StoredFields),
    fieldSeq: stamp.fieldSeq,
    seq: stamp.seq,
    deleted: false,
    updatedBy: stamp.updatedBy,
  };
}

/** The ids of `entity` that have a serverRows record. */
export async function idsInServerRows(
  t: Pick<Tables, 'serverRows'>,
  entity: OutboxEntity,
): Promise<Set<string>> {
  const keys = await t.serverRows
    .where('[entity+id]')
    .between([entity, Dexie.minKey], [entity, Dexie.maxKey])
    .primaryKeys();
  return new Set(keys.map((k) => k[1]));
}

/** The ids among `ids` that have a serverRows record. */
export async function idsWithServerRows(
  t: Pick<Tables, 'serverRows'>,
  entity: OutboxEntity,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length <= 8) {
    const found = await t.serverRows.bulkGet(ids.map((id): [OutboxEntity, string] => [entity, id]));
    return new Set(ids.filter((_, i) => found[i] !== undefined));
  }
  // The table is small (rows with outstanding entries, tombstones): reading its keys of the
  // entity is cheaper than looking up every id of a pull page one by one.
  return idsInServerRows(t, entity);
}

/**
 * The server copies of `ids` of `entity`: a serverRows record if there is one, else the copy
 * embedded in the visible row (of the current generation), else undefined. `currents` are the
 * visible rows of `ids` when the caller has read them already.
 */
export async function serverCopiesOf(
  t: Tables,
  entity: OutboxEntity,
  ids: readonly string[],
  currents?: readonly (StoredFields | undefined)[],
): Promise<(ServerCopy | undefined)[]> {
  if (ids.length === 0) return [];
  const [generation, inTable, rows] = await Promise.all([
    serverGeneration(t),
    idsWithServerRows(t, entity, ids),
    currents ?? visibleTable(t, entity).bulkGet([...ids]),
  ]);
  const tableIds = ids.filter((id) => inTable.has(id));
  const records = await t.serverRows.bulkGet(
    tableIds.map((id): [OutboxEntity, string] => [entity, id]),
  );
  const byId = new Map(tableIds.map((id, i) => [id, records[i]]));
  return ids.map((id, i) => {
    const record = byId.get(id);
    if (record !== undefined) return { row: record, inTable: true, fresh: false };
    const embedded = embeddedCopy(entity, id, rows[i], generation);
    return embedded && { row: embedded, inTable: false, fresh: false };
  });
}

/** The server copy of one row (see serverCopiesOf), or undefined. */
export async function serverCopyOf(
  t: Tables,
  entity: OutboxEntity,
  id: string,
): Promise<ServerRow | undefined> {
  return (await serverCopiesOf(t, entity, [id]))[0]?.row;
}

/**
 * Copy-on-write, before a local write changes or deletes the visible row `current`: an embedded
 * server copy moves into serverRows (the row is about to differ from it). Returns the row's
 * server copy wherever it is, for the outbox entry's `base`.
 */
export async function detachServerCopy(
  t: Tables,
  entity: OutboxEntity,
  id: string,
  current: StoredFields | undefined,
): Promise<ServerRow | undefined> {
  const [copy] = await serverCopiesOf(t, entity, [id], [current]);
  if (copy !== undefined && !copy.inTable) await t.serverRows.put(copy.row);
  return copy?.row;
}

/** A visible row to store, with what it was and its server copy. */
export interface RowWrite {
  readonly id: string;
  /** The stored row now (undefined: none; 'unread': not known, written as it is). */
  readonly current: StoredFields | undefined | 'unread';
  readonly copy: ServerCopy | undefined;
  /** The row's new fields (its synced and local fields), or null: not visible. */
  readonly next: RowFields | null;
  /** The synced fields of `next` (to compare with the server copy). */
  readonly synced: RowFields | null;
}

function stampOf(server: ServerRow, generation: number): ServerStamp {
  return {
    seq: server.seq,
    fieldSeq: server.fieldSeq,
    updatedBy: server.updatedBy,
    generation,
  };
}

/**
 * The one writer of visible rows and server copies. A row whose synced fields equal its server
 * copy is stored with the copy embedded, and its serverRows record (if any) goes: the copy folds
 * back. Any other row is stored without a stamp, and its server copy (if any) kept in serverRows.
 * A row not visible is deleted; its copy (a tombstone, or the row a local delete removed) stays
 * in serverRows. Only what differs from the stored state is written.
 */
export async function writeRows(
  t: Tables,
  entity: OutboxEntity,
  writes: readonly RowWrite[],
): Promise<void> {
  if (writes.length === 0) return;
  const generation = await serverGeneration(t);
  const puts: StoredFields[] = [];
  const deletes: string[] = [];
  const copyPuts: ServerRow[] = [];
  const copyDeletes: [OutboxEntity, string][] = [];
  for (const { id, current, copy, next, synced } of writes) {
    const server = copy?.row;
    const embed =
      server !== undefined &&
      !server.deleted &&
      synced !== null &&
      (synced === server.data || jsonEqual(synced, server.data));
    if (next === null) {
      if (current !== undefined) deletes.push(id);
    } else {
      const stored: StoredFields = embed ? { ...next, $server: stampOf(server, generation) } : next;
      if (current === undefined || current === 'unread' || !jsonEqual(current, stored)) {
        puts.push(stored);
      }
    }
    if (embed) {
      if (copy?.inTable) copyDeletes.push([entity, id]);
    } else if (server !== undefined && (!copy?.inTable || copy.fresh)) {
      copyPuts.push(server);
    }
  }
  const table = visibleTable(t, entity);
  await Promise.all([
    puts.length > 0 && table.bulkPut(puts),
    deletes.length > 0 && table.bulkDelete(deletes),
    copyPuts.length > 0 && t.serverRows.bulkPut(copyPuts),
    copyDeletes.length > 0 && t.serverRows.bulkDelete(copyDeletes),
  ]);
}

/**
 * Forgets every server copy (after a 410 reset, or for a new identity): clears serverRows and
 * moves the generation on, which retires every embedded copy without rewriting its row.
 */
export async function forgetServerCopies(t: Pick<Tables, 'serverRows' | 'meta'>): Promise<void> {
  await t.serverRows.clear();
  const next = (await serverGeneration(t)) + 1;
  await putMetaIn(t, 'serverGeneration', next);
  generations.set(t, next);
}

/** Whether `row` carries a server copy of the current `generation`. */
export function hasCurrentCopy(row: StoredFields, generation: number): boolean {
  return row.$server?.generation === generation;
}
