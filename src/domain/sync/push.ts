/**
 * The push algorithm of SYNC-NOTES §8.3, written once against a small async transaction
 * interface: the server's storage adapters run it inside their write transaction (SQLite: BEGIN
 * IMMEDIATE, so the sequence counter is taken in commit order and pushes serialize), and the
 * browser tests' fake server runs it on memory. Pure rules: the time comes in the input.
 */
import { DELETED_FIELD, ENTITY_REGISTRY, type Entity } from '../entities';
import type { SchoolCalendar } from '../school-calendar';
import { parseActionId } from './action-ids';
import { authorizeWrite, type Actor, type WriteCheck } from './authorize';
import { rowSchool, type GroupSchoolLookup } from './belonging';
import { unknownActionIn } from './known-action';
import { applyMutation, type Fields, type StoredRow } from './merge';
import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  type AppliedResult,
  type PushResponse,
  type PushResult,
  type RejectedResult,
  type RejectionCode,
  type StoredResult,
} from './protocol';
import {
  ownedByAnother,
  type ClientState,
  type ResetReason,
  type SyncAccount,
} from './store-types';
import { validateMutation, type ValidMutation } from './validate-mutation';

/** A raw pushed mutation: only its integer id has been checked. */
export type RawMutation = { readonly id: number } & Readonly<Record<string, unknown>>;

export interface PushInput {
  readonly space: string;
  readonly account: SyncAccount;
  readonly clientId: string;
  /** The epoch the client last pulled from, if it has pulled. */
  readonly dbEpoch: string | undefined;
  readonly appVersion: string | undefined;
  /** Consecutive ids (the HTTP layer checks). */
  readonly mutations: readonly RawMutation[];
  /** Epoch ms: the server's clock, never the client's. */
  readonly now: number;
}

export type PushOutcome =
  | {
      readonly kind: 'ok';
      readonly lastMutationId: number;
      readonly headSeq: number;
      readonly results: readonly PushResult[];
    }
  | { readonly kind: 'gap'; readonly expected: number }
  | { readonly kind: 'clientOwnedByAnotherUser' }
  | { readonly kind: 'resetRequired'; readonly reason: ResetReason; readonly dbEpoch: string };

/** The answer to a push that went through (docs/sync-protocol.md §4), as the server sends it. */
export function pushResponse(outcome: Extract<PushOutcome, { kind: 'ok' }>): PushResponse {
  return {
    protocolVersion: PROTOCOL_VERSION,
    schemaVersion: SCHEMA_VERSION,
    lastMutationId: outcome.lastMutationId,
    headSeq: outcome.headSeq,
    results: [...outcome.results],
  };
}

/** One entry of the append-only mutation log. */
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

/** The new client record of a first push. */
export interface NewClient {
  readonly accountId: string;
  readonly space: string;
  readonly now: number;
  readonly appVersion: string | undefined;
}

/** The reads and writes of rows the server writes itself (seedRows) need. */
export interface RowWriteTx {
  headSeq(space: string): Promise<number>;
  /** The school of a group, deleted ones included; null when there is none. */
  groupSchool(space: string, groupId: string): Promise<string | null>;
  /** Writes `row` (at row.seq) and moves the space's counter to row.seq. */
  putRow(
    space: string,
    entity: Entity,
    id: string,
    row: StoredRow,
    schoolId: string | null,
    by: string,
    now: number,
  ): Promise<void>;
}

/** The reads and writes push needs, all inside one transaction. */
export interface PushTx extends RowWriteTx {
  dbEpoch(): Promise<string>;
  client(clientId: string): Promise<ClientState | null>;
  createClient(clientId: string, client: NewClient): Promise<void>;
  setLastMutationId(clientId: string, mutationId: number, now: number): Promise<void>;
  storedResult(clientId: string, mutationId: number): Promise<StoredResult | null>;
  /** The row, deleted ones included, or null. */
  row(space: string, entity: Entity, id: string): Promise<StoredRow | null>;
  /** The mutation that wrote `seq` in `space`, from the log; null for server-written rows. */
  writerOfSeq(space: string, seq: number): Promise<Writer | null>;
  /** Keeps a replaced write for its client's pulls (once per client, seq and field). */
  recordReplaced(replaced: ReplacedRecordInput): Promise<void>;
  log(entry: LogEntry): Promise<void>;
  /** Runs `fn` in a savepoint: a throw rolls back what `fn` wrote and is rethrown. */
  savepoint<T>(fn: () => Promise<T>): Promise<T>;
}

