/**
 * The push algorithm of SYNC-NOTES §8.3, written once against a small transaction interface.
 * It runs synchronously inside the adapter's write transaction (SQLite: BEGIN IMMEDIATE), so the
 * sequence counter is taken in commit order and concurrent pushes of one client serialize.
 */
import { authorizeWrite } from '@/domain/sync/authorize';
import { applyMutation, type Fields, type StoredRow } from '@/domain/sync/merge';
import type {
  AppliedResult,
  PushResult,
  RejectedResult,
  StoredResult,
} from '@/domain/sync/protocol';
import { DELETED_FIELD, type Entity } from '@/domain/entities';
import { validateMutation } from '@/domain/sync/validate-mutation';
import type { PushInput, PushOutcome } from './storage';

export interface ClientState {
  readonly accountId: string;
  readonly space: string;
  readonly lastMutationId: number;
}

export interface LogEntry {
  readonly space: string;
  readonly clientId: string;
  readonly mutationId: number;
  readonly accountId: string;
  readonly receivedAt: number;
  readonly result: StoredResult;
  readonly payload: unknown;
  readonly seq: number | null;
}

/** Who wrote a seq: the client, its mutation and the account. */
export interface Writer {
  readonly clientId: string;
  readonly mutationId: number;
  readonly accountId: string;
  readonly username: string;
}

/** A write of `clientId` that the write at `seq` replaced unseen. */
export interface ReplacedRecordInput {
  readonly space: string;
  readonly clientId: string;
  readonly mutationId: number;
  readonly seq: number;
  readonly entity: Entity;
  readonly entityId: string;
  readonly schoolId: string | null;
  readonly field: string;
  readonly yourValue: unknown;
  readonly theirValue: unknown;
  readonly by: string;
}

/** The reads and writes push needs, all inside one transaction. */
export interface PushTx {
  dbEpoch(): string;
  headSeq(space: string): number;
  client(clientId: string): ClientState | null;
  createClient(clientId: string, input: PushInput): void;
  setLastMutationId(clientId: string, mutationId: number, now: number): void;
  storedResult(clientId: string, mutationId: number): StoredResult | null;
  row(space: string, entity: Entity, id: string): StoredRow | null;
  /** The school of a group, deleted ones included; null when there is none. */
  groupSchool(space: string, groupId: string): string | null;
  /** Writes `row` (at row.seq) and moves the space's counter to row.seq. */
  putRow(
    space: string,
    entity: Entity,
    id: string,
    row: StoredRow,
    schoolId: string | null,
    by: string,
    now: number,
  ): void;
  /** The mutation that wrote `seq` in `space`, from the log; null for server-written rows. */
  writerOfSeq(space: string, seq: number): Writer | null;
  /** Keeps a replaced write for its client's pulls (once per client, seq and field). */
  recordReplaced(replaced: ReplacedRecordInput): void;
  log(entry: LogEntry): void;
  /** Runs `fn` in a savepoint: a throw rolls back what `fn` wrote and is rethrown. */
  savepoint<T>(fn: () => T): T;
}

/** Called with the unexpected error behind a rejected/Internal mutation (alert on these). */
export type InternalErrorHandler = (error: unknown, clientId: string, mutationId: number) => void;

/**
 * Applies a batch: checks the epoch and the client's owner, refuses a gap (nothing applied),
 * answers ids already seen with their stored result, and validates, authorizes, merges and logs
 * each new one in its own savepoint. A rejected or failing mutation still advances
 * lastMutationId, so it never blocks the queue.
 */
