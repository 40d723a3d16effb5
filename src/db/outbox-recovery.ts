/**
 * Recovering the outbox when the server's idea of this client differs from ours
 * (docs/sync-protocol.md §8, §11): a gap (re-send from `expected`), a server that lost
 * acknowledged mutations in a restore, or a clientId that belongs to another user.
 */
import type { VuosikelloDb } from './database';
import { putMetaIn } from './meta';
import { entriesWithStatus, setEntryStatus, type OutboxEntry } from './outbox';
import { randomUuid } from './random-id';
import { bindTables, type Tables } from './tx-tables';
import { recomputeVisible, rematerializeForChanges } from './visible-rows';

/**
 * After `409 MutationGap {expected}`: sends every entry from `expected` on again, answered ones
 * included (the server does not have them), in one transaction. Returns 'missing' and changes
 * nothing when the outbox no longer holds entry `expected`: the server lost mutations that this
 * device already dropped, and only a new clientId can go on (renumberOutbox).
 */
export async function requeueFrom(
  db: VuosikelloDb,
  expected: number,
  now: () => number = Date.now,
): Promise<'requeued' | 'missing'> {
  return db.transaction('rw', db.tables, async (tx) => {
    const t = bindTables(tx);
    if ((await t.outbox.get(expected)) === undefined) return 'missing';
    const answered = (await entriesWithStatus(t, ['acked', 'rejected'])).filter(
      (e) => e.mutationId >= expected,
    );
    if (answered.length === 0) return 'requeued';
    await setEntryStatus(
      t,
      answered.map((e) => e.mutationId),
      { status: 'pending', ackSeq: null },
    );
    const changes = await recomputeVisible(
      t,
      answered.map((e) => ({ entity: e.entity, id: e.entityId })),
      now,
    );
    await rematerializeForChanges(t, changes);
    return 'requeued';
  });
}

/** Which entries a renumbering keeps. */
export interface RenumberOptions {
  /**
   * Keep acked entries too, as pending: the server lost them (a restore) and they must be sent
   * again. Without it (another user, another server) they are dropped: they were applied.
   */
  readonly resendAcked: boolean;
}

/**
 * Gives the database a new clientId and renumbers the kept entries from 1 in their order, as
 * pending, in one transaction; the others (rejected ones, and acked ones unless `resendAcked`)
 * are dropped and their rows recomputed. Returns the new clientId.
 */
export async function renumberOutbox(
  db: VuosikelloDb,
  options: RenumberOptions,
  now: () => number = Date.now,
): Promise<string> {
  return db.transaction('rw', db.tables, (tx) => renumberIn(bindTables(tx), options, now));
}

/** renumberOutbox inside the caller's transaction. */
export async function renumberIn(
  t: Tables,
  options: RenumberOptions,
  now: () => number,
): Promise<string> {
  const entries = await t.outbox.orderBy('mutationId').toArray();
  const keep = (e: OutboxEntry) =>
    e.status === 'pending' || e.status === 'sent' || (options.resendAcked && e.status === 'acked');
  const kept = entries.filter(keep);
  const dropped = entries.filter((e) => !keep(e));
  const clientId = randomUuid();
  await t.outbox.clear();
  await t.outbox.bulkAdd(
    kept.map(
      (e, i) => ({ ...e, mutationId: i + 1, status: 'pending', ackSeq: null }) as OutboxEntry,
    ),
  );
  await putMetaIn(t, 'clientId', clientId);
  await putMetaIn(t, 'nextMutationId', kept.length + 1);
  if (dropped.length > 0) {
    const changes = await recomputeVisible(
      t,
      dropped.map((e) => ({ entity: e.entity, id: e.entityId })),
      now,
    );
    await rematerializeForChanges(t, changes);
  }
  return clientId;
}
