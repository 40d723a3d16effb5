/**
 * Outbox entries as push mutations (docs/sync-protocol.md §4), and batches that respect the
 * push limits.
 */
import type { OutboxEntry } from '@/db/outbox';

/** One mutation as pushed (a type, not an interface, so it fits the push body's record type). */
export type WireMutation = {
  readonly id: number;
  readonly entity: string;
  readonly entityId: string;
  readonly op: string;
  readonly patch?: Readonly<Record<string, unknown>>;
  readonly base: Readonly<Record<string, number>>;
  readonly clientTime: string;
  readonly schemaVersion: number;
};

/** The push form of an entry; `clientTime` is informational, the server never orders by it. */
export function toWireMutation(entry: OutboxEntry): WireMutation {
  return {
    id: entry.mutationId,
    entity: entry.entity,
    entityId: entry.entityId,
    op: entry.op,
    ...(entry.patch !== null && { patch: entry.patch as Readonly<Record<string, unknown>> }),
    base: entry.base,
    clientTime: new Date(entry.createdAt).toISOString(),
    schemaVersion: entry.schemaVersion,
  };
}

const encoder = new TextEncoder();

/**
 * The longest prefix of `mutations` whose JSON stays within `maxBytes` (UTF-8), and always at
 * least the first one: a single oversized mutation is the server's to refuse (413).
 */
export function fitBatch(mutations: readonly WireMutation[], maxBytes: number): WireMutation[] {
  const batch: WireMutation[] = [];
  let bytes = 0;
  for (const m of mutations) {
    const size = encoder.encode(JSON.stringify(m)).length + 1;
    if (batch.length > 0 && bytes + size > maxBytes) break;
    batch.push(m);
    bytes += size;
  }
  return batch;
}
