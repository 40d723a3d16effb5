/**
 * The embedded SyncStore: one SQLite file through better-sqlite3, in WAL mode with
 * synchronous=FULL, so a push is durable before it is answered. better-sqlite3 is synchronous:
 * a push runs start to end inside BEGIN IMMEDIATE without yielding, which also serializes
 * concurrent requests of one process; busy_timeout covers another process on the same file.
 */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import type { FieldSeq, Fields, StoredRow } from '@/domain/sync/merge';
import type { Change, ReplacedWrite, StoredResult } from '@/domain/sync/protocol';
import { keyField, type Entity } from '@/domain/entities';
import { runPush, type InternalErrorHandler, type LogEntry, type PushTx } from './push-engine';
import { MIGRATIONS, SCHEMA_V1, STORAGE_VERSION } from './sqlite-schema';
import {
  prepareStatements,
  type AccountRecord,
  type ChangeRecord,
  type ReplacedRecord,
  type RowRecord,
  type Statements,
} from './sqlite-statements';
import {
  AccountExistsError,
  type Account,
  type LoggedMutation,
  type NewAccount,
  type PullInput,
  type PullOutcome,
  type PushInput,
  type PushOutcome,
  type SeedRow,
  type Session,
  type SyncStore,
} from './storage';

export interface SqliteStoreOptions {
  /** Told about each mutation that failed with an unexpected error (recorded as rejected/Internal). */
  readonly onInternalError?: InternalErrorHandler;
  /** Test hook: runs inside a pull's read transaction, between reading rows and the client. */
  readonly afterPullRowsRead?: () => void;
  /**
   * Test hook: runs inside a push's transaction after its mutations are written, before the
   * commit (a crash test stops the process exactly there).
   */
  readonly beforePushCommit?: (input: PushInput) => void;
}

/** A new epoch: the day it was made and a random part, so that a restore is told apart. */
function newEpoch(): string {
  return `${new Date().toISOString().slice(0, 10)}-${randomUUID().slice(0, 8)}`;
}

