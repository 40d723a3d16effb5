/**
 * The pull side: applying one page of server changes (SYNC-NOTES §8.4 step 2) and the 410 reset.
 * A page is applied in one transaction together with its cursor, so a crash leaves either the
 * page and its cursor or neither, and a page applied twice gives the same state.
 */
import Dexie from 'dexie';
import { ENTITIES } from '@/domain/entities';
import { jsonEqual } from '@/domain/json-equal';
import type { Change, PullResponse, ReplacedWrite } from '@/domain/sync/protocol';
import { conflictId, type SyncConflict } from './conflicts';
import type { VuosikelloDb } from './database';
import { getMetaIn, putMetaIn } from './meta';
import {
  entriesWithStatus,
  rowKey,
  setEntryStatus,
  type OutboxEntity,
  type OutboxEntry,
} from './outbox';
import { putNotices } from './push-results';
import type { ServerRow } from './server-rows';
import { bindTables, entityTable, type Tables } from './tx-tables';
import {
  recomputeVisible,
  rematerializeForChanges,
  visibleRows,
  type EntityKey,
} from './visible-rows';

/** The fields of a pull answer that applying a page needs. */
export type PullPage = Pick<
  PullResponse,
  'dbEpoch' | 'changes' | 'cursor' | 'hasMore' | 'headSeq' | 'lastMutationId' | 'replaced'
>;

/** What applyPullPage did. */
export interface PullPageSummary {
  /** Server rows stored (changes not older than the stored copy). */
  readonly stored: number;
  /** Visible rows written or removed by the rebase. */
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
 * 2. the server copy takes each change (unless the stored copy is newer), and a value of an
 *    acked entry of this device that someone else replaced since becomes an `overwritten` notice;
 * 3. answered entries whose ackSeq the cursor has passed are deleted: mid-download only when
 *    the server copy of their row already includes them, at the end of a download all of them;
 * 4. each touched visible row is recomputed as server row + outstanding entries (the rebase), a
 *    tombstone removes it, and the derived actions of changed plan rows follow incrementally;
 * 5. the cursor, dbEpoch and headSeq are stored; a page without `hasMore` also stores
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

    const lost = (await entriesWithStatus(t, ['acked', 'rejected'])).filter(
      (e) => e.mutationId > page.lastMutationId,
    );
    if (lost.length > 0) {
      await setEntryStatus(
        t,
        lost.map((e) => e.mutationId),
        { status: 'pending', ackSeq: null },
      );
      touched.push(...lost.map(keyOf));
    }

    const { stored, copies } = await storeServerRows(t, page.changes);
    touched.push(...page.changes.map((c) => ({ entity: c.entity, id: c.id })));

    const dropped = await dropPassedEntries(t, page);
    touched.push(...dropped.map(keyOf));

    const bootstrapCompleted = !page.hasMore && (await getMetaIn(t, 'bootstrapping')) === true;
    if (bootstrapCompleted) touched.push(...(await rowsWithoutServerCopy(t)));

    const changes = await recomputeVisible(t, touched, now, copies);
    await rematerializeForChanges(t, changes);
    const notices = await replacedNotices(t, page.replaced ?? [], now);
    await putNotices(t, notices);

    await putMetaIn(t, 'cursor', page.cursor);
    await putMetaIn(t, 'dbEpoch', page.dbEpoch);
    await putMetaIn(t, 'headSeq', page.headSeq);
    if (!page.hasMore) await putMetaIn(t, 'lastSyncedAt', now());
    if (bootstrapCompleted) await t.meta.delete('bootstrapping');
    return {
      stored: stored.length,
      visibleChanged: changes.length,
      dropped: dropped.length,
      requeued: lost.length,
      conflicts: notices.length,
      bootstrapCompleted,
    };
  });
}

/**
 * Stores the changes not older than the stored copies. Returns each stored change with the copy
 * it replaced, and the server copy of every row of the page after the write (by rowKey).
 */
