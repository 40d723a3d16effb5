/**
 * What the server needs from its database, in two parts: the sync store (rows, clients, the
 * mutation log: push, pull and what goes with them) and the account store (accounts, their
 * scopes, sessions). SQLite (storage-sqlite.ts) is the embedded default and implements both on
 * one file; a PostgreSQL adapter implements the same interfaces and must pass the same tests
 * (tests/server, through the harness's store factory). Every method is async so that a networked
 * database fits. The push and pull rules themselves are in src/domain/sync (push.ts, pull.ts): an
 * adapter supplies their transaction.
 */
import type { Language } from '@/domain/model';
import type { CalendarTargetWire } from '@/domain/sync/feed-api';
import type { Role, StoredResult } from '@/domain/sync/protocol';
import type { Fields } from '@/domain/sync/merge';
import type { Entity } from '@/domain/entities';
import type { PullInput, PullOutcome } from '@/domain/sync/pull';
import type { PushInput, PushOutcome } from '@/domain/sync/push';
import type { SeedRow } from '@/domain/sync/server-rows';
import type { SyncAccount } from '@/domain/sync/store-types';

export type { PullInput, PullOutcome } from '@/domain/sync/pull';
export type { PushInput, PushOutcome, RawMutation } from '@/domain/sync/push';
export type { SeedRow } from '@/domain/sync/server-rows';
export type { ResetReason } from '@/domain/sync/store-types';

export interface Account extends SyncAccount {
  readonly displayName: string;
  readonly role: Role;
  readonly disabled: boolean;
  readonly passwordHash: string;
  /** Epoch ms. */
  readonly createdAt: number;
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

/** What the plan history asks the mutation log (every filter optional). */
export interface PlanHistoryFilter {
  readonly space: string;
  readonly entity?: Entity;
  readonly entityId?: string;
  readonly username?: string;
  /** Epoch ms: received at or after. */
  readonly fromMs?: number;
  /** Epoch ms: received before. */
  readonly toMs?: number;
  /** Only changes with a seq below this (the paging cursor). */
  readonly beforeSeq?: number;
  /** Only rows of these schools (a principal's); absent: every row. */
  readonly schools?: readonly string[];
  /** Only changes of these rows (`entity:id`); absent: of every row. */
  readonly rows?: readonly string[];
  readonly limit: number;
}

/** One applied change of a plan row, from the mutation log. */
export interface PlanHistoryRecord {
  readonly seq: number;
  /** Epoch ms. */
  readonly receivedAt: number;
  readonly username: string;
  readonly displayName: string;
  /** The mutation as the client sent it ({entity, entityId, op, patch, ...}). */
  readonly payload: unknown;
}

/** Rows, clients and the mutation log of every space. */
export interface SyncStore {
  /** Applies a batch in one durable transaction; resolves only after the commit. */
  push(input: PushInput): Promise<PushOutcome>;
  /** One page of changes from one consistent snapshot. */
  pull(input: PullInput): Promise<PullOutcome>;
  status(space: string): Promise<{ readonly headSeq: number; readonly dbEpoch: string }>;
  /**
   * Writes rows as the server (no client, no mutation log), each at its own seq, in one
   * transaction; returns the new head seq.
   */
  seedRows(space: string, rows: readonly SeedRow[], by: string, now: number): Promise<number>;
  /** The data of one row, deleted ones included, or null. */
  readRow(
    space: string,
    entity: Entity,
    id: string,
  ): Promise<{ readonly data: Fields; readonly deleted: boolean } | null>;
  /** The data of the live (not deleted) rows of one entity, by id. */
  liveRows(space: string, entity: Entity): Promise<readonly Fields[]>;
  /**
   * Epoch ms of the latest write of a plan row (not progress) of the space, deleted rows
   * included; null when there is none. What a calendar feed shows changes no later than this.
   */
  lastPlanChange(space: string): Promise<number | null>;
  /** Applied changes of plan rows (not progress), newest first, filtered and paged by seq. */
  planHistory(filter: PlanHistoryFilter): Promise<readonly PlanHistoryRecord[]>;
  /** The mutation log of one client, in mutation order (audit, tests). */
  mutationLog(clientId: string): Promise<readonly LoggedMutation[]>;
  /** Spaces that hold an organization row. */
  organizations(): Promise<readonly string[]>;
  /** A fresh epoch, to run after restoring a backup: every client then re-pulls from zero. */
  rotateEpoch(): Promise<string>;
  /** Whether first-run setup (demo data) has completed; set by markInitialized. */
  isInitialized(): Promise<boolean>;
  markInitialized(): Promise<void>;
}

/** A calendar feed: a secret token that serves one target's calendar (/feeds/<token>.ics). */
export interface CalendarFeed {
  readonly id: string;
  readonly token: string;
  readonly accountId: string;
  /** The username of the account that made it. */
  readonly owner: string;
  readonly organizationId: string;
  readonly schoolYearId: string;
  readonly target: CalendarTargetWire;
  readonly language: Language;
  /** Epoch ms. */
  readonly createdAt: number;
}

export type NewCalendarFeed = Omit<CalendarFeed, 'id' | 'owner' | 'createdAt'>;

/** Calendar feeds, kept with the accounts that made them. Only live (unrevoked) feeds are read. */
export interface FeedStore {
  /** Makes a feed, unless its account has `limit` live ones already (null then). */
  createFeed(feed: NewCalendarFeed, now: number, limit: number): Promise<CalendarFeed | null>;
  /** The live feeds of one account, or of one organization, newest first. */
  listFeeds(
    of: { readonly accountId: string } | { readonly organizationId: string },
  ): Promise<readonly CalendarFeed[]>;
  findFeed(id: string): Promise<CalendarFeed | null>;
  /** The live feed of `token` and the account that made it, or null. */
  findFeedByToken(
    token: string,
  ): Promise<{ readonly feed: CalendarFeed; readonly account: Account } | null>;
  /** Ends a live feed; false when there is none of that id. */
  revokeFeed(id: string, now: number): Promise<boolean>;
}

/**
 * Accounts, the schools and classes each may touch, sessions, and the calendar feeds accounts
 * made. An adapter keeps them in the same database as the sync store: a change of scope moves
 * the space's head in one transaction.
 */
export interface AccountStore extends FeedStore {
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
}

/** The server's two stores: what one database (SQLite today) implements. */
export interface Stores {
  /** Rows, clients and the mutation log (push, pull, status). */
  readonly sync: SyncStore;
  /** Accounts and sessions (sign-in, who is calling). */
  readonly accounts: AccountStore;
}
