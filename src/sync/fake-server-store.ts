/**
 * The fake server's database: the shared push and pull rules' transaction interfaces
 * (src/domain/sync/push.ts, pull.ts) on memory, so the fake runs the server's own rules, not a
 * copy of them. Writes keep an undo journal: a failing savepoint or transaction is rolled back as
 * SQLite would. Transactions run one at a time. Not imported by the app.
 */
import { scopeIncludes } from '@/domain/sync/authorize';
import type { StoredRow } from '@/domain/sync/merge';
import type { Change, ReplacedWrite } from '@/domain/sync/protocol';
import type { PullTx } from '@/domain/sync/pull';
import type { LogEntry, PushTx, ReplacedRecordInput, Writer } from '@/domain/sync/push';
import type { ClientState } from '@/domain/sync/store-types';
import type { Entity } from '@/domain/entities';

/** A stored row, as tests read it. */
export interface FakeRow extends StoredRow {
  readonly entity: Entity;
  readonly id: string;
  readonly updatedBy: string;
  /** The school it belongs to (null: the whole organization). */
  readonly schoolId: string | null;
}

interface ClientRecord extends ClientState {
  lastMutationId: number;
}

/** One space's rows and every client's state, in memory. */
export class FakeServerStore {
  epoch = 'epoch-1';
  headSeq = 0;
  readonly rows = new Map<string, FakeRow>();
  readonly clients = new Map<string, ClientRecord>();
  /** The mutation log, by `${clientId}/${mutationId}`. */
  private readonly log = new Map<string, LogEntry>();
  /** The logged mutation behind each seq it wrote. */
  private readonly writers = new Map<number, LogEntry>();
  private readonly replaced: ReplacedRecordInput[] = [];
  private journal: (() => void)[] = [];
  private queue: Promise<unknown> = Promise.resolve();

  row(entity: Entity, id: string): FakeRow | undefined {
    return this.rows.get(`${entity}/${id}`);
  }

  /** Runs `fn` alone, as one transaction: a throw undoes everything it wrote. */
  transaction<T>(fn: (tx: PushTx & PullTx) => Promise<T>): Promise<T> {
    const run = async () => {
      this.journal = [];
      try {
        return await fn(this.tx);
      } catch (error) {
        this.rollBackTo(0);
        throw error;
      } finally {
        this.journal = [];
      }
    };
    const result = this.queue.then(run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private rollBackTo(mark: number): void {
    while (this.journal.length > mark) this.journal.pop()!();
  }

  /** Sets `key` of `map` to `value`, journaling the old value. */
  private put<K, V>(map: Map<K, V>, key: K, value: V): void {
    const had = map.has(key);
    const old = map.get(key);
    map.set(key, value);
    this.journal.push(() => (had ? map.set(key, old!) : map.delete(key)));
  }

  private readonly tx: PushTx & PullTx = {
    dbEpoch: async () => this.epoch,
    headSeq: async () => this.headSeq,
    pruneHorizon: async () => 0,
    client: async (clientId) => {
      const c = this.clients.get(clientId);
      return c === undefined ? null : { ...c };
    },
    createClient: async (clientId, c) =>
      this.put(this.clients, clientId, {
        accountId: c.accountId,
        space: c.space,
        lastMutationId: 0,
      }),
    setLastMutationId: async (clientId, mutationId) => {
      const c = this.clients.get(clientId)!;
      const old = c.lastMutationId;
      c.lastMutationId = mutationId;
      this.journal.push(() => (c.lastMutationId = old));
    },
    storedResult: async (clientId, mutationId) =>
      this.log.get(`${clientId}/${mutationId}`)?.result ?? null,
    row: async (_space, entity, id) => this.row(entity, id) ?? null,
    groupSchool: async (_space, groupId) => {
      const value = this.row('group', groupId)?.data['schoolId'];
      return typeof value === 'string' ? value : null;
    },
    putRow: async (_space, entity, id, row, schoolId, by) => {
      this.put(this.rows, `${entity}/${id}`, { ...row, entity, id, updatedBy: by, schoolId });
      const old = this.headSeq;
      this.headSeq = row.seq;
      this.journal.push(() => (this.headSeq = old));
    },
    writerOfSeq: async (_space, seq) => {
      const entry = this.writers.get(seq);
      return entry === undefined ? null : writerOf(entry);
    },
    recordReplaced: async (replaced) => {
      const duplicate = this.replaced.some(
        (r) =>
          r.clientId === replaced.clientId && r.seq === replaced.seq && r.field === replaced.field,
      );
      if (duplicate) return;
      this.replaced.push(replaced);
      this.journal.push(() => this.replaced.pop());
    },
    log: async (entry) => {
      this.put(this.log, `${entry.clientId}/${entry.mutationId}`, entry);
      if (entry.seq !== null) this.put(this.writers, entry.seq, entry);
    },
    savepoint: async (fn) => {
      const mark = this.journal.length;
      try {
        return await fn();
      } catch (error) {
        this.rollBackTo(mark);
        throw error;
      }
    },
    changes: async (_space, since, limit, scope) =>
      [...this.rows.values()]
        .filter((r) => r.seq > since && scopeIncludes(scope, r.entity, r.schoolId))
        .sort((a, b) => a.seq - b.seq)
        .slice(0, limit)
        .map(toChange),
    replacedWrites: async (clientId, since, upTo, scope) =>
      this.replaced
        .filter(
          (r) =>
            r.clientId === clientId &&
            r.seq > since &&
            r.seq <= upTo &&
            scopeIncludes(scope, r.entity, r.schoolId),
        )
        .sort((a, b) => a.seq - b.seq || a.field.localeCompare(b.field))
        .map(toReplacedWrite),
  };
}

/** The fake's accounts are their usernames. */
function writerOf(entry: LogEntry): Writer {
  return {
    clientId: entry.clientId,
    mutationId: entry.mutationId,
    accountId: entry.accountId,
    username: entry.accountId,
  };
}

function toChange(r: FakeRow): Change {
  return {
    entity: r.entity,
    id: r.id,
    seq: r.seq,
    deleted: r.deleted,
    data: structuredClone(r.data) as Record<string, unknown>,
    fieldSeq: { ...r.fieldSeq },
    updatedBy: r.updatedBy,
  };
}

function toReplacedWrite(r: ReplacedRecordInput): ReplacedWrite {
  return structuredClone({
    mutationId: r.mutationId,
    entity: r.entity,
    id: r.entityId,
    field: r.field,
    yourValue: r.yourValue ?? null,
    theirValue: r.theirValue ?? null,
    by: r.by,
    seq: r.seq,
  });
}
