/**
 * Recomputing visible rows from the server copy and the outbox (the rebase), and bringing the
 * derived schedules in step with the plan rows that changed, incrementally. Used inside the sync
 * transactions (pull pages, push results, resets) and the plan writes, always with bound tables.
 */
import { ENTITY_REGISTRY, unscheduledFields, type ScheduleImpact } from '@/domain/entities';
import { assertNever, type GroupId, type SchoolYearId, type TemplateId } from '@/domain/ids';
import { jsonEqual } from '@/domain/json-equal';
import { rematerializeIn, type RematerializeScope } from './materialize';
import {
  changedFields,
  entriesOfRows,
  rowKey,
  type OutboxEntity,
  type OutboxEntry,
} from './outbox';
import {
  serverCopiesOf,
  syncedFieldsOf,
  visibleTable,
  writeRows,
  type RowWrite,
  type ServerCopy,
  type StoredFields,
} from './server-copy';
import { rebaseRow, type RowFields } from './server-rows';
import type { Tables } from './tx-tables';

/** One synced row, by entity and id. */
export interface EntityKey {
  readonly entity: OutboxEntity;
  readonly id: string;
}

/** A visible row whose synced fields a recompute changed (null: absent). */
export interface VisibleChange extends EntityKey {
  readonly before: RowFields | null;
  readonly after: RowFields | null;
}

/** What a caller already knows of some rows of one entity, so they are not read again. */
export interface KnownRows {
  /** The stored visible rows (undefined: none). */
  readonly currents: ReadonlyMap<string, StoredFields | undefined>;
  /**
   * Rows whose stored state is not read at all: their new state does not depend on it (a copy
   * newer than any stored one), so they are written as recomputed, unread (pull-apply.ts).
   */
  readonly unread: ReadonlySet<string>;
  /** The server copies, including ones a pull page has just brought (undefined: none). */
  readonly copies: ReadonlyMap<string, ServerCopy | undefined>;
}

/** The visible rows of `entity` with the given ids (undefined: not visible). */
export function visibleRows(
  t: Tables,
  entity: OutboxEntity,
  ids: readonly string[],
): Promise<(StoredFields | undefined)[]> {
  return visibleTable(t, entity).bulkGet([...ids]);
}

/**
 * The visible rows of `entity` with the given ids, as a map (undefined: not visible). Many ids
 * of a small table (the plan during a download) are looked up in its keys first, so only the
 * rows that exist are read: a get per id costs as much as a put.
 */
export async function visibleRowsById(
  t: Tables,
  entity: OutboxEntity,
  ids: readonly string[],
): Promise<Map<string, StoredFields | undefined>> {
  const table = visibleTable(t, entity);
  let wanted = ids;
  if (ids.length > 8) {
    const keys = new Set(await table.toCollection().primaryKeys());
    wanted = ids.filter((id) => keys.has(id));
  }
  const rows = await table.bulkGet([...wanted]);
  const byId = new Map<string, StoredFields | undefined>(ids.map((id) => [id, undefined]));
  wanted.forEach((id, i) => byId.set(id, rows[i]));
  return byId;
}

/** The keys of `keys` grouped by entity, each id once. */
export function groupByEntity(keys: Iterable<EntityKey>): Map<OutboxEntity, string[]> {
  const grouped = new Map<OutboxEntity, Set<string>>();
  for (const { entity, id } of keys) {
    let ids = grouped.get(entity);
    if (!ids) grouped.set(entity, (ids = new Set()));
    ids.add(id);
  }
  return new Map([...grouped].map(([entity, ids]) => [entity, [...ids]]));
}

/** Reads what `known` lacks: the stored rows and server copies of `ids`. */
async function rowStates(
  t: Tables,
  entity: OutboxEntity,
  ids: readonly string[],
  known: KnownRows | undefined,
): Promise<{ currents: (StoredFields | undefined)[]; copies: (ServerCopy | undefined)[] }> {
  const unknown = known
    ? ids.filter((id) => !known.currents.has(id) && !known.unread.has(id))
    : ids;
  const read = unknown.length > 0 ? await visibleRows(t, entity, unknown) : [];
  const readById = new Map(unknown.map((id, i) => [id, read[i]]));
  const currents = ids.map((id) => (readById.has(id) ? readById.get(id) : known?.currents.get(id)));
  const index = new Map(ids.map((id, i) => [id, i]));
  const missing = ids.filter((id) => !known?.copies.has(id));
  const copiesRead = await serverCopiesOf(
    t,
    entity,
    missing,
    missing.map((id) => currents[index.get(id) as number]),
  );
  const copyById = new Map(missing.map((id, i) => [id, copiesRead[i]]));
  const copies = ids.map((id) => (copyById.has(id) ? copyById.get(id) : known?.copies.get(id)));
  return { currents, copies };
}

/**
 * Recomputes the visible row of each key as its server copy plus the outstanding outbox entries
 * (rebaseRow) and stores it through the one writer (server-copy.ts writeRows: the copy embedded
 * when the row equals it, else kept in serverRows). Returns the rows whose synced fields
 * changed (a row `known` leaves unread counts as changed, from null). A progress row that
 * changes gets `updatedAt` from the newest local entry applied, else `now`. `known` holds rows
 * the caller has read, and server copies a pull page brought; `outbox`, when given, is every
 * outbox entry (a caller that knows the outbox is empty saves reading it).
 */
