/**
 * The pull phase (docs/sync-protocol.md §5): pages from the stored cursor until the server's head,
 * each applied in one transaction (rows, rebase of pending entries, cursor). A clientId claimed by
 * another user is renumbered under a new one; a 410 ends the phase as a reset for the run.
 */
import { readSyncSettings } from '@/db/connect';
import type { VuosikelloDb } from '@/db/database';
import { renumberOutbox } from '@/db/outbox-recovery';
import { applyPullPage } from '@/db/pull-apply';
import { ROW_SCHEMA_VERSION } from '@/db/schema-version';
import type { PullResponse } from '@/domain/sync/protocol';
import {
  MAX_RECOVERIES,
  PHASE_OK,
  PHASE_RESET,
  phaseFailedBy,
  type PhaseOutcome,
} from './phase-outcome';
import type { SyncTransport } from './transport';

export interface PullPhase {
  readonly db: VuosikelloDb;
  readonly transport: SyncTransport;
  /** Epoch ms. */
  readonly now: () => number;
  /** Rows per page. */
  readonly pullLimit: number;
  /** The server answered (the device is online). */
  readonly onAnswer: () => void;
  /** A page was applied; `bootstrapping` while downloading from zero. */
  readonly onPage: (page: PullResponse, bootstrapping: boolean) => void;
}

/** Pulls until a page says there is no more, or until a failure or a reset ends the phase. */
export async function pullToHead(phase: PullPhase): Promise<PhaseOutcome> {
  const { db, transport, now } = phase;
  let recoveries = 0;
  for (;;) {
    const settings = await readSyncSettings(db);
    if (settings === null) return PHASE_OK;
    const result = await transport.pull(settings.space, {
      since: settings.cursor,
      limit: phase.pullLimit,
      clientId: settings.clientId,
      schemaVersion: ROW_SCHEMA_VERSION,
      dbEpoch: settings.cursor > 0 ? settings.dbEpoch : null,
    });
    if (!result.ok) {
      const failure = result.failure;
      if (failure.kind === 'reset') return PHASE_RESET;
      if (
        failure.kind === 'forbidden' &&
        failure.code === 'ClientOwnedByAnotherUser' &&
        ++recoveries <= MAX_RECOVERIES
      ) {
        await renumberOutbox(db, { resendAcked: false }, now);
        continue;
      }
      return phaseFailedBy(failure);
    }
    const page = result.value;
    phase.onAnswer();
    await applyPullPage(db, page, now);
    phase.onPage(page, settings.bootstrapping);
    if (!page.hasMore) return PHASE_OK;
  }
}