/** Decides one write (authorize.ts's authorizeWrite on the server). */
export type WriteAuthorizer = (
  actor: Actor,
  check: WriteCheck,
  groupSchool: GroupSchoolLookup,
  mutation: ValidMutation,
) =>
  | { readonly ok: true }
  | { readonly ok: false; readonly code: RejectionCode; readonly message: string };

/** Called with the unexpected error behind a rejected/Internal mutation (alert on these). */
export type InternalErrorHandler = (error: unknown, clientId: string, mutationId: number) => void;

export interface PushOptions {
  /** Who may write what; authorizeWrite unless a test double decides otherwise. */
  readonly authorize?: WriteAuthorizer;
  readonly onInternalError?: InternalErrorHandler;
}

/**
 * Applies a batch: checks the epoch and the client's owner, refuses a gap (nothing applied),
 * answers ids already seen with their stored result, and validates, authorizes, merges and logs
 * each new one in its own savepoint. A rejected or failing mutation still advances
 * lastMutationId, so it never blocks the queue.
 */
export async function runPush(
  tx: PushTx,
  input: PushInput,
  options: PushOptions = {},
): Promise<PushOutcome> {
  const epoch = await tx.dbEpoch();
  if (input.dbEpoch !== undefined && input.dbEpoch !== epoch) {
    return { kind: 'resetRequired', reason: 'epochChanged', dbEpoch: epoch };
  }
  const client = await tx.client(input.clientId);
  if (ownedByAnother(client, input.account, input.space)) {
    return { kind: 'clientOwnedByAnotherUser' };
  }
  let last = client?.lastMutationId ?? 0;
  const first = input.mutations[0];
  if (first !== undefined && first.id > last + 1) return { kind: 'gap', expected: last + 1 };
  if (client === null) {
    await tx.createClient(input.clientId, {
      accountId: input.account.id,
      space: input.space,
      now: input.now,
      appVersion: input.appVersion,
    });
  }

  const context: ApplyContext = {
    tx,
    input,
    authorize: options.authorize ?? authorizeWrite,
    calendars: new Map(),
  };
  const results: PushResult[] = [];
  for (const raw of input.mutations) {
    if (raw.id <= last) {
      const original = await tx.storedResult(input.clientId, raw.id);
      results.push({ id: raw.id, status: 'duplicate', original });
      continue;
    }
    let result: StoredResult;
    try {
      result = await tx.savepoint(() => applyOne(context, raw));
    } catch (error) {
      options.onInternalError?.(error, input.clientId, raw.id);
      result = {
        id: raw.id,
        status: 'rejected',
        code: 'Internal',
        message: 'The server could not apply this mutation',
      };
      await tx.log(logEntry(input, raw, result, null));
    }
    last = raw.id;
    await tx.setLastMutationId(input.clientId, last, input.now);
    results.push(result);
  }
  if (input.mutations.length === 0 && client !== null) {
    await tx.setLastMutationId(input.clientId, last, input.now);
  }
  return { kind: 'ok', lastMutationId: last, headSeq: await tx.headSeq(input.space), results };
}

interface ApplyContext {
  readonly tx: PushTx;
  readonly input: PushInput;
  readonly authorize: WriteAuthorizer;
  /** School calendars built in this batch, by school year id and the seq of its row. */
  readonly calendars: Map<string, SchoolCalendar>;
}

