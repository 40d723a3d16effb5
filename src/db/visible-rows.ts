/**
 * Recomputing visible rows from the server copy and the outbox (the rebase), and bringing the
 * derived actions in step with the plan rows that changed, incrementally. Used inside the sync
 * transactions (pull pages, push results, resets), always with bound tables.
 */
import type { Table } from 'dexie';
import { ENTITY_REGISTRY, type ScheduleImpact } from '@/domain/entities';
import { assertNever, type GroupId, type SchoolYearId, type TemplateId } from '@/domain/ids';
import { rematerializeIn, type RematerializeScope } from './materialize';
import { jsonEqual } from '@/domain/json-equal';
import { entriesOfRows, rowKey, type OutboxEntity, type OutboxEntry } from './outbox';
import { rebaseRow, type RowFields, type ServerRow } from './server-rows';
import { entityTable, type Tables } from './tx-tables';

/** One synced row, by entity and id. */
export interface EntityKey {
  readonly entity: OutboxEntity;
  readonly id: string;
}

/** A visible row that a recompute changed (null: absent). */
export interface VisibleChange extends EntityKey {
  readonly before: RowFields | null;
  readonly after: RowFields | null;
}

/** The visible table of an entity as plain fields, keyed by the row's id. */
function visibleTable(t: Tables, entity: OutboxEntity): Table<RowFields, string> {
  // Rows reach these tables only as server rows that the transport validated against the row
  // schemas, or as patches of the typed write functions, so they have the table's row type.
  return entityTable(t, entity) as unknown as Table<RowFields, string>;
}

/** The visible rows of `entity` with the given ids (undefined: not visible). */
export function visibleRows(
  t: Tables,
  entity: OutboxEntity,
  ids: readonly string[],
): Promise<(RowFields | undefined)[]> {
  return visibleTable(t, entity).bulkGet([...ids]);
}

/** The row without the fields the device keeps for itself, which the server never sends. */
function withoutLocalFields(entity: OutboxEntity, row: RowFields): RowFields {
  const local: readonly string[] = ENTITY_REGISTRY[entity].localFields;
  if (local.length === 0) return row;
  return Object.fromEntries(Object.entries(row).filter(([field]) => !local.includes(field)));
}

/** The keys of `keys` grouped by entity, each id once. */
function groupByEntity(keys: Iterable<EntityKey>): Map<OutboxEntity, string[]> {
  const grouped = new Map<OutboxEntity, Set<string>>();
  for (const { entity, id } of keys) {
    let ids = grouped.get(entity);
    if (!ids) grouped.set(entity, (ids = new Set()));
    ids.add(id);
  }
  return new Map([...grouped].map(([entity, ids]) => [entity, [...ids]]));
}

/**
 * Recomputes the visible row of each key as its server row plus the outstanding outbox entries
 * (rebaseRow), writes only those that differ, and returns what changed. A progress row that
 * changes gets `updatedAt` from the newest local entry applied, else `now`. `knownServerRows`
 * (by rowKey) are server copies the caller has just read or written, so they are not read again.
 */
export async function recomputeVisible(
  t: Tables,
  keys: Iterable<EntityKey>,
  now: () => number,
  knownServerRows: ReadonlyMap<string, ServerRow> = new Map(),
): Promise<VisibleChange[]> {
  const changes: VisibleChange[] = [];
  for (const [entity, ids] of groupByEntity(keys)) {
    const table = visibleTable(t, entity);
    const [servers, currents, entries] = await Promise.all([
      serverRowsOf(t, entity, ids, knownServerRows),
      table.bulkGet(ids),
      entriesOfRows(
        t,
        ids.map((id) => ({ entity, id })),
      ),
    ]);
    const entriesById = new Map<string, OutboxEntry[]>();
    for (const entry of entries) {
      const list = entriesById.get(entry.entityId) ?? [];
      list.push(entry);
      entriesById.set(entry.entityId, list);
    }
    const puts: RowFields[] = [];
    const deletes: string[] = [];
    ids.forEach((id, i) => {
      const server = servers[i];
      const current = currents[i] ?? null;
      const own = entriesById.get(id) ?? [];
      const next = rebaseRow(server, own);
      if (next === null) {
        if (current !== null) {
          deletes.push(id);
          changes.push({ entity, id, before: current, after: null });
        }
        return;
      }
      if (current !== null && jsonEqual(withoutLocalFields(entity, current), next)) return;
      let row = next;
      if (entity === 'progress') {
        const newest = own.filter((e) => e.status !== 'rejected').at(-1);
        row = { ...next, updatedAt: newest?.createdAt ?? now() };
      }
      puts.push(row);
      changes.push({ entity, id, before: current, after: next });
    });
    if (puts.length > 0) await table.bulkPut(puts);
    if (deletes.length > 0) await table.bulkDelete(deletes);
  }
  return changes;
}

/** The server copies of `ids`, from `known` where it has them, else read. */
async function serverRowsOf(
  t: Tables,
  entity: OutboxEntity,
  ids: readonly string[],
  known: ReadonlyMap<string, ServerRow>,
): Promise<(ServerRow | undefined)[]> {
  const rows = ids.map((id) => known.get(rowKey(entity, id)));
  const missing = ids.filter((_, i) => rows[i] === undefined);
  if (missing.length === 0) return rows;
  const read = await t.serverRows.bulkGet(
    missing.map((id): [OutboxEntity, string] => [entity, id]),
  );
  let next = 0;
  return rows.map((row) => row ?? read[next++]);
}

/**
 * Re-derives the actions the changed rows can affect, by each entity's declared schedule impact
 * (entities.ts): a school change, every year; a school year, that year; a template, its actions
 * in every year; a group, its class actions in its old and new year. Plan writes and sync writes
 * both come here. Returns how many actions were written and removed.
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
  for (const change of changes) {
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
