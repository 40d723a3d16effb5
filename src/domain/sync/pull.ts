/**
 * The pull rules of docs/sync-protocol.md §5, written once against a small async read interface:
 * a storage adapter supplies the reads, inside one snapshot (SQLite: one read transaction), and
 * this decides resets, paging, the cursor and what the client hears of its replaced writes. The
 * browser tests' fake server runs the same function on memory.
 */
import { readScope, type ReadScope } from './authorize';
import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  type Change,
  type PullResponse,
  type ReplacedWrite,
} from './protocol';
import {
  ownedByAnother,
  type ClientState,
  type ResetReason,
  type SyncAccount,
} from './store-types';

export interface PullInput {
  readonly space: string;
  readonly account: SyncAccount;
  readonly clientId: string;
  readonly since: number;
  readonly limit: number;
  /** The epoch of the page `since` came from; undefined on a pull from zero. */
  readonly dbEpoch: string | undefined;
}

export type PullOutcome =
  | {
      readonly kind: 'ok';
      readonly dbEpoch: string;
      readonly changes: readonly Change[];
      readonly cursor: number;
      readonly hasMore: boolean;
      readonly headSeq: number;
      readonly lastMutationId: number;
      /** The client's writes replaced unseen, with seq in (since, cursor]. */
      readonly replaced: readonly ReplacedWrite[];
    }
  | { readonly kind: 'clientOwnedByAnotherUser' }
  | { readonly kind: 'resetRequired'; readonly reason: ResetReason; readonly dbEpoch: string };

/** The reads a pull needs, all from one consistent snapshot. */
export interface PullTx {
  dbEpoch(): Promise<string>;
  headSeq(space: string): Promise<number>;
  /** Cursors below this seq can no longer be served (0: nothing pruned). */
  pruneHorizon(): Promise<number>;
  client(clientId: string): Promise<ClientState | null>;
  /** At most `limit` rows of `space` with seq > `since` that `scope` holds, in seq order. */
  changes(
    space: string,
    since: number,
    limit: number,
    scope: ReadScope,
  ): Promise<readonly Change[]>;
  /**
   * The writes of `clientId` replaced unseen by a write with seq in (`since`, `upTo`], of rows
   * that `scope` holds, in seq order then field.
   */
  replacedWrites(
    clientId: string,
    since: number,
    upTo: number,
    scope: ReadScope,
  ): Promise<readonly ReplacedWrite[]>;
}

/**
 * What is wrong with a pull's parameters before any store is asked (a 400), or null: a client
 * with a cursor must say the epoch it pulled in, so that a restored server can tell it to reset.
 */
export function pullParamsProblem(params: {
  readonly since: number;
  readonly dbEpoch?: string | null | undefined;
}): string | null {
  return params.since > 0 && (params.dbEpoch ?? undefined) === undefined
    ? 'dbEpoch: required with since > 0 (the epoch of the last pull)'
    : null;
}

/** The answer to a pull that went through (docs/sync-protocol.md §5), as the server sends it. */
export function pullResponse(outcome: Extract<PullOutcome, { kind: 'ok' }>): PullResponse {
  return {
    protocolVersion: PROTOCOL_VERSION,
    schemaVersion: SCHEMA_VERSION,
    dbEpoch: outcome.dbEpoch,
    changes: [...outcome.changes],
    cursor: outcome.cursor,
    hasMore: outcome.hasMore,
    headSeq: outcome.headSeq,
    lastMutationId: outcome.lastMutationId,
    ...(outcome.replaced.length > 0 && { replaced: [...outcome.replaced] }),
  };
}

/**
 * One page of changes: a reset when the client's epoch, cursor or scope no longer holds (in that
 * order of checks), else at most `limit` rows after `since` the account may read. `cursor` is
 * the last row's seq while more follow, else the head (hidden rows move the head too);
 * lastMutationId and the replaced writes come from the same snapshot.
 */
export async function runPull(tx: PullTx, input: PullInput): Promise<PullOutcome> {
  const dbEpoch = await tx.dbEpoch();
  if (input.dbEpoch !== undefined && input.dbEpoch !== dbEpoch) {
    return { kind: 'resetRequired', reason: 'epochChanged', dbEpoch };
  }
  const headSeq = await tx.headSeq(input.space);
  if (input.since > headSeq) return { kind: 'resetRequired', reason: 'cursorAhead', dbEpoch };
  const horizon = await tx.pruneHorizon();
  if (input.since > 0 && input.since < horizon) {
    return { kind: 'resetRequired', reason: 'cursorPruned', dbEpoch };
  }
  if (input.since > 0 && input.since < input.account.scopeSeq) {
    return { kind: 'resetRequired', reason: 'scopeChanged', dbEpoch };
  }
  const scope = readScope(input.account);
  // One row past the page tells whether more follow.
  const rows = await tx.changes(input.space, input.since, input.limit + 1, scope);
  const client = await tx.client(input.clientId);
  if (ownedByAnother(client, input.account, input.space)) {
    return { kind: 'clientOwnedByAnotherUser' };
  }
  const hasMore = rows.length > input.limit;
  const changes = hasMore ? rows.slice(0, input.limit) : rows;
  const cursor = hasMore ? changes[changes.length - 1]!.seq : headSeq;
  const replaced = await tx.replacedWrites(input.clientId, input.since, cursor, scope);
  return {
    kind: 'ok',
    dbEpoch,
    changes,
    cursor,
    hasMore,
    headSeq,
    lastMutationId: client?.lastMutationId ?? 0,
    replaced,
  };
}
