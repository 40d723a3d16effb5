/**
 * The prepared statements of the SQLite store, and the shapes of the records they return.
 * Prepared once per connection (after migration).
 */
import type Database from 'better-sqlite3';
import type { RejectionCode, Role, StoredResult } from '@/domain/sync/protocol';
import { SCHOOL_READ_ENTITIES, type Entity } from '@/domain/entities';

export interface RowRecord {
  data: string;
  field_seq: string;
  deleted: number;
  seq: number;
}

export interface ChangeRecord extends RowRecord {
  entity: Entity;
  id: string;
  updated_by: string;
}

export interface ReplacedRecord {
  mutation_id: number;
  entity: Entity;
  entity_id: string;
  field: string;
  your_value: string;
  their_value: string;
  replaced_by: string;
  seq: number;
}

export interface AccountRecord {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  organization_id: string;
  password_hash: string;
  disabled: number;
  created_at: number;
  scope_seq: number;
}

export interface LogRecord {
  client_id: string;
  mutation_id: number;
  username: string | null;
  status: StoredResult['status'];
  code: RejectionCode | null;
  payload: string;
  result: string;
  seq: number | null;
}

/** One applied plan change of the mutation log, with who made it and its row's school. */
export interface HistoryRecord {
  seq: number;
  received_at: number;
  username: string | null;
  display_name: string | null;
  payload: string;
}

export type Statements = ReturnType<typeof prepareStatements>;

/**
 * The SQL list of the entities only their own school's users read (`read: 'ownSchools'` in
 * entities.ts): the rest of the space everyone in it reads. Names are identifiers from the
 * registry, never user input.
 */
const SCHOOL_READ = SCHOOL_READ_ENTITIES.map((e) => `'${e}'`).join(', ');

