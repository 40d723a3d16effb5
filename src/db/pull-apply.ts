/**
 * The pull side: applying one page of server changes (SYNC-NOTES §8.4 step 2) and the 410 reset.
 * A page is applied in one transaction together with its cursor, so a crash leaves either the
 * page and its cursor or neither, and a page applied twice gives the same state. A received row
 * that this device has no outstanding change of is written once: as the visible row with the
 * server copy embedded (server-copy.ts).
 */
import { ENTITY_REGISTRY } from '@/domain/entities';
import { jsonEqual } from '@/domain/json-equal';
import type { Change, PullResponse, ReplacedWrite } from '@/domain/sync/protocol';
import { conflictId, type SyncConflict } from './conflicts';
import type { VuosikelloDb } from './database';
import { beginDownloadFromZero, rowsLeftBehind } from './download';
import { deriveEveryYear } from './materialize';
import { getMetaIn, putMetaIn } from './meta';
import {
  entriesWithStatus,
  rowKey,
  setEntryStatus,
  type OutboxEntity,
  type OutboxEntry,
} from './outbox';
import { putNotices } from './push-results';
import {
  forgetServerCopies,
  knowServerGeneration,
  serverCopiesOf,
  type ServerCopy,
} from './server-copy';
import { bindTables, type Tables } from './tx-tables';
import {
  recomputeVisible,
  rematerializeForChanges,
  visibleRows,
  visibleRowsById,
  type EntityKey,
  type KnownRows,
  type VisibleChange,
} from './visible-rows';

/** The fields of a pull answer that applying a page needs. */
export type PullPage = Pick<
  PullResponse,
  'dbEpoch' | 'changes' | 'cursor' | 'hasMore' | 'headSeq' | 'lastMutationId' | 'replaced'
>;

/** What applyPullPage did. */
export interface PullPageSummary {
  /** Server copies taken (changes newer than the stored copy). */
  readonly stored: number;
  /** Visible rows whose synced fields were written or removed by the rebase. */
  readonly visibleChanged: number;
  /** Answered outbox entries deleted because the cursor passed them. */
  readonly dropped: number;
  /** Answered entries sent back to pending because the server no longer knows them. */
  readonly requeued: number;
  readonly conflicts: number;
  /** True when this page completed a first download (or a re-download after a reset). */
  readonly bootstrapCompleted: boolean;
}

const keyOf = (e: OutboxEntry): EntityKey => ({ entity: e.entity, id: e.entityId });

/**
 * Applies one pull page in one transaction:
 * 1. answered entries above the page's `lastMutationId` go back to pending: the server lost
 *    them (a restored database) and they must be pushed again;
 * 2. each change becomes the row's server copy (unless the stored copy is newer);
 * 3. answered entries whose ackSeq the cursor has passed are deleted: mid-download only when
 *    the server copy of their row already includes them, at the end of a download all of them;
 * 4. each touched visible row is recomputed as server copy + outstanding entries (the rebase)
 *    and stored by the one writer: with its copy embedded when it equals it (a received row is
 *    then written once), else with the copy kept in serverRows; a tombstone removes the row;
 * 5. the schedules of changed plan rows follow: incrementally, except during a first download,
 *    where pages with plan rows only mark them stale and they are derived once, as a whole, on
 *    the first page after them that brings no plan rows (or the last page);
 * 6. a value of an acked entry of this device that someone else replaced since becomes an
 *    `overwritten` notice;
 * 7. the cursor, dbEpoch and headSeq are stored; a page without `hasMore` also stores
 *    lastSyncedAt and, when a download from zero ends, removes visible rows that neither the
 *    server nor the outbox holds (the local sample, or rows from before a reset).
 */
