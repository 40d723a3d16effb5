/**
 * The push phase (docs/sync-protocol.md §4): the outbox's unanswered entries, oldest first, in
 * batches within the server's limits, each marked sent before it leaves (a crash re-sends it) and
 * its results recorded when the answer comes. It recovers by itself from a gap (send again from
 * the mutation the server expects, or renumber when this device no longer holds it), a 413 (halve
 * the batch) and a clientId claimed by another user (renumber under a new one).
 */
import { readSyncSettings } from '@/db/connect';
import type { VuosikelloDb } from '@/db/database';
import { renumberOutbox, requeueFrom } from '@/db/outbox-recovery';
import { markSent, nextUnanswered, recordPushResults } from '@/db/push-results';
import { ROW_SCHEMA_VERSION } from '@/db/schema-version';
import { MAX_MUTATIONS_PER_PUSH, PROTOCOL_VERSION } from '@/domain/sync/protocol';
import {
  MAX_RECOVERIES,
  PHASE_OK,
  PHASE_RESET,
  phaseFailed,
  phaseFailedBy,
  type PhaseOutcome,
} from './phase-outcome';
import type { SyncTransport } from './transport';
import { fitBatch, toWireMutation } from './wire';

/** A batch's byte budget, well under the server's 1 MiB body limit. */
export const PUSH_BATCH_BYTES = 256 * 1024;

export interface PushPhase {
  readonly db: VuosikelloDb;
  readonly transport: SyncTransport;
  /** Epoch ms. */
  readonly now: () => number;
  /** At most this many mutations per request (capped at the protocol's 100). */
  readonly batchSize: number;
  /** At most this many bytes of mutations per request (at least one mutation always goes). */
  readonly batchBytes: number;
  /** Sent with pushes and recorded by the server. */
  readonly appVersion?: string;
  /** The server answered (the device is online). */
  readonly onAnswer: () => void;
}

/** Pushes until nothing is left unanswered, or until a failure or a reset that ends the phase. */
export async function pushOutbox(phase: PushPhase): Promise<PhaseOutcome> {
  const { db, transport, now } = phase;
  let maxCount = Math.min(phase.batchSize, MAX_MUTATIONS_PER_PUSH);
  let recoveries = 0;
  for (;;) {
    const settings = await readSyncSettings(db);
    if (settings === null) return PHASE_OK;
    const entries = await nextUnanswered(db, maxCount);
    if (entries.length === 0) return PHASE_OK;
    const mutations = fitBatch(entries.map(toWireMutation), phase.batchBytes);
    await markSent(
      db,
      mutations.map((m) => m.id),
    );
    const result = await transport.push(settings.space, {
      protocolVersion: PROTOCOL_VERSION,
      schemaVersion: ROW_SCHEMA_VERSION,
      clientId: settings.clientId,
      ...(settings.dbEpoch !== null && settings.cursor > 0 && { dbEpoch: settings.dbEpoch }),
      ...(phase.appVersion !== undefined && { appVersion: phase.appVersion }),
      mutations: [...mutations],
    });
    if (result.ok) {
      phase.onAnswer();
      await recordPushResults(db, result.value, now);
      continue;
    }
    const failure = result.failure;
    switch (failure.kind) {
      case 'gap':
        if (++recoveries > MAX_RECOVERIES) return phaseFailed('badRequest');
        if ((await requeueFrom(db, failure.expected, now)) === 'missing') {
          // The server lost mutations this device no longer holds (a restore): go on as a new
          // client, sending again everything still held, acknowledged entries included.
          await renumberOutbox(db, { resendAcked: true }, now);
        }
        continue;
      case 'tooLarge':
        if (mutations.length === 1) return phaseFailed('tooLarge');
        maxCount = Math.max(1, Math.floor(mutations.length / 2));
        continue;
      case 'reset':
        return PHASE_RESET;
      case 'forbidden':
        if (failure.code === 'ClientOwnedByAnotherUser' && ++recoveries <= MAX_RECOVERIES) {
          await renumberOutbox(db, { resendAcked: false }, now);
          continue;
        }
        return phaseFailedBy(failure);
      default:
        return phaseFailedBy(failure);
    }
  }
}