/** Opens (creating when missing) the database file and brings its tables up to date. */
export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): SqliteStore {
  const db = new Database(file, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return new SqliteStore(db, options);
}

/**
 * Brings the tables to STORAGE_VERSION in one transaction: a new database is created at version 1
 * and stepped up like an old one, so every database has run the same steps.
 */
function migrate(db: Database.Database): void {
  db.transaction(() => {
    db.exec(SCHEMA_V1);
    const get = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
    const init = db.prepare('INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)');
    init.run('storage_version', '1');
    init.run('db_epoch', newEpoch());
    init.run('prune_horizon', '0');
    const version = Number(get.get('storage_version')?.value);
    if (version > STORAGE_VERSION) {
      throw new Error(`The database was written by a newer server (storage version ${version})`);
    }
    for (let next = version + 1; next <= STORAGE_VERSION; next += 1) {
      const step = MIGRATIONS[next];
      if (step === undefined) throw new Error(`No migration to storage version ${next}`);
      db.exec(step);
    }
    db.prepare("UPDATE meta SET value = ? WHERE key = 'storage_version'").run(
      String(STORAGE_VERSION),
    );
  }).immediate();
}

export class SqliteStore implements SyncStore {
  private readonly stmt: Statements;
  private readonly pushTx: PushTx;

  constructor(
    private readonly db: Database.Database,
    private readonly options: SqliteStoreOptions,
  ) {
    this.stmt = prepareStatements(db);
    this.pushTx = this.createPushTx();
  }

  private createPushTx(): PushTx {
    const s = this.stmt;
    return {
      dbEpoch: () => this.epoch(),
      headSeq: (space) => s.headSeq.get(space)?.value ?? 0,
      client: (clientId) => {
        const c = s.client.get(clientId);
        return c
          ? { accountId: c.account_id, space: c.space, lastMutationId: c.last_mutation_id }
          : null;
      },
      createClient: (clientId, input) =>
        void s.createClient.run(
          clientId,
          input.account.id,
          input.space,
          input.now,
          input.now,
          input.appVersion ?? null,
        ),
      setLastMutationId: (clientId, id, now) => void s.setLastMutationId.run(id, now, clientId),
      storedResult: (clientId, id) => {
        const r = s.storedResult.get(clientId, id);
        return r ? (JSON.parse(r.result) as StoredResult) : null;
      },
      row: (space, entity, id) => {
        const r = s.row.get(space, entity, id);
        return r ? toStoredRow(r) : null;
      },
      groupSchool: (space, groupId) => s.groupSchool.get(space, groupId)?.school_id ?? null,
      putRow: (space, entity, id, row, schoolId, by, now) => {
        s.putRow.run(
          space,
          entity,
          id,
          JSON.stringify(row.data),
          JSON.stringify(row.fieldSeq),
          row.deleted ? 1 : 0,
          row.seq,
          schoolId,
          by,
          now,
        );
        s.setHeadSeq.run(space, row.seq);
      },
      writerOfSeq: (space, seq) => {
        const w = s.writerOfSeq.get(space, seq);
        return w
          ? {
              clientId: w.client_id,
              mutationId: w.mutation_id,
              accountId: w.account_id,
              username: w.username,
            }
          : null;
      },
      recordReplaced: (r) =>
        void s.recordReplaced.run(
          r.clientId,
          r.seq,
          r.field,
          r.mutationId,
          r.space,
          r.entity,
          r.entityId,
          r.schoolId,
          JSON.stringify(r.yourValue ?? null),
          JSON.stringify(r.theirValue ?? null),
          r.by,
        ),
      log: (e: LogEntry) =>
        void s.log.run(
          e.clientId,
          e.mutationId,
          e.space,
          e.accountId,
          e.receivedAt,
          e.result.status,
          e.result.status === 'rejected' ? e.result.code : null,
          JSON.stringify(e.payload),
          JSON.stringify(e.result),
          e.seq,
        ),
      // A nested better-sqlite3 transaction is a SAVEPOINT, rolled back when fn throws.
      savepoint: (fn) => this.db.transaction(fn)(),
    };
  }

  private epoch(): string {
    const row = this.stmt.meta.get('db_epoch');
    if (!row) throw new Error('meta db_epoch is missing');
    return row.value;
  }

  async push(input: PushInput): Promise<PushOutcome> {
    const onError = this.options.onInternalError ?? (() => {});
    return this.db
      .transaction(() => {
        const outcome = runPush(this.pushTx, input, onError);
        this.options.beforePushCommit?.(input);
        return outcome;
      })
      .immediate();
  }

  async pull(input: PullInput): Promise<PullOutcome> {
    return this.db
      .transaction((): PullOutcome => {
        const dbEpoch = this.epoch();
        if (input.dbEpoch !== undefined && input.dbEpoch !== dbEpoch) {
          return { kind: 'resetRequired', reason: 'epochChanged', dbEpoch };
        }
        const headSeq = this.pushTx.headSeq(input.space);
        if (input.since > headSeq) return { kind: 'resetRequired', reason: 'cursorAhead', dbEpoch };
        const horizon = Number(this.stmt.meta.get('prune_horizon')?.value ?? 0);
        if (input.since > 0 && input.since < horizon) {
          return { kind: 'resetRequired', reason: 'cursorPruned', dbEpoch };
        }
        if (input.since > 0 && input.since < input.account.scopeSeq) {
          return { kind: 'resetRequired', reason: 'scopeChanged', dbEpoch };
        }
        const { account } = input;
        const records =
          account.role === 'coordinator'
            ? this.stmt.changesAll.all(input.space, input.since, input.limit + 1)
            : this.stmt.changesOfSchools.all(
                input.space,
                input.since,
                JSON.stringify(account.schools),
                input.limit + 1,
              );
        this.options.afterPullRowsRead?.();
        const client = this.stmt.client.get(input.clientId);
        if (client && (client.account_id !== account.id || client.space !== input.space)) {
          return { kind: 'clientOwnedByAnotherUser' };
        }
        const hasMore = records.length > input.limit;
        const page = hasMore ? records.slice(0, input.limit) : records;
        // Every visible row up to the head is in this page when it is the last one.
        const cursor = hasMore ? page[page.length - 1]!.seq : headSeq;
        const replaced = this.stmt.replacedFor.all(
          input.clientId,
          input.since,
          cursor,
          account.role === 'coordinator' ? 1 : 0,
          JSON.stringify(account.schools),
        );
        return {
          kind: 'ok',
          dbEpoch,
          changes: page.map(toChange),
          cursor,
          hasMore,
          headSeq,
          lastMutationId: client?.last_mutation_id ?? 0,
          replaced: replaced.map(toReplacedWrite),
        };
      })
      .deferred();
  }

  async status(space: string) {
    return this.db
      .transaction(() => ({ headSeq: this.pushTx.headSeq(space), dbEpoch: this.epoch() }))
      .deferred();
  }

  async seedRows(
    space: string,
    rows: readonly SeedRow[],
    by: string,
    now: number,
  ): Promise<number> {
    return this.db
      .transaction(() => {
        let seq = this.pushTx.headSeq(space);
        for (const row of rows) {
          seq += 1;
          const fieldSeq: Record<string, number> = { deleted: seq };
          for (const field of Object.keys(row.data)) {
            if (field !== keyField(row.entity)) fieldSeq[field] = seq;
          }
          this.pushTx.putRow(
            space,
            row.entity,
            row.id,
            { data: row.data, fieldSeq, deleted: row.deleted ?? false, seq },
            row.schoolId,
            by,
            now,
          );
        }
        return seq;
      })
      .immediate();
  }

  async readRow(space: string, entity: Entity, id: string) {
    const r = this.stmt.row.get(space, entity, id);
    return r ? { data: JSON.parse(r.data) as Fields, deleted: r.deleted === 1 } : null;
  }

  async mutationLog(clientId: string): Promise<readonly LoggedMutation[]> {
    return this.stmt.mutationLog.all(clientId).map((r) => ({
      clientId: r.client_id,
      mutationId: r.mutation_id,
      username: r.username ?? '',
      status: r.status,
      code: r.code,
      payload: JSON.parse(r.payload) as unknown,
      result: JSON.parse(r.result) as StoredResult,
      seq: r.seq,
    }));
  }

  async organizations(): Promise<readonly string[]> {
    return this.stmt.organizations.all().map((r) => r.space);
  }

  async rotateEpoch(): Promise<string> {
    const epoch = newEpoch();
    this.stmt.setMeta.run('db_epoch', epoch);
    return epoch;
  }

  async isInitialized(): Promise<boolean> {
    return this.stmt.meta.get('initialized')?.value === 'true';
  }

  async markInitialized(): Promise<void> {
    this.stmt.setMeta.run('initialized', 'true');
  }

  async createAccount(account: NewAccount, now: number): Promise<Account> {
    const id = `u-${randomUUID()}`;
    this.db
      .transaction(() => {
        if (this.stmt.accountByName.get(account.username)) {
          throw new AccountExistsError(`An account named ${account.username} exists`);
        }
        this.stmt.insertAccount.run(
          id,
          account.username,
          account.displayName,
          account.role,
          account.organizationId,
          account.passwordHash,
          now,
        );
        for (const school of account.schools) this.stmt.insertScope.run(id, 'school', school);
        for (const group of account.groups) this.stmt.insertScope.run(id, 'group', group);
      })
      .immediate();
    return this.toAccount(this.stmt.accountById.get(id)!);
  }

  private toAccount(r: AccountRecord): Account {
    const scopes = this.stmt.scopes.all(r.id);
    return {
      id: r.id,
      username: r.username,
      displayName: r.display_name,
      role: r.role,
      organizationId: r.organization_id,
      schools: scopes.filter((s) => s.kind === 'school').map((s) => s.ref_id),
      groups: scopes.filter((s) => s.kind === 'group').map((s) => s.ref_id),
      disabled: r.disabled === 1,
      passwordHash: r.password_hash,
      createdAt: r.created_at,
      scopeSeq: r.scope_seq,
    };
  }

  async findAccount(username: string): Promise<Account | null> {
    const r = this.stmt.accountByName.get(username);
    return r ? this.toAccount(r) : null;
  }

  async listAccounts(): Promise<readonly Account[]> {
    return this.stmt.accounts.all().map((r) => this.toAccount(r));
  }

  async setAccountDisabled(username: string, disabled: boolean): Promise<boolean> {
    return this.db
      .transaction(() => {
        const changed = this.stmt.setDisabled.run(disabled ? 1 : 0, username).changes > 0;
        if (disabled) this.stmt.deleteSessionsOf.run(username);
        return changed;
      })
      .immediate();
  }

  async setPasswordHash(username: string, passwordHash: string): Promise<boolean> {
    return this.db
      .transaction(() => {
        const changed = this.stmt.setPassword.run(passwordHash, username).changes > 0;
        this.stmt.deleteSessionsOf.run(username);
        return changed;
      })
      .immediate();
  }

  async setAccountScope(
    username: string,
    scope: { readonly schools: readonly string[]; readonly groups: readonly string[] },
  ): Promise<boolean> {
    return this.db
      .transaction(() => {
        const account = this.stmt.accountByName.get(username);
        if (!account) return false;
        this.stmt.deleteScopes.run(account.id);
        for (const school of scope.schools) this.stmt.insertScope.run(account.id, 'school', school);
        for (const group of scope.groups) this.stmt.insertScope.run(account.id, 'group', group);
        // A seq of its own (no row has it): every cursor taken before the change is below it.
        const seq = this.pushTx.headSeq(account.organization_id) + 1;
        this.stmt.setHeadSeq.run(account.organization_id, seq);
        this.stmt.setScopeSeq.run(seq, account.id);
        return true;
      })
      .immediate();
  }

  async createSession(
    tokenHash: string,
    accountId: string,
    createdAt: number,
    expiresAt: number,
  ): Promise<void> {
    this.stmt.createSession.run(tokenHash, accountId, createdAt, expiresAt);
  }

  async findSession(tokenHash: string): Promise<Session | null> {
    const s = this.stmt.session.get(tokenHash);
    if (!s) return null;
    const a = this.stmt.accountById.get(s.account_id);
    return a
      ? { account: this.toAccount(a), createdAt: s.created_at, expiresAt: s.expires_at }
      : null;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.stmt.deleteSession.run(tokenHash);
  }

  async deleteExpiredSessions(now: number): Promise<number> {
    return this.stmt.deleteExpired.run(now).changes;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function toStoredRow(r: RowRecord): StoredRow {
  return {
    data: JSON.parse(r.data) as Fields,
    fieldSeq: JSON.parse(r.field_seq) as FieldSeq,
    deleted: r.deleted === 1,
    seq: r.seq,
  };
}

function toChange(r: ChangeRecord): Change {
  return {
    entity: r.entity,
    id: r.id,
    seq: r.seq,
    deleted: r.deleted === 1,
    data: JSON.parse(r.data) as Record<string, unknown>,
    fieldSeq: JSON.parse(r.field_seq) as Record<string, number>,
    updatedBy: r.updated_by,
  };
}

function toReplacedWrite(r: ReplacedRecord): ReplacedWrite {
  return {
    mutationId: r.mutation_id,
    entity: r.entity,
    id: r.entity_id,
    field: r.field,
    yourValue: JSON.parse(r.your_value) as unknown,
    theirValue: JSON.parse(r.their_value) as unknown,
    by: r.replaced_by,
    seq: r.seq,
  };
}