function logEntry(
  input: PushInput,
  raw: RawMutation,
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

/**
 * The group lookup a write of `entity` `id` needs (belonging and authorization read it for
 * work on a class's action): the one group its key names, read ahead from the transaction.
 */
export async function groupLookupFor(
  tx: Pick<RowWriteTx, 'groupSchool'>,
  space: string,
  entity: Entity,
  id: string,
): Promise<GroupSchoolLookup> {
  if (ENTITY_REGISTRY[entity].belongs.kind !== 'action') return () => null;
  const target = parseActionId(id)?.target;
  if (target?.kind !== 'group') return () => null;
  const school = await tx.groupSchool(space, target.groupId);
  return (groupId) => (groupId === target.groupId ? school : null);
}

/** Validates, authorizes, merges, writes and logs one new mutation; returns its result. */
async function applyOne(context: ApplyContext, raw: RawMutation): Promise<StoredResult> {
  const { tx, input } = context;
  const reject = async (code: RejectedResult['code'], message: string): Promise<StoredResult> => {
    const result: RejectedResult = { id: raw.id, status: 'rejected', code, message };
    await tx.log(logEntry(input, raw, result, null));
    return result;
  };
  const validation = validateMutation(raw);
  if (!validation.ok) return reject(validation.code, validation.message);
  const m = validation.mutation;
  const current = await tx.row(input.space, m.entity, m.entityId);
  const newSeq = (await tx.headSeq(input.space)) + 1;
  const outcome = applyMutation(current, m, newSeq);
  const after: Fields | null = outcome.kind === 'write' ? outcome.row.data : null;
  const groupSchool = await groupLookupFor(tx, input.space, m.entity, m.entityId);
  const check: WriteCheck = {
    space: input.space,
    entity: m.entity,
    entityId: m.entityId,
    op: m.op,
    before: current?.data ?? null,
    after,
  };
  const decision = context.authorize(input.account, check, groupSchool, m);
  if (!decision.ok) return reject(decision.code, decision.message);

  switch (outcome.kind) {
    case 'notFound':
      return reject('NotFound', `No ${m.entity} ${m.entityId} to ${m.op}`);
    case 'noop': {
      const result: AppliedResult = { id: raw.id, status: 'applied', seq: null };
      await tx.log(logEntry(input, raw, result, null));
      return result;
    }
    case 'write': {
      // Work may start only on an action the plan gives; work kept from a plan that changed
      // later stays, and may still be changed.
      if (current === null && ENTITY_REGISTRY[m.entity].idFormat === 'actionId') {
        const read = (entity: Entity, id: string) => tx.row(input.space, entity, id);
        const reason = await unknownActionIn(read, m.entityId, context.calendars);
        if (reason !== null) return reject('UnknownAction', reason);
      }
      const schoolId = rowSchool(m.entity, m.entityId, outcome.row.data, groupSchool) ?? null;
      await tx.putRow(
        input.space,
        m.entity,
        m.entityId,
        outcome.row,
        schoolId,
        input.account.username,
        input.now,
      );
      const overwritten: [string, { value: unknown; seq: number; by: string | null }][] = [];
      for (const [field, o] of Object.entries(outcome.overwritten)) {
        const writer = await tx.writerOfSeq(input.space, o.seq);
        // The writer whose value lost hears of it in a pull, unless it was the same account.
        if (writer !== null && writer.accountId !== input.account.id) {
          await tx.recordReplaced({
            space: input.space,
            clientId: writer.clientId,
            mutationId: writer.mutationId,
            seq: newSeq,
            entity: m.entity,
            entityId: m.entityId,
            schoolId,
            field,
            yourValue: o.value,
            theirValue: field === DELETED_FIELD ? outcome.row.deleted : outcome.row.data[field],
            by: input.account.username,
          });
        }
        overwritten.push([field, { ...o, by: writer?.username ?? null }]);
      }
      const result: AppliedResult = {
        id: raw.id,
        status: 'applied',
        seq: newSeq,
        ...(overwritten.length > 0 && { overwritten: Object.fromEntries(overwritten) }),
        ...(outcome.onTombstone && { onTombstone: true as const }),
      };
      await tx.log(logEntry(input, raw, result, newSeq));
      return result;
    }
  }
}
