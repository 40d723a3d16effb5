/**
 * The pull side: applying one page of server changes (SYNC-NOTES §8.4 step 2) and the 410 reset.
 * A page is applied in one transaction together with its cursor, so a crash leaves either the
 * page and its cursor or neither, and a page applied twice gives the same state.
 */
import Dexie from 'dexie';
import { jsonEqual } from '@/domain/json-equal';
import type { Change, PullResponse } from '@/domain/sync/protocol';
import { conflictId, type SyncConflict } from './conflicts';
import type { VuosikelloDb } from './database';
import { getMetaIn, putMetaIn } from './meta';
import {
  entriesOfRows,
  entriesWithStatus,
  rowKey,
  setEntryStatus,
  type OutboxEntity,
  type OutboxEntry,
} from './outbox';
import { entryValue, putNotices } from './push-results';
import type { ServerRow } from './server-rows';
import { bindTables, type Tables } from './tx-tables';
import { recomputeVisible, rematerializeForChanges, type EntityKey } from './visible-rows';

/** The fields of a pull answer that applying a page needs. */
export type PullPage = Pick<
  PullResponse,
  'dbEpoch' | 'changes' | 'cursor' | 'hasMore' | 'headSeq' | 'lastMutationId'
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

const SYNCED_ENTITIES: readonly OutboxEntity[] = [
  'organization',
  'school',
  'schoolYear',
  'group',
  'theme',
  'template',
  'progress',
];

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
    const notices = await overwrittenNotices(t, stored, now);
    await putNotices(t, notices);

    const dropped = await dropPassedEntries(t, page);
    touched.push(...dropped.map(keyOf));

    const bootstrapCompleted = !page.hasMore && (await getMetaIn(t, 'bootstrapping')) === true;
    if (bootstrapCompleted) touched.push(...(await rowsWithoutServerCopy(t)));

    const changes = await recomputeVisible(t, touched, now, copies);
    await rematerializeForChanges(t, changes);

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
 * Notices for values of this device's acked entries that someone else replaced before this device
 * had pulled them back: the field's fieldSeq is newer than the entry's ackSeq, no later entry of
 * this device writes the field, and the value differs. The other writer may have seen the value
 * (the protocol does not say), so this is "someone changed what you just did"; the precise report
 * of a value replaced unseen goes to its writer, as `overwrote`.
 */
async function overwrittenNotices(
  t: Tables,
  stored: readonly { readonly change: Change }[],
  now: () => number,
): Promise<SyncConflict[]> {
  if (stored.length === 0) return [];
  const clientId = (await getMetaIn(t, 'clientId')) ?? '';
  const entries = await entriesOfRows(
    t,
    stored.map(({ change }) => ({ entity: change.entity, id: change.id })),
  );
  const notices: SyncConflict[] = [];
  for (const { change } of stored) {
    const own = entries
      .filter((e) => e.entity === change.entity && e.entityId === change.id)
      .sort((a, b) => a.mutationId - b.mutationId);
    // The last entry of this device that writes each field: an older one's value is not lost
    // when a newer one of ours replaced it.
    const lastWriter = new Map<string, number>();
    for (const e of own) {
      if (e.status === 'rejected') continue;
      for (const field of fieldsOf(e)) lastWriter.set(field, e.mutationId);
    }
    for (const entry of own) {
      if (entry.status !== 'acked' || entry.ackSeq === null || entry.ackSeq === 0) continue;
      for (const field of noticeableFields(entry)) {
        const fieldSeq = change.fieldSeq[field];
        if (fieldSeq === undefined || fieldSeq <= entry.ackSeq) continue;
        if ((lastWriter.get(field) ?? 0) > entry.mutationId) continue;
        const theirs = field === 'deleted' ? change.deleted : change.data[field];
        if (jsonEqual(theirs, entryValue(entry, field))) continue;
        notices.push({
          id: conflictId('overwritten', clientId, entry.mutationId, field),
          kind: 'overwritten',
          entity: entry.entity,
          entityId: entry.entityId,
          field,
          yourValue: entryValue(entry, field),
          otherValue: theirs,
          by: change.updatedBy,
          code: null,
          mutationId: entry.mutationId,
          at: now(),
          seen: 0,
        });
      }
    }
  }
  return notices;
}

/** The fields an entry writes: its patch's (key fields never change), or `deleted`. */
function fieldsOf(entry: OutboxEntry): string[] {
  if (entry.op === 'delete') return ['deleted'];
  return Object.keys(entry.patch ?? {}).filter((f) => f !== 'id' && f !== 'actionId');
}

/**
 * The fields whose replacement is worth a notice: a create carries the whole row, and a field it
 * left empty (an empty note...) was not something the user wrote.
 */
function noticeableFields(entry: OutboxEntry): string[] {
  const patch = (entry.patch ?? {}) as Record<string, unknown>;
  return fieldsOf(entry).filter((f) => entry.op !== 'create' || !isEmptyValue(patch[f]));
}

function isEmptyValue(value: unknown): boolean {
  return value === '' || value === null || (Array.isArray(value) && value.length === 0);
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
  const tables = {
    organization: t.organizations,
    school: t.schools,
    schoolYear: t.schoolYears,
    group: t.groups,
    theme: t.themes,
    template: t.templates,
    progress: t.progress,
  } as const;
  for (const entity of SYNCED_ENTITIES) {
    const [visible, server] = await Promise.all([
      tables[entity].toCollection().primaryKeys(),
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
