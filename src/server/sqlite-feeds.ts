/**
 * The calendar feeds of the SQLite store (table calendar_feeds, storage version 4): statements
 * and their rows as CalendarFeed. The store runs them through its queue (storage-sqlite.ts).
 */
import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { Language } from '@/domain/model';
import type { CalendarTargetWire } from '@/domain/sync/feed-api';
import { ENTITIES, ENTITY_REGISTRY } from '@/domain/entities';
import type { CalendarFeed, NewCalendarFeed } from './storage';

interface FeedRecord {
  id: string;
  token: string;
  account_id: string;
  username: string;
  organization_id: string;
  school_year_id: string;
  target: string;
  language: Language;
  created_at: number;
}

const FEED_COLUMNS = `f.id, f.token, f.account_id, a.username, f.organization_id, f.school_year_id,
  f.target, f.language, f.created_at`;
const LIVE_FEEDS = `calendar_feeds f JOIN accounts a ON a.id = f.account_id
  WHERE f.revoked_at IS NULL`;
/** The plan's entities as an SQL list: identifiers from the registry, never user input. */
const PLAN = ENTITIES.filter((e) => ENTITY_REGISTRY[e].part === 'plan')
  .map((e) => `'${e}'`)
  .join(', ');

export type FeedStatements = ReturnType<typeof prepareFeedStatements>;

export function prepareFeedStatements(db: Database.Database) {
  const p = <P extends unknown[], R = unknown>(sql: string) => db.prepare<P, R>(sql);
  return {
    insert: p<[string, string, string, string, string, string, string, number]>(
      `INSERT INTO calendar_feeds (id, token, account_id, organization_id, school_year_id, target,
         language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    liveCount: p<[string], { n: number }>(
      'SELECT COUNT(*) AS n FROM calendar_feeds WHERE account_id = ? AND revoked_at IS NULL',
    ),
    byId: p<[string], FeedRecord>(`SELECT ${FEED_COLUMNS} FROM ${LIVE_FEEDS} AND f.id = ?`),
    byToken: p<[string], FeedRecord>(`SELECT ${FEED_COLUMNS} FROM ${LIVE_FEEDS} AND f.token = ?`),
    ofAccount: p<[string], FeedRecord>(
      `SELECT ${FEED_COLUMNS} FROM ${LIVE_FEEDS} AND f.account_id = ?
       ORDER BY f.created_at DESC, f.id`,
    ),
    ofOrganization: p<[string], FeedRecord>(
      `SELECT ${FEED_COLUMNS} FROM ${LIVE_FEEDS} AND f.organization_id = ?
       ORDER BY f.created_at DESC, f.id`,
    ),
    revoke: p<[number, string]>(
      'UPDATE calendar_feeds SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL',
    ),
    lastPlanChange: p<[string], { at: number | null }>(
      `SELECT MAX(updated_at) AS at FROM rows WHERE space = ? AND entity IN (${PLAN})`,
    ),
  };
}

export function feedOf(r: FeedRecord): CalendarFeed {
  return {
    id: r.id,
    token: r.token,
    accountId: r.account_id,
    owner: r.username,
    organizationId: r.organization_id,
    schoolYearId: r.school_year_id,
    // Written by insertFeed from a validated target.
    target: JSON.parse(r.target) as CalendarTargetWire,
    language: r.language,
    createdAt: r.created_at,
  };
}

/** Inserts `feed` unless its account has `limit` live feeds; runs inside a write transaction. */
export function insertFeed(
  stmt: FeedStatements,
  feed: NewCalendarFeed,
  now: number,
  limit: number,
): CalendarFeed | null {
  if ((stmt.liveCount.get(feed.accountId)?.n ?? 0) >= limit) return null;
  const id = `feed-${randomUUID()}`;
  stmt.insert.run(
    id,
    feed.token,
    feed.accountId,
    feed.organizationId,
    feed.schoolYearId,
    JSON.stringify(feed.target),
    feed.language,
    now,
  );
  return feedOf(stmt.byId.get(id)!);
}