export async function applyPullPage(
  db: VuosikelloDb,
  page: PullPage,
  now: () => number = Date.now,
): Promise<PullPageSummary> {
  return db.transaction('rw', db.tables, async (tx) => {
    const t = bindTables(tx);
    const touched: EntityKey[] = [];
    // The bookkeeping a page needs, in one read, whether the outbox is empty (a first download
    // usually meets an empty one, which then needs no further read) and which rows have a
    // serverRows record (a short table: its keys at once).
    const [[cursor, bootstrapping, stale, generation], outboxSize, serverRowKeys] =
      await Promise.all([
        t.meta.bulkGet(['cursor', 'bootstrapping', 'schedulesStale', 'serverGeneration']),
        t.outbox.count(),
        t.serverRows.toCollection().primaryKeys(),
      ]);
    knowServerGeneration(t, generation?.key === 'serverGeneration' ? generation.value : undefined);
    const downloading = bootstrapping?.key === 'bootstrapping' && bootstrapping.value;
    const bootstrapCompleted = downloading && !page.hasMore;
    // The page's own bookkeeping depends on nothing below: asked for now, it is written while
    // the rows are (requests of a transaction run in order; the commit waits for all of them).
    const bookkept = Promise.all([
      t.meta.bulkPut([
        { key: 'cursor', value: page.cursor },
        { key: 'dbEpoch', value: page.dbEpoch },
        { key: 'headSeq', value: page.headSeq },
        ...(page.hasMore ? [] : [{ key: 'lastSyncedAt', value: now() } as const]),
      ]),
      bootstrapCompleted && t.meta.delete('bootstrapping'),
    ]);
    // Awaited below; a failure before then aborts the transaction, which this one then reports.
    bookkept.catch(() => {});
    const outboxEmpty = outboxSize === 0;
    const staleSchedules = stale?.key === 'schedulesStale' && stale.value;
    // The page that derives a download's schedules (see followSchedules) reads the plan while
    // its rows are written when nothing it writes can change the plan: no plan rows, no outbox
    // entries to rebase, not the end of a download (which removes rows left behind).
    const derived =
      staleSchedules &&
      outboxEmpty &&
      !bootstrapCompleted &&
      page.changes.every((c) => ENTITY_REGISTRY[c.entity].schedules === 'none')
        ? deriveEveryYear(t)
        : null;
    derived?.catch(() => {});
    const answered = outboxEmpty ? [] : await entriesWithStatus(t, ['acked', 'rejected']);
    const lost = answered.filter((e) => e.mutationId > page.lastMutationId);
    if (lost.length > 0) {
      await setEntryStatus(
        t,
        lost.map((e) => e.mutationId),
        { status: 'pending', ackSeq: null },
      );
      touched.push(...lost.map(keyOf));
    }

    const { known, stored } = await takeServerCopies(
      t,
      page.changes,
      cursor?.key === 'cursor' ? cursor.value : 0,
      downloading,
      new Set(serverRowKeys.map(([entity, id]) => rowKey(entity, id))),
    );
    touched.push(...page.changes.map((c) => ({ entity: c.entity, id: c.id })));

    const kept = answered.filter((e) => e.mutationId <= page.lastMutationId);
    const dropped = await dropPassedEntries(t, page, kept, known);
    touched.push(...dropped.map(keyOf));

    if (bootstrapCompleted) {
      touched.push(...(await rowsLeftBehind(t, (entity) => known.get(entity)?.copies)));
    }

    const changes = await recomputeVisible(t, touched, now, known, outboxEmpty ? [] : undefined);
    await followSchedules(
      t,
      changes,
      { downloading, last: !page.hasMore },
      staleSchedules,
      derived,
    );
    const notices = await replacedNotices(t, page.replaced ?? [], now);
    await Promise.all([putNotices(t, notices), bookkept]);
    return {
      stored,
      visibleChanged: changes.length,
      dropped: dropped.length,
      requeued: lost.length,
      conflicts: notices.length,
      bootstrapCompleted,
    };
  });
}

/**
 * The page's rows as the recompute needs them: each change as the row's server copy, unless the
 * stored copy is as new or newer (a replayed page, or a copy a later page brought already), and
 * the stored visible rows (`inTable`: the rows, by rowKey, that have a serverRows record). A
 * change above the stored cursor is newer than any stored copy (each copy came with a page whose
 * cursor was stored with it), so its visible row is that copy plus this device's outstanding
 * entries whatever the row was: for an entity no schedule depends on (progress, most of a
 * download) the stored row is not even read. Nothing is written here.
 */