export function prepareStatements(db: Database.Database) {
  const p = <P extends unknown[], R = unknown>(sql: string) => db.prepare<P, R>(sql);
  return {
    // One mutation of a push: its writes kept or undone together (runPush never nests them).
    savepoint: p('SAVEPOINT mutation'),
    release: p('RELEASE mutation'),
    rollbackTo: p('ROLLBACK TO mutation'),
    meta: p<[string], { value: string }>('SELECT value FROM meta WHERE key = ?'),
    setMeta: p<[string, string]>(
      'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    ),
    headSeq: p<[string], { value: number }>('SELECT value FROM seq_counter WHERE space = ?'),
    setHeadSeq: p<[string, number]>(
      'INSERT INTO seq_counter (space, value) VALUES (?, ?) ON CONFLICT (space) DO UPDATE SET value = excluded.value',
    ),
    client: p<[string], { account_id: string; space: string; last_mutation_id: number }>(
      'SELECT account_id, space, last_mutation_id FROM clients WHERE client_id = ?',
    ),
    createClient: p<[string, string, string, number, number, string | null]>(
      `INSERT INTO clients (client_id, account_id, space, last_mutation_id, created_at, last_seen_at, app_version)
       VALUES (?, ?, ?, 0, ?, ?, ?)`,
    ),
    setLastMutationId: p<[number, number, string]>(
      'UPDATE clients SET last_mutation_id = ?, last_seen_at = ? WHERE client_id = ?',
    ),
    storedResult: p<[string, number], { result: string }>(
      'SELECT result FROM mutation_log WHERE client_id = ? AND mutation_id = ?',
    ),
    row: p<[string, string, string], RowRecord>(
      'SELECT data, field_seq, deleted, seq FROM rows WHERE space = ? AND entity = ? AND id = ?',
    ),
    groupSchool: p<[string, string], { school_id: string | null }>(
      "SELECT school_id FROM rows WHERE space = ? AND entity = 'group' AND id = ?",
    ),
    putRow: p<
      [string, string, string, string, string, number, number, string | null, string, number]
    >(
      `INSERT INTO rows (space, entity, id, data, field_seq, deleted, seq, school_id, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (space, entity, id) DO UPDATE SET data = excluded.data, field_seq = excluded.field_seq,
         deleted = excluded.deleted, seq = excluded.seq, school_id = excluded.school_id,
         updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
    ),
    writerOfSeq: p<
      [string, number],
      { client_id: string; mutation_id: number; account_id: string; username: string }
    >(
      `SELECT m.client_id, m.mutation_id, m.account_id, a.username
       FROM mutation_log m JOIN accounts a ON a.id = m.account_id
       WHERE m.space = ? AND m.seq = ?`,
    ),
    recordReplaced: p<
      [
        string,
        number,
        string,
        number,
        string,
        string,
        string,
        string | null,
        string,
        string,
        string,
      ]
    >(
      `INSERT OR IGNORE INTO replaced_writes (client_id, seq, field, mutation_id, space, entity,
         entity_id, school_id, your_value, their_value, replaced_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    // The notices of replaced writes, in the same read scope as the changes (1: everything).
    replacedFor: p<[string, number, number, number, string], ReplacedRecord>(
      `SELECT mutation_id, entity, entity_id, field, your_value, their_value, replaced_by, seq
       FROM replaced_writes
       WHERE client_id = ? AND seq > ? AND seq <= ?
         AND (? = 1 OR entity NOT IN (${SCHOOL_READ}) OR school_id IS NULL
              OR school_id IN (SELECT value FROM json_each(?)))
       ORDER BY seq, field`,
    ),
    log: p<
      [string, number, string, string, number, string, string | null, string, string, number | null]
    >(
      `INSERT INTO mutation_log (client_id, mutation_id, space, account_id, received_at, status, code, payload, result, seq)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    changesAll: p<[string, number, number], ChangeRecord>(
      `SELECT entity, id, data, field_seq, deleted, seq, updated_by FROM rows
       WHERE space = ? AND seq > ? ORDER BY seq LIMIT ?`,
    ),
    // The read scope `ownSchools` (scopeIncludes in src/domain/sync/authorize.ts): what everyone
    // in the organization reads, and the rows of own schools.
    changesOfSchools: p<[string, number, string, number], ChangeRecord>(
      `SELECT entity, id, data, field_seq, deleted, seq, updated_by FROM rows
       WHERE space = ? AND seq > ?
         AND (entity NOT IN (${SCHOOL_READ}) OR school_id IS NULL
              OR school_id IN (SELECT value FROM json_each(?)))
       ORDER BY seq LIMIT ?`,
    ),
    mutationLog: p<[string], LogRecord>(
      `SELECT m.client_id, m.mutation_id, a.username, m.status, m.code, m.payload, m.result, m.seq
       FROM mutation_log m LEFT JOIN accounts a ON a.id = m.account_id
       WHERE m.client_id = ? ORDER BY m.mutation_id`,
    ),
    liveRowsOf: p<[string, string], { data: string }>(
      'SELECT data FROM rows WHERE space = ? AND entity = ? AND deleted = 0 ORDER BY id',
    ),
    // The plan history, newest first (mutation_log_by_seq): applied changes of every entity but
    // progress; each filter is off when its parameter is NULL; schools (JSON) limits to the rows
    // of those schools.
    planHistory: p<
      [
        string,
        string | null,
        string | null,
        string | null,
        string | null,
        string | null,
        string | null,
        number | null,
        number | null,
        number | null,
        number | null,
        number | null,
        number | null,
        string | null,
        string | null,
        string | null,
        string | null,
        number,
      ],
      HistoryRecord
    >(
      `SELECT m.seq, m.received_at, a.username, a.display_name, m.payload
       FROM mutation_log m
       LEFT JOIN accounts a ON a.id = m.account_id
       LEFT JOIN rows r ON r.space = m.space AND r.entity = json_extract(m.payload, '$.entity')
         AND r.id = json_extract(m.payload, '$.entityId')
       WHERE m.space = ? AND m.status = 'applied' AND m.seq IS NOT NULL
         AND json_extract(m.payload, '$.entity') <> 'progress'
         AND (? IS NULL OR json_extract(m.payload, '$.entity') = ?)
         AND (? IS NULL OR json_extract(m.payload, '$.entityId') = ?)
         AND (? IS NULL OR a.username = ? COLLATE NOCASE)
         AND (? IS NULL OR m.received_at >= ?)
         AND (? IS NULL OR m.received_at < ?)
         AND (? IS NULL OR m.seq < ?)
         AND (? IS NULL OR r.school_id IN (SELECT value FROM json_each(?)))
         AND (? IS NULL OR json_extract(m.payload, '$.entity') || ':' ||
           json_extract(m.payload, '$.entityId') IN (SELECT value FROM json_each(?)))
       ORDER BY m.seq DESC LIMIT ?`,
    ),
    organizations: p<[], { space: string }>(
      "SELECT space FROM rows WHERE entity = 'organization' AND deleted = 0 AND id = space",
    ),
    insertAccount: p<[string, string, string, string, string, string, number]>(
      `INSERT INTO accounts (id, username, display_name, role, organization_id, password_hash, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertScope: p<[string, string, string]>(
      'INSERT OR IGNORE INTO account_scopes (account_id, kind, ref_id) VALUES (?, ?, ?)',
    ),
    accountByName: p<[string], AccountRecord>('SELECT * FROM accounts WHERE username = ?'),
    accountById: p<[string], AccountRecord>('SELECT * FROM accounts WHERE id = ?'),
    accounts: p<[], AccountRecord>('SELECT * FROM accounts ORDER BY username'),
    scopes: p<[string], { kind: 'school' | 'group'; ref_id: string }>(
      'SELECT kind, ref_id FROM account_scopes WHERE account_id = ? ORDER BY kind, ref_id',
    ),
    setDisabled: p<[number, string]>('UPDATE accounts SET disabled = ? WHERE username = ?'),
    setScopeSeq: p<[number, string]>('UPDATE accounts SET scope_seq = ? WHERE id = ?'),
    deleteScopes: p<[string]>('DELETE FROM account_scopes WHERE account_id = ?'),
    setPassword: p<[string, string]>('UPDATE accounts SET password_hash = ? WHERE username = ?'),
    deleteSessionsOf: p<[string]>(
      'DELETE FROM sessions WHERE account_id = (SELECT id FROM accounts WHERE username = ?)',
    ),
    createSession: p<[string, string, number, number]>(
      'INSERT INTO sessions (token_hash, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    ),
    session: p<[string], { account_id: string; created_at: number; expires_at: number }>(
      'SELECT account_id, created_at, expires_at FROM sessions WHERE token_hash = ?',
    ),
    deleteSession: p<[string]>('DELETE FROM sessions WHERE token_hash = ?'),
    deleteExpired: p<[number]>('DELETE FROM sessions WHERE expires_at <= ?'),
  };
}