async function storeServerRows(
  t: Tables,
  changes: readonly Change[],
): Promise<{
  readonly stored: { readonly change: Change; readonly before: ServerRow | undefined }[];
  readonly copies: Map<string, ServerRow>;
}> {
  // Every stored copy came with a page whose cursor was stored in the same transaction, so a
  // change above the stored cursor is newer than any copy: only a replayed page needs reading.
  const cursor = (await getMetaIn(t, 'cursor')) ?? 0;
  const replayed = changes.filter((c) => c.seq <= cursor);
  const read = await t.serverRows.bulkGet(
    replayed.map((c): [OutboxEntity, string] => [c.entity, c.id]),
  );
  let next = 0;
  const befores = changes.map((c) => (c.seq <= cursor ? read[next++] : undefined));
  const copies = new Map<string, ServerRow>();
  const stored: { change: Change; before: ServerRow | undefined }[] = [];
  const rows: ServerRow[] = [];
  changes.forEach((change, i) => {
    const before = befores[i];
    const key = rowKey(change.entity, change.id);
    if (before !== undefined && change.seq < before.seq) {
      if (!copies.has(key)) copies.set(key, before);
      return;
    }
    const row: ServerRow = {
      entity: change.entity,
      id: change.id,
      data: change.data,
      fieldSeq: change.fieldSeq,
      seq: change.seq,
      deleted: change.deleted,
      updatedBy: change.updatedBy,
    };
    stored.push({ change, before });
    rows.push(row);
    const known = copies.get(key);
    if (known === undefined || row.seq >= known.seq) copies.set(key, row);
  });
  await t.serverRows.bulkPut(rows);
  return { stored, copies };
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
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

/**
 * Deletes the answered entries whose ackSeq the cursor has passed. Before the last page, an
 * acked entry goes only once the server copy of its row has reached its seq: the row may come in
 * a later page at a newer seq, and until then the entry keeps the visible row right.
 */
async function dropPassedEntries(t: Tables, page: PullPage): Promise<OutboxEntry[]> {
  const answered = (await entriesWithStatus(t, ['acked', 'rejected'])).filter(
    (e) => e.ackSeq !== null && e.ackSeq <= page.cursor,
  );
  let passed = answered;
  if (page.hasMore) {
    const servers = await t.serverRows.bulkGet(
      answered.map((e): [OutboxEntity, string] => [e.entity, e.entityId]),
    );
    passed = answered.filter(
      (e, i) => e.status === 'rejected' || (servers[i]?.seq ?? -1) >= (e.ackSeq ?? Infinity),
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

/** Visible synced rows that have no server copy (after a complete download from zero). */
async function rowsWithoutServerCopy(t: Tables): Promise<EntityKey[]> {
  const keys: EntityKey[] = [];
  for (const entity of ENTITIES) {
    const [visible, server] = await Promise.all([
      entityTable(t, entity).toCollection().primaryKeys(),
      t.serverRows
        .where('[entity+id]')
        .between([entity, Dexie.minKey], [entity, Dexie.maxKey])
        .primaryKeys(),
    ]);
    const known = new Set(server.map((k) => k[1]));
    for (const id of visible) if (!known.has(id)) keys.push({ entity, id });
  }
  return keys;
}

/**
 * After a 410 ResetRequired: forgets the server copy, the cursor and the epoch, and marks a
 * download from zero, in one transaction. The outbox is kept (never cleared on reset) and the
 * visible rows stay as they are until the new download has replaced them.
 */
export async function resetForResync(db: VuosikelloDb): Promise<void> {
  await db.transaction('rw', [db.serverRows, db.meta], async (tx) => {
    const t = bindTables(tx);
    await t.serverRows.clear();
    await t.meta.bulkDelete(['cursor', 'dbEpoch', 'headSeq']);
    await putMetaIn(t, 'bootstrapping', true);
  });
}