async function takeServerCopies(
  t: Tables,
  changes: readonly Change[],
  cursor: number,
  downloading: boolean,
  inTable: ReadonlySet<string>,
): Promise<{ known: Map<OutboxEntity, KnownRows>; stored: number }> {
  // The entities' reads go out together: they are independent, and each waits on IndexedDB.
  const taken = await Promise.all(
    [...groupBy(changes, (c) => c.entity)].map(([entity, list]) =>
      takeCopiesOf(t, entity, list, { cursor, downloading, inTable }),
    ),
  );
  return {
    known: new Map(taken.map(({ entity, rows }) => [entity, rows])),
    stored: taken.reduce((n, { stored }) => n + stored, 0),
  };
}

/**
 * takeServerCopies for the changes of one entity. Rows above the cursor are not read when what
 * changed of them decides nothing: an entity no schedule depends on, or any entity during a
 * download from zero (its schedules are derived as a whole once the plan is in).
 */
async function takeCopiesOf(
  t: Tables,
  entity: OutboxEntity,
  list: readonly Change[],
  page: { cursor: number; downloading: boolean; inTable: ReadonlySet<string> },
): Promise<{ entity: OutboxEntity; rows: KnownRows; stored: number }> {
  const { cursor, downloading } = page;
  const newest = new Map<string, Change>();
  for (const change of list) {
    const other = newest.get(change.id);
    if (other === undefined || change.seq > other.seq) newest.set(change.id, change);
  }
  const ids = [...newest.keys()];
  const replayed = ids.filter((id) => (newest.get(id) as Change).seq <= cursor);
  const blind = downloading || ENTITY_REGISTRY[entity].schedules === 'none';
  const readIds = blind ? replayed : ids;
  const currentById =
    readIds.length > 0 ? await visibleRowsById(t, entity, readIds) : new Map<string, undefined>();
  const existing =
    replayed.length > 0
      ? await serverCopiesOf(
          t,
          entity,
          replayed,
          replayed.map((id) => currentById.get(id)),
        )
      : [];
  const existingById = new Map(replayed.map((id, i) => [id, existing[i]]));
  const copies = new Map<string, ServerCopy | undefined>();
  let stored = 0;
  for (const id of ids) {
    const change = newest.get(id) as Change;
    const before = existingById.get(id);
    if (before !== undefined && change.seq <= before.row.seq) {
      copies.set(id, before);
      continue;
    }
    stored += 1;
    const { data, fieldSeq, seq, deleted, updatedBy } = change;
    copies.set(id, {
      row: { entity, id, data, fieldSeq, seq, deleted, updatedBy },
      inTable: page.inTable.has(rowKey(entity, id)),
      fresh: true,
    });
  }
  const unread = new Set(ids.filter((id) => !currentById.has(id)));
  return { entity, rows: { currents: currentById, unread, copies }, stored };
}

/**
 * Brings the schedules in step with the changed rows. During a download from zero a page with
 * plan rows only marks the schedules stale (meta `schedulesStale`); the first page without plan
 * rows, or the last page, derives every year once, as a whole (`derived`: that derivation,
 * started early). Otherwise what the changed plan rows touch is re-derived incrementally.
 */
async function followSchedules(
  t: Tables,
  changes: readonly VisibleChange[],
  page: { readonly downloading: boolean; readonly last: boolean },
  stale: boolean,
  derived: ReturnType<typeof deriveEveryYear> | null,
): Promise<void> {
  const planChanged = changes.some((c) => ENTITY_REGISTRY[c.entity].schedules !== 'none');
  if (page.downloading && planChanged && !page.last) {
    if (!stale) await putMetaIn(t, 'schedulesStale', true);
    return;
  }
  if (stale || (page.downloading && planChanged)) {
    const write = await (derived ?? deriveEveryYear(t));
    await Promise.all([write(), stale && t.meta.delete('schedulesStale')]);
    return;
  }
  if (planChanged) await rematerializeForChanges(t, changes);
}

