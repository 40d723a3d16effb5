/**
 * The push side of the outbox: which entries go next, marking them sent, and recording the
 * server's answer. Each write is one transaction over bound tables.
 */
import type { PushResult, StoredResult } from '@/domain/sync/protocol';
import { conflictId, type SyncConflict } from './conflicts';
import type { VuosikelloDb } from './database';
import { getMetaIn } from './meta';
import { setEntryStatus, type OutboxEntry, type OutboxStatus } from './outbox';
import { serverCopyOf } from './server-copy';
import { bindTables, type Tables } from './tx-tables';
import { recomputeVisible, rematerializeForChanges, type EntityKey } from './visible-rows';

/**
 * The oldest unanswered (pending or sent) entries, at most `limit`, in mutationId order. They are
 * consecutive: entries are pushed in order and every pushed one gets an answer, so the
 * unanswered ones are always the newest.
 */
export async function nextUnanswered(db: VuosikelloDb, limit: number): Promise<OutboxEntry[]> {
  const [sent, pending] = await Promise.all([
    db.outbox.where('status').equals('sent').first(),
    db.outbox.where('status').equals('pending').first(),
  ]);
  const first = Math.min(sent?.mutationId ?? Infinity, pending?.mutationId ?? Infinity);
  if (first === Infinity) return [];
  const entries = await db.outbox.where('mutationId').aboveOrEqual(first).limit(limit).toArray();
  const answered = entries.findIndex((e) => e.status === 'acked' || e.status === 'rejected');
  return answered === -1 ? entries : entries.slice(0, answered);
}

/**
 * Marks pending entries as sent before their push goes out, so that an entry whose answer never
 * came (a crash, a lost response) is known to be possibly applied; it is simply re-sent, and the
 * server answers `duplicate` if it had it.
 */
export async function markSent(db: VuosikelloDb, ids: readonly number[]): Promise<void> {
  await db.transaction('rw', db.outbox, async (tx) => {
    const t = bindTables(tx);
    const entries = await t.outbox.bulkGet([...ids]);
    const pending = entries.filter((e) => e?.status === 'pending').map((e) => e!.mutationId);
    await setEntryStatus(t, pending, { status: 'sent' });
  });
}

/** What recordPushResults did. */
export interface PushResultsSummary {
  readonly acked: number;
  readonly rejected: number;
  readonly conflicts: number;
}

/**
 * Records a push answer in one transaction:
 * - applied or duplicate: the entry is acked with `ackSeq` (its seq; 0 for a no-op; the answer's
 *   headSeq for a duplicate whose first result the server did not keep); values it replaced
 *   (`overwritten`) and an edit of a deleted row become conflict notices;
 * - rejected: the entry is marked rejected (kept until a pull passes it, like an acked one), a
 *   notice is recorded, and the visible row goes back to the server copy plus the remaining
 *   outstanding entries (the copy folds back into the row when none remain); the derived
 *   schedules follow.
 * Entries no longer in the outbox are skipped, so recording the same answer twice is harmless.
 */
export async function recordPushResults(
  db: VuosikelloDb,
  response: { readonly results: readonly PushResult[]; readonly headSeq: number },
  now: () => number = Date.now,
): Promise<PushResultsSummary> {
  return db.transaction('rw', db.tables, async (tx) => {
    const t = bindTables(tx);
    const clientId = (await getMetaIn(t, 'clientId')) ?? '';
    const entries = await t.outbox.bulkGet(response.results.map((r) => r.id));
    const notices: SyncConflict[] = [];
    const revert: EntityKey[] = [];
    let acked = 0;
    let rejected = 0;
    const updates: { key: number; changes: { status: OutboxStatus; ackSeq: number } }[] = [];
    for (const [i, result] of response.results.entries()) {
      const entry = entries[i];
      if (!entry) continue;
      const stored: StoredResult | null = result.status === 'duplicate' ? result.original : result;
      if (stored === null || stored.status === 'applied') {
        const ackSeq = stored === null ? response.headSeq : (stored.seq ?? 0);
        updates.push({ key: entry.mutationId, changes: { status: 'acked', ackSeq } });
        if (stored !== null) notices.push(...appliedNotices(entry, stored, clientId, now));
        acked += 1;
      } else {
        const changes = { status: 'rejected', ackSeq: response.headSeq } as const;
        updates.push({ key: entry.mutationId, changes });
        notices.push(await rejectedNotice(t, entry, stored, clientId, now));
        revert.push({ entity: entry.entity, id: entry.entityId });
        rejected += 1;
      }
    }
    if (updates.length > 0) await t.outbox.bulkUpdate(updates);
    await putNotices(t, notices);
    if (revert.length > 0) {
      const changes = await recomputeVisible(t, revert, now);
      await rematerializeForChanges(t, changes);
    }
    return { acked, rejected, conflicts: notices.length };
  });
}

/** Stores notices, keeping the `seen` flag of one recorded before. */
export async function putNotices(
  t: Pick<Tables, 'conflicts'>,
  notices: readonly SyncConflict[],
): Promise<void> {
  if (notices.length === 0) return;
  const existing = await t.conflicts.bulkGet(notices.map((n) => n.id));
  await t.conflicts.bulkPut(
    notices.map((n, i) => {
      const before = existing[i];
      return before ? { ...n, at: before.at, seen: before.seen } : n;
    }),
  );
}

/** The value an entry writes to `field`: its patch's, or the deleted flag a delete sets. */
function entryValue(entry: OutboxEntry, field: string): unknown {
  if (field === 'deleted') return entry.op === 'delete';
  return (entry.patch as Record<string, unknown> | null)?.[field];
}

function appliedNotices(
  entry: OutboxEntry,
  result: Extract<StoredResult, { status: 'applied' }>,
  clientId: string,
  now: () => number,
): SyncConflict[] {
  const base = {
    entity: entry.entity,
    entityId: entry.entityId,
    code: null,
    mutationId: entry.mutationId,
    at: now(),
    seen: 0,
  } as const;
  const notices: SyncConflict[] = Object.entries(result.overwritten ?? {}).map(([field, o]) => ({
    ...base,
    id: conflictId('overwrote', clientId, entry.mutationId, field),
    kind: 'overwrote',
    field,
    yourValue: entryValue(entry, field),
    otherValue: o.value,
    by: o.by,
  }));
  if (result.onTombstone) {
    notices.push({
      ...base,
      id: conflictId('editedDeleted', clientId, entry.mutationId, null),
      kind: 'editedDeleted',
      field: null,
      yourValue: entry.patch,
      otherValue: null,
      by: null,
    });
  }
  return notices;
}

async function rejectedNotice(
  t: Tables,
  entry: OutboxEntry,
  result: Extract<StoredResult, { status: 'rejected' }>,
  clientId: string,
  now: () => number,
): Promise<SyncConflict> {
  const server = await serverCopyOf(t, entry.entity, entry.entityId);
  let otherValue: unknown = null;
  if (server && !server.deleted) {
    const fields = entry.patch ? Object.keys(entry.patch) : Object.keys(server.data);
    otherValue = Object.fromEntries(
      fields.filter((f) => Object.hasOwn(server.data, f)).map((f) => [f, server.data[f]]),
    );
  }
  return {
    id: conflictId('rejected', clientId, entry.mutationId, null),
    kind: 'rejected',
    entity: entry.entity,
    entityId: entry.entityId,
    field: null,
    yourValue: entry.patch,
    otherValue,
    by: server?.updatedBy ?? null,
    code: result.code,
    mutationId: entry.mutationId,
    at: now(),
    seen: 0,
  };
}