export async function recomputeVisible(
  t: Tables,
  keys: Iterable<EntityKey>,
  now: () => number,
  known: ReadonlyMap<OutboxEntity, KnownRows> = new Map(),
  outbox?: readonly OutboxEntry[],
): Promise<VisibleChange[]> {
  const changes: VisibleChange[] = [];
  const grouped = groupByEntity(keys);
  // One read of the outbox for every row: it is short, a pull page is long.
  const entriesByRow = new Map<string, OutboxEntry[]>();
  const allKeys = [...grouped].flatMap(([entity, ids]) => ids.map((id) => ({ entity, id })));
  for (const entry of outbox ?? (await entriesOfRows(t, allKeys))) {
    const key = rowKey(entry.entity, entry.entityId);
    const list = entriesByRow.get(key);
    if (list) list.push(entry);
    else entriesByRow.set(key, [entry]);
  }
  // Entities are independent: their reads and writes go out together.
  const recomputeEntity = async (entity: OutboxEntity, ids: readonly string[]) => {
    const { currents, copies } = await rowStates(t, entity, ids, known.get(entity));
    const writes: RowWrite[] = [];
    const unread = known.get(entity)?.unread;
    ids.forEach((id, i) => {
      const current = currents[i];
      const copy = copies[i];
      const own = entriesByRow.get(rowKey(entity, id)) ?? [];
      const synced = rebaseRow(copy?.row, own);
      const blind = unread?.has(id) ?? false;
      const before = current === undefined ? null : syncedFieldsOf(entity, current);
      const changed =
        blind ||
        (synced === null ? before !== null : before === null || !jsonEqual(before, synced));
      if (changed) changes.push({ entity, id, before, after: synced });
      let next: RowFields | null = synced;
      if (synced !== null && entity === 'progress') {
        // Local metadata: kept while the row stands, renewed when its synced fields change.
        const newest = own.filter((e) => e.status !== 'rejected').at(-1)?.createdAt;
        const kept = current?.['updatedAt'];
        next = { ...synced, updatedAt: changed || kept === undefined ? (newest ?? now()) : kept };
      }
      writes.push({ id, current: blind ? 'unread' : current, copy, next, synced });
    });
    await writeRows(t, entity, writes);
  };
  await Promise.all([...grouped].map(([entity, ids]) => recomputeEntity(entity, ids)));
  return changes;
}

/**
 * Whether `change` can move a derived action: its entity derives schedules, and a row came or
 * went, or a field the scheduler reads changed (not only its unscheduledFields).
 */
export function movesSchedules(change: VisibleChange): boolean {
  if (ENTITY_REGISTRY[change.entity].schedules === 'none') return false;
  if (change.before === null || change.after === null) return true;
  const changed = changedFields(change.before, change.after);
  const unscheduled = unscheduledFields(change.entity);
  return changed !== null && Object.keys(changed).some((field) => !unscheduled.includes(field));
}

/**
 * Re-derives the schedules the changed rows can affect, by each entity's declared schedule impact
 * (entities.ts): a school change, every year; a school year, that year; a template, its actions
 * in every year (only the records whose content changes are written, e.g. the grade-3 classes'
 * for a grade-3 task); a group, its own schedule in its old and new year. Plan writes and sync
 * writes both come here. Returns how many schedule records were written and removed.
 */
export async function rematerializeForChanges(
  t: Tables,
  changes: readonly VisibleChange[],
): Promise<{ put: number; removed: number }> {
  const fullYears = new Set<SchoolYearId>();
  const templateIds = new Set<TemplateId>();
  const groupsByYear = new Map<SchoolYearId, Set<GroupId>>();
  let allYears = false;
  const yearsOf = (row: RowFields | null) =>
    row === null ? [] : [row['schoolYearId'] as SchoolYearId];
  const impacting = changes.filter(movesSchedules);
  if (impacting.length === 0) return { put: 0, removed: 0 };
  for (const change of impacting) {
    const impact: ScheduleImpact = ENTITY_REGISTRY[change.entity].schedules;
    switch (impact) {
      case 'everyYear':
        allYears = true;
        break;
      case 'ownYear':
        fullYears.add(change.id as SchoolYearId);
        break;
      case 'template':
        templateIds.add(change.id as TemplateId);
        break;
      case 'group':
        for (const year of [...yearsOf(change.before), ...yearsOf(change.after)]) {
          const set = groupsByYear.get(year) ?? new Set<GroupId>();
          set.add(change.id as GroupId);
          groupsByYear.set(year, set);
        }
        break;
      case 'none':
        break;
      default:
        assertNever(impact);
    }
  }
  const years = new Set<SchoolYearId>(await t.schoolYears.toCollection().primaryKeys());
  if (allYears) for (const year of years) fullYears.add(year);
  const scopes: RematerializeScope[] = [];
  for (const year of new Set([...years, ...fullYears, ...groupsByYear.keys()])) {
    if (fullYears.has(year)) {
      scopes.push({ schoolYearId: year });
      continue;
    }
    if (templateIds.size > 0 && years.has(year)) {
      scopes.push({ schoolYearId: year, templateIds: [...templateIds] });
    }
    const groups = groupsByYear.get(year);
    if (groups) scopes.push({ schoolYearId: year, groupIds: [...groups] });
  }
  let put = 0;
  let removed = 0;
  for (const scope of scopes) {
    const result = await rematerializeIn(t, scope);
    put += result.put;
    removed += result.removed;
  }
  return { put, removed };
}