export function runPush(
  tx: PushTx,
  input: PushInput,
  onInternalError: InternalErrorHandler,
): PushOutcome {
  const epoch = tx.dbEpoch();
  if (input.dbEpoch !== undefined && input.dbEpoch !== epoch) {
    return { kind: 'resetRequired', reason: 'epochChanged', dbEpoch: epoch };
  }
  const client = tx.client(input.clientId);
  if (client !== null && (client.accountId !== input.account.id || client.space !== input.space)) {
    return { kind: 'clientOwnedByAnotherUser' };
  }
  let last = client?.lastMutationId ?? 0;
  const first = input.mutations[0];
  if (first !== undefined && first.id > last + 1) return { kind: 'gap', expected: last + 1 };
  if (client === null) tx.createClient(input.clientId, input);

  const results: PushResult[] = [];
  for (const raw of input.mutations) {
    if (raw.id <= last) {
      results.push({
        id: raw.id,
        status: 'duplicate',
        original: tx.storedResult(input.clientId, raw.id),
      });
      continue;
    }
    let result: StoredResult;
    try {
      result = tx.savepoint(() => applyOne(tx, input, raw));
    } catch (error) {
      onInternalError(error, input.clientId, raw.id);
      result = {
        id: raw.id,
        status: 'rejected',
        code: 'Internal',
        message: 'The server could not apply this mutation',
      };
      tx.log(logEntry(input, raw, result, null));
    }
    last = raw.id;
    tx.setLastMutationId(input.clientId, last, input.now);
    results.push(result);
  }
  if (input.mutations.length === 0 && client !== null)
    tx.setLastMutationId(input.clientId, last, input.now);
  return { kind: 'ok', lastMutationId: last, headSeq: tx.headSeq(input.space), results };
}

function logEntry(
  input: PushInput,
  raw: { readonly id: number },
  result: StoredResult,
  seq: number | null,
): LogEntry {
  return {
    space: input.space,
    clientId: input.clientId,
    mutationId: raw.id,
    accountId: input.account.id,
    receivedAt: input.now,
    result,
    payload: raw,
    seq,
  };
}

/** Validates, authorizes, merges, writes and logs one new mutation; returns its result. */
function applyOne(tx: PushTx, input: PushInput, raw: PushInput['mutations'][number]): StoredResult {
  const reject = (code: RejectedResult['code'], message: string): StoredResult => {
    const result: RejectedResult = { id: raw.id, status: 'rejected', code, message };
    tx.log(logEntry(input, raw, result, null));
    return result;
  };
  const validation = validateMutation(raw);
  if (!validation.ok) return reject(validation.code, validation.message);
  const m = validation.mutation;
  const current = tx.row(input.space, m.entity, m.entityId);
  const newSeq = tx.headSeq(input.space) + 1;
  const outcome = applyMutation(current, m, newSeq);
  const after: Fields | null = outcome.kind === 'write' ? outcome.row.data : null;
  const decision = authorizeWrite(
    input.account,
    {
      space: input.space,
      entity: m.entity,
      entityId: m.entityId,
      op: m.op,
      before: current?.data ?? null,
      after,
    },
    (groupId) => tx.groupSchool(input.space, groupId),
  );
  if (!decision.ok) return reject(decision.code, decision.message);

  switch (outcome.kind) {
    case 'notFound':
      return reject('NotFound', `No ${m.entity} ${m.entityId} to ${m.op}`);
    case 'noop': {
      const result: AppliedResult = { id: raw.id, status: 'applied', seq: null };
      tx.log(logEntry(input, raw, result, null));
      return result;
    }
    case 'write': {
      tx.putRow(
        input.space,
        m.entity,
        m.entityId,
        outcome.row,
        decision.schoolId,
        input.account.username,
        input.now,
      );
      const overwritten = Object.entries(outcome.overwritten).map(([field, o]) => {
        const writer = tx.writerOfSeq(input.space, o.seq);
        // The writer whose value lost hears of it in a pull, unless it was the same account.
        if (writer !== null && writer.accountId !== input.account.id) {
          tx.recordReplaced({
            space: input.space,
            clientId: writer.clientId,
            mutationId: writer.mutationId,
            seq: newSeq,
            entity: m.entity,
            entityId: m.entityId,
            schoolId: decision.schoolId,
            field,
            yourValue: o.value,
            theirValue: field === DELETED_FIELD ? outcome.row.deleted : outcome.row.data[field],
            by: input.account.username,
          });
        }
        return [field, { ...o, by: writer?.username ?? null }] as const;
      });
      const result: AppliedResult = {
        id: raw.id,
        status: 'applied',
        seq: newSeq,
        ...(overwritten.length > 0 && { overwritten: Object.fromEntries(overwritten) }),
        ...(outcome.onTombstone && { onTombstone: true as const }),
      };
      tx.log(logEntry(input, raw, result, newSeq));
      return result;
    }
  }
}
