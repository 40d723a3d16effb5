/**
 * The SQLite tables (SYNC-NOTES §8.3). `rows.seq` is unique per space and assigned inside
 * BEGIN IMMEDIATE, so seq order is commit order and a `seq >` cursor cannot skip a row.
 * Changing a shipped table means a new STORAGE_VERSION step below, never an edit.
 */
export const STORAGE_VERSION = 4;

export const SCHEMA_V1 = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS seq_counter (
  space TEXT PRIMARY KEY,
  value INTEGER NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS rows (
  space TEXT NOT NULL,
  entity TEXT NOT NULL,
  id TEXT NOT NULL,
  data TEXT NOT NULL,
  field_seq TEXT NOT NULL,
  deleted INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  school_id TEXT,
  updated_by TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (space, entity, id)
) STRICT, WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS rows_by_seq ON rows (space, seq);

CREATE TABLE IF NOT EXISTS clients (
  client_id TEXT PRIMARY KEY,
  account_id TEXT NOT NULL,
  space TEXT NOT NULL,
  last_mutation_id INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  app_version TEXT
) STRICT;

CREATE TABLE IF NOT EXISTS mutation_log (
  client_id TEXT NOT NULL,
  mutation_id INTEGER NOT NULL,
  space TEXT NOT NULL,
  account_id TEXT NOT NULL,
  received_at INTEGER NOT NULL,
  status TEXT NOT NULL,
  code TEXT,
  payload TEXT NOT NULL,
  result TEXT NOT NULL,
  seq INTEGER,
  PRIMARY KEY (client_id, mutation_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS mutation_log_by_seq ON mutation_log (space, seq) WHERE seq IS NOT NULL;

CREATE TABLE IF NOT EXISTS accounts (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  organization_id TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL
) STRICT;

CREATE TABLE IF NOT EXISTS account_scopes (
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('school', 'group')),
  ref_id TEXT NOT NULL,
  PRIMARY KEY (account_id, kind, ref_id)
) STRICT;

CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS sessions_by_expiry ON sessions (expires_at);
`;

/**
 * Version 2: the writes each client should hear were replaced unseen (a later write by another
 * account whose base was older), keyed by the client whose write lost, for its pulls.
 */
export const SCHEMA_V2 = `
CREATE TABLE IF NOT EXISTS replaced_writes (
  client_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  field TEXT NOT NULL,
  mutation_id INTEGER NOT NULL,
  space TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  school_id TEXT,
  your_value TEXT NOT NULL,
  their_value TEXT NOT NULL,
  replaced_by TEXT NOT NULL,
  PRIMARY KEY (client_id, seq, field)
) STRICT, WITHOUT ROWID;
`;

/**
 * Version 3: the seq at which an account's schools or classes last changed. A pull from a cursor
 * below it was filtered by the old scope, so it is answered with a reset (`scopeChanged`).
 */
export const SCHEMA_V3 = `
ALTER TABLE accounts ADD COLUMN scope_seq INTEGER NOT NULL DEFAULT 0;
`;

/**
 * Version 4: calendar feeds, each a secret token serving one target's calendar (a class, a grade
 * of a school, a school: `target` as JSON) of one school year in one language, made by an
 * account. A revoked feed keeps its row (who made what, and when it ended) but no longer serves.
 */
export const SCHEMA_V4 = `
CREATE TABLE IF NOT EXISTS calendar_feeds (
  id TEXT PRIMARY KEY,
  token TEXT NOT NULL UNIQUE,
  account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  organization_id TEXT NOT NULL,
  school_year_id TEXT NOT NULL,
  target TEXT NOT NULL,
  language TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  revoked_at INTEGER
) STRICT;
CREATE INDEX IF NOT EXISTS calendar_feeds_by_account ON calendar_feeds (account_id, created_at);
CREATE INDEX IF NOT EXISTS calendar_feeds_by_organization
  ON calendar_feeds (organization_id, created_at);
`;

/** The step that brings a database from version n - 1 to n. */
export const MIGRATIONS: Readonly<Record<number, string>> = {
  2: SCHEMA_V2,
  3: SCHEMA_V3,
  4: SCHEMA_V4,
};