/**
 * Notices of this device's writes that someone else's later write replaced without having seen
 * them, as the server reports them (`replaced`), unless the visible row holds the value again
 * (a later write of ours, or of someone else, restored it).
 */
async function replacedNotices(
  t: Tables,
  replaced: readonly ReplacedWrite[],
  now: () => number,
): Promise<SyncConflict[]> {
  if (replaced.length === 0) return [];
  const clientId = (await getMetaIn(t, 'clientId')) ?? '';
  const notices: SyncConflict[] = [];
  for (const [entity, records] of groupBy(replaced, (r) => r.entity)) {
    const rows = await visibleRows(
      t,
      entity,
      records.map((r) => r.id),
    );
    records.forEach((r, i) => {
      const row = rows[i];
      const current = r.field === 'deleted' ? row === undefined : row?.[r.field];
      if (jsonEqual(current, r.yourValue)) return;
      notices.push({
        id: conflictId('overwritten', clientId, r.mutationId, r.field),
        kind: 'overwritten',
        entity,
        entityId: r.id,
        field: r.field,
        yourValue: r.yourValue,
        otherValue: r.theirValue,
        by: r.by,
        code: null,
        mutationId: r.mutationId,
        at: now(),
        seen: 0,
      });
    });
  }
  return notices;
}

function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/**
 * Deletes the answered entries (of `answered`) whose ackSeq the cursor has passed. Before the
 * last page, an acked entry goes only once the server copy of its row (this page's, or the
 * stored one) has reached its seq: the row may come in a later page at a newer seq, and until
 * then the entry keeps the visible row right.
 */
async function dropPassedEntries(
  t: Tables,
  page: PullPage,
  answered: readonly OutboxEntry[],
  known: ReadonlyMap<OutboxEntity, KnownRows>,
): Promise<OutboxEntry[]> {
  let passed = answered.filter((e) => e.ackSeq !== null && e.ackSeq <= page.cursor);
  if (page.hasMore) {
    const seqs = new Map<string, number>();
    for (const [entity, entries] of groupBy(passed, (e) => e.entity)) {
      const copies = known.get(entity)?.copies;
      const unknown = [...new Set(entries.map((e) => e.entityId))].filter((id) => !copies?.has(id));
      const read = await serverCopiesOf(t, entity, unknown);
      unknown.forEach((id, i) => seqs.set(`${entity}:${id}`, read[i]?.row.seq ?? -1));
      for (const [id, copy] of copies ?? []) seqs.set(`${entity}:${id}`, copy?.row.seq ?? -1);
    }
    passed = passed.filter(
      (e) =>
        e.status === 'rejected' ||
        (seqs.get(`${e.entity}:${e.entityId}`) ?? -1) >= (e.ackSeq ?? Infinity),
    );
  }
  // Answered entries are mostly a run of consecutive ids: delete by key range, one request per run.
  const ids = passed.map((e) => e.mutationId).sort((a, b) => a - b);
  for (let i = 0; i < ids.length;) {
    let j = i;
    while (j + 1 < ids.length && ids[j + 1] === ids[j]! + 1) j += 1;
    await t.outbox.where('mutationId').between(ids[i]!, ids[j]!, true, true).delete();
    i = j + 1;
  }
  return passed;
}

/**
 * After a 410 ResetRequired: forgets every server copy (serverRows cleared, embedded copies
 * retired by a new generation), the cursor and the epoch, and marks a download from zero, in one
 * transaction. The outbox is kept (never cleared on reset) and the visible rows stay as they are
 * until the new download has replaced them.
 */
export async function resetForResync(db: VuosikelloDb): Promise<void> {
  await db.transaction('rw', db.tables, async (tx) => {
    const t = bindTables(tx);
    await forgetServerCopies(t);
    await t.meta.bulkDelete(['cursor', 'dbEpoch', 'headSeq']);
    await beginDownloadFromZero(t);
  });
}
