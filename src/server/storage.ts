/**
 * What the server needs from its database. SQLite (storage-sqlite.ts) is the embedded default;
 * a PostgreSQL adapter implements the same interface and must pass the same tests
 * (tests/server). Every method is async so that a networked database fits.
 */
import type { Change, PushResult, ReplacedWrite, Role, StoredResult } from '@/domain/sync/protocol';
import type { Fields } from '@/domain/sync/merge';
import type { Entity } from '@/domain/entities';

export interface Account {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly organizationId: string;
  readonly schools: readonly string[];
  readonly groups: readonly string[];
  readonly disabled: boolean;
  readonly passwordHash: string;
  /** Epoch ms. */
  readonly createdAt: number;
  /** The space's seq when the schools or classes last changed (0: never). */
  readonly scopeSeq: number;
}

export type NewAccount = Omit<Account, 'id' | 'disabled' | 'createdAt' | 'scopeSeq'>;

export class AccountExistsError extends Error {
  override readonly name = 'AccountExistsError';
}

export interface Session {
  readonly account: Account;
  readonly createdAt: number;
  readonly expiresAt: number;
}

/** A raw pushed mutation: only its integer id has been checked. */
export type RawMutation = { readonly id: number } & Readonly<Record<string, unknown>>;

export interface PushInput {
  readonly space: string;
  readonly account: Account;
  readonly clientId: string;
  /** The epoch the client last pulled from, if it has pulled. */
  readonly dbEpoch: string | undefined;
  readonly appVersion: string | undefined;
  /** Consecutive ids (the HTTP layer checks). */
  readonly mutations: readonly RawMutation[];
  /** Epoch ms: the server's clock, never the client's. */
  readonly now: number;
}

export type ResetReason = 'epochChanged' | 'cursorAhead' | 'cursorPruned' | 'scopeChanged';

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

export interface PullInput {
  readonly space: string;
  readonly account: Account;
  readonly clientId: string;
  readonly since: number;
  readonly limit: number;
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

/** A row written by the server itself (first-run demo data, tests), each at its own seq. */
export interface SeedRow {
  readonly entity: Entity;
  readonly id: string;
  readonly data: Fields;
  /** The school it belongs to, for pull filtering (progress, groups, schools). */
  readonly schoolId: string | null;
  readonly deleted?: boolean;
}

/** One entry of the append-only mutation log. */
export interface LoggedMutation {
  readonly clientId: string;
  readonly mutationId: number;
  readonly username: string;
  readonly status: StoredResult['status'];
  readonly code: string | null;
  readonly payload: unknown;
  readonly result: StoredResult;
  readonly seq: number | null;
}

export interface SyncStore {
  /** Applies a batch in one durable transaction; resolves only after the commit. */
  push(input: PushInput): Promise<PushOutcome>;
  /** One page of changes from one consistent snapshot. */
  pull(input: PullInput): Promise<PullOutcome>;
  status(space: string): Promise<{ readonly headSeq: number; readonly dbEpoch: string }>;
  /** Writes rows as the server (no client, no mutation log); returns the new head seq. */
  seedRows(space: string, rows: readonly SeedRow[], by: string, now: number): Promise<number>;
  /** The data of one row, deleted ones included, or null. */
  readRow(
    space: string,
    entity: Entity,
    id: string,
  ): Promise<{ readonly data: Fields; readonly deleted: boolean } | null>;
  /** The mutation log of one client, in mutation order (audit, tests). */
  mutationLog(clientId: string): Promise<readonly LoggedMutation[]>;
  /** Spaces that hold an organization row. */
  organizations(): Promise<readonly string[]>;
  /** A fresh epoch, to run after restoring a backup: every client then re-pulls from zero. */
  rotateEpoch(): Promise<string>;
  /** Whether first-run setup (demo data) has completed; set by markInitialized. */
  isInitialized(): Promise<boolean>;
  markInitialized(): Promise<void>;

  createAccount(account: NewAccount, now: number): Promise<Account>;
  findAccount(username: string): Promise<Account | null>;
  listAccounts(): Promise<readonly Account[]>;
  /** Disabling also ends the account's sessions. False when there is no such account. */
  setAccountDisabled(username: string, disabled: boolean): Promise<boolean>;
  /** Also ends the account's sessions. False when there is no such account. */
  setPasswordHash(username: string, passwordHash: string): Promise<boolean>;
  /**
   * Replaces the account's schools and classes and moves its space's head past the change, so
   * that the account's clients download again under the new scope. False when there is none.
   */
  setAccountScope(
    username: string,
    scope: { readonly schools: readonly string[]; readonly groups: readonly string[] },
  ): Promise<boolean>;

  createSession(
    tokenHash: string,
    accountId: string,
    createdAt: number,
    expiresAt: number,
  ): Promise<void>;
  /** The session and its account, expired ones included (the caller checks expiry). */
  findSession(tokenHash: string): Promise<Session | null>;
  deleteSession(tokenHash: string): Promise<void>;
  deleteExpiredSessions(now: number): Promise<number>;

  close(): Promise<void>;
}
