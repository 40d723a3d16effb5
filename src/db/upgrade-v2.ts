/**
 * Upgrade of a version 1 database to version 2. Version 1 outbox entries were all pending (no
 * sync engine existed); they gain an empty `base` (nothing was seen from a server, so every
 * field counts as unseen, fieldSeq 0) and no `ackSeq`. Rows and the sync identity (clientId,
 * nextMutationId) are kept as they are: the entries are still to be pushed under that clientId.
 */
import type { Transaction } from 'dexie';
import { OUTBOX_STATUSES, type OutboxStatus } from './outbox';

/** The fields version 2 adds to an outbox entry. */
interface OutboxV2Fields {
  base?: unknown;
  ackSeq?: unknown;
  status?: unknown;
}

function isStatus(value: unknown): value is OutboxStatus {
  return (OUTBOX_STATUSES as readonly unknown[]).includes(value);
}

/** Dexie `upgrade()` callback of version 2 (runs inside the versionchange transaction). */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('outbox')
    .toCollection()
    .modify((entry: OutboxV2Fields) => {
      const base = entry.base;
      if (typeof base !== 'object' || base === null || Array.isArray(base)) entry.base = {};
      if (typeof entry.ackSeq !== 'number') entry.ackSeq = null;
      // Version 1 only wrote 'pending'; anything else read back is treated as not yet pushed.
      if (!isStatus(entry.status)) entry.status = 'pending';
    });
  await tx.table('meta').put({ key: 'schemaVersion', value: 2 });
}
