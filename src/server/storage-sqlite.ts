/**
 * The embedded store: one SQLite file through better-sqlite3, in WAL mode with synchronous=FULL,
 * so a push is durable before it is answered. It implements both the sync store and the account
 * store. Transactions are explicit (BEGIN IMMEDIATE for writes, a deferred BEGIN for a pull's
 * snapshot, SAVEPOINT per mutation) because the shared push and pull rules are async.
 *
 * One connection, one queue: every use of the connection, a transaction or a single statement,
 * runs through a SerialQueue, so a transaction that awaits between its statements never has
 * another request's statement land inside it. better-sqlite3 runs each statement synchronously
 * on the event loop, so a second (read) connection would give no parallelism within the process,
 * only a second cache; the queue costs a couple of promise turns per request. busy_timeout covers
 * another process on the same file (the admin command, a backup).
 */
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { runPull } from '@/domain/sync/pull';
import { runPush, type InternalErrorHandler } from '@/domain/sync/push';
import { writeServerRows } from '@/domain/sync/server-rows';
import type { Fields } from '@/domain/sync/merge';
import type { StoredResult } from '@/domain/sync/protocol';
import type { Entity } from '@/domain/entities';
import { MIGRATIONS, SCHEMA_V1, STORAGE_VERSION } from './sqlite-schema';
import { prepareStatements, type AccountRecord, type Statements } from './sqlite-statements';
import { dbEpoch, headSeq, sqlitePullTx, sqlitePushTx } from './sqlite-tx';
import { SerialQueue } from './serial-queue';
import { feedOf, insertFeed, prepareFeedStatements, type FeedStatements } from './sqlite-feeds';
import {
  AccountExistsError,
  type Account,
  type AccountStore,
  type CalendarFeed,
  type NewCalendarFeed,
  type LoggedMutation,
  type NewAccount,
  type PlanHistoryFilter,
  type PlanHistoryRecord,
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

export class SqliteStore implements SyncStore, AccountStore {
  private readonly stmt: Statements;
  private readonly feedStmt: FeedStatements;
  private readonly queue = new SerialQueue();
  private readonly begin: Database.Statement;
  private readonly beginImmediate: Database.Statement;
  private readonly commit: Database.Statement;
  private readonly rollback: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly options: SqliteStoreOptions,
  ) {
    this.stmt = prepareStatements(db);
    this.feedStmt = prepareFeedStatements(db);
    this.begin = db.prepare('BEGIN');
    this.beginImmediate = db.prepare('BEGIN IMMEDIATE');
    this.commit = db.prepare('COMMIT');
    this.rollback = db.prepare('ROLLBACK');
  }

  /** Runs `fn` alone on the connection (a single statement commits on its own). */
  private alone<T>(fn: () => T): Promise<T> {
    return this.queue.run(fn);
  }

  /**
   * Runs `fn` in a transaction of its own on the connection: `immediate` takes the write lock
   * at once (so seqs are assigned in commit order), else a read snapshot. Resolves after COMMIT
   * (durable: synchronous=FULL); a throw rolls everything back.
   */
  private transaction<T>(immediate: boolean, fn: () => Promise<T> | T): Promise<T> {
    return this.queue.run(async () => {
      (immediate ? this.beginImmediate : this.begin).run();
      try {
        const result = await fn();
        this.commit.run();
        return result;
      } catch (error) {
        if (this.db.inTransaction) this.rollback.run();
        throw error;
      }
    });
  }

  push(input: PushInput): Promise<PushOutcome> {
    return this.transaction(true, async () => {
      const outcome = await runPush(sqlitePushTx(this.stmt), input, {
        ...(this.options.onInternalError && { onInternalError: this.options.onInternalError }),
      });
      this.options.beforePushCommit?.(input);
      return outcome;
    });
  }

  pull(input: PullInput): Promise<PullOutcome> {
    return this.transaction(false, () =>
      runPull(sqlitePullTx(this.stmt, this.options.afterPullRowsRead), input),
    );
  }

  status(space: string) {
    return this.transaction(false, () => ({
      headSeq: headSeq(this.stmt, space),
      dbEpoch: dbEpoch(this.stmt),
    }));
  }

  seedRows(space: string, rows: readonly SeedRow[], by: string, now: number): Promise<number> {
    return this.transaction(true, () =>
      writeServerRows(sqlitePushTx(this.stmt), space, rows, by, now),
    );
  }

  readRow(space: string, entity: Entity, id: string) {
    return this.alone(() => {
      const r = this.stmt.row.get(space, entity, id);
      return r ? { data: JSON.parse(r.data) as Fields, deleted: r.deleted === 1 } : null;
    });
  }

  liveRows(space: string, entity: Entity): Promise<readonly Fields[]> {
    return this.alone(() =>
      this.stmt.liveRowsOf.all(space, entity).map((r) => JSON.parse(r.data) as Fields),
    );
  }

  lastPlanChange(space: string): Promise<number | null> {
    return this.alone(() => this.feedStmt.lastPlanChange.get(space)?.at ?? null);
  }

  planHistory(f: PlanHistoryFilter): Promise<readonly PlanHistoryRecord[]> {
    const both = <T>(v: T | undefined): [T | null, T | null] => [v ?? null, v ?? null];
    const schools = f.schools === undefined ? null : JSON.stringify(f.schools);
    const rows = f.rows === undefined ? null : JSON.stringify(f.rows);
    return this.alone(() =>
      this.stmt.planHistory
        .all(
          f.space,
          ...both(f.entity),
          ...both(f.entityId),
          ...both(f.username),
          ...both(f.fromMs),
          ...both(f.toMs),
          ...both(f.beforeSeq),
          schools,
          schools,
          rows,
          rows,
          f.limit,
        )
        .map((r) => ({
          seq: r.seq,
          receivedAt: r.received_at,
          username: r.username ?? '',
          displayName: r.display_name ?? r.username ?? '',
          payload: JSON.parse(r.payload) as unknown,
        })),
    );
  }

  mutationLog(clientId: string): Promise<readonly LoggedMutation[]> {
    return this.alone(() =>
      this.stmt.mutationLog.all(clientId).map((r) => ({
        clientId: r.client_id,
        mutationId: r.mutation_id,
        username: r.username ?? '',
        status: r.status,
        code: r.code,
        payload: JSON.parse(r.payload) as unknown,
        result: JSON.parse(r.result) as StoredResult,
        seq: r.seq,
      })),
    );
  }

  organizations(): Promise<readonly string[]> {
    return this.alone(() => this.stmt.organizations.all().map((r) => r.space));
  }

  rotateEpoch(): Promise<string> {
    return this.alone(() => {
      const epoch = newEpoch();
      this.stmt.setMeta.run('db_epoch', epoch);
      return epoch;
    });
  }

  isInitialized(): Promise<boolean> {
    return this.alone(() => this.stmt.meta.get('initialized')?.value === 'true');
  }

  async markInitialized(): Promise<void> {
    await this.alone(() => this.stmt.setMeta.run('initialized', 'true'));
  }

  createAccount(account: NewAccount, now: number): Promise<Account> {
    const id = `u-${randomUUID()}`;
    return this.transaction(true, () => {
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
      return this.toAccount(this.stmt.accountById.get(id)!);
    });
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

  findAccount(username: string): Promise<Account | null> {
    return this.transaction(false, () => {
      const r = this.stmt.accountByName.get(username);
      return r ? this.toAccount(r) : null;
    });
  }

  listAccounts(): Promise<readonly Account[]> {
    return this.transaction(false, () => this.stmt.accounts.all().map((r) => this.toAccount(r)));
  }

  setAccountDisabled(username: string, disabled: boolean): Promise<boolean> {
    return this.transaction(true, () => {
      const changed = this.stmt.setDisabled.run(disabled ? 1 : 0, username).changes > 0;
      if (disabled) this.stmt.deleteSessionsOf.run(username);
      return changed;
    });
  }

  setPasswordHash(username: string, passwordHash: string): Promise<boolean> {
    return this.transaction(true, () => {
      const changed = this.stmt.setPassword.run(passwordHash, username).changes > 0;
      this.stmt.deleteSessionsOf.run(username);
      return changed;
    });
  }

  setAccountScope(
    username: string,
    scope: { readonly schools: readonly string[]; readonly groups: readonly string[] },
  ): Promise<boolean> {
    return this.transaction(true, () => {
      const account = this.stmt.accountByName.get(username);
      if (!account) return false;
      this.stmt.deleteScopes.run(account.id);
      for (const school of scope.schools) this.stmt.insertScope.run(account.id, 'school', school);
      for (const group of scope.groups) this.stmt.insertScope.run(account.id, 'group', group);
      // A seq of its own (no row has it): every cursor taken before the change is below it.
      const seq = headSeq(this.stmt, account.organization_id) + 1;
      this.stmt.setHeadSeq.run(account.organization_id, seq);
      this.stmt.setScopeSeq.run(seq, account.id);
      return true;
    });
  }

  async createSession(
    tokenHash: string,
    accountId: string,
    createdAt: number,
    expiresAt: number,
  ): Promise<void> {
    await this.alone(() => this.stmt.createSession.run(tokenHash, accountId, createdAt, expiresAt));
  }

  findSession(tokenHash: string): Promise<Session | null> {
    return this.transaction(false, () => {
      const s = this.stmt.session.get(tokenHash);
      if (!s) return null;
      const a = this.stmt.accountById.get(s.account_id);
      return a
        ? { account: this.toAccount(a), createdAt: s.created_at, expiresAt: s.expires_at }
        : null;
    });
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.alone(() => this.stmt.deleteSession.run(tokenHash));
  }

  deleteExpiredSessions(now: number): Promise<number> {
    return this.alone(() => this.stmt.deleteExpired.run(now).changes);
  }

  createFeed(feed: NewCalendarFeed, now: number, limit: number): Promise<CalendarFeed | null> {
    return this.transaction(true, () => insertFeed(this.feedStmt, feed, now, limit));
  }

  listFeeds(
    of: { readonly accountId: string } | { readonly organizationId: string },
  ): Promise<readonly CalendarFeed[]> {
    return this.alone(() =>
      ('accountId' in of
        ? this.feedStmt.ofAccount.all(of.accountId)
        : this.feedStmt.ofOrganization.all(of.organizationId)
      ).map(feedOf),
    );
  }

  findFeed(id: string): Promise<CalendarFeed | null> {
    return this.alone(() => {
      const r = this.feedStmt.byId.get(id);
      return r ? feedOf(r) : null;
    });
  }

  findFeedByToken(token: string): Promise<{ feed: CalendarFeed; account: Account } | null> {
    return this.transaction(false, () => {
      const r = this.feedStmt.byToken.get(token);
      const a = r && this.stmt.accountById.get(r.account_id);
      return r && a ? { feed: feedOf(r), account: this.toAccount(a) } : null;
    });
  }

  revokeFeed(id: string, now: number): Promise<boolean> {
    return this.alone(() => this.feedStmt.revoke.run(now, id).changes > 0);
  }

  /** Closes the connection once every queued use of it has run. */
  close(): Promise<void> {
    return this.alone(() => {
      if (this.db.open) this.db.close();
    });
  }
}
