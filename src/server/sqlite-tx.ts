/**
 * The SQLite side of the shared push and pull rules (src/domain/sync/push.ts, pull.ts): their
 * transaction interfaces over the prepared statements. The store opens and ends the transaction
 * (storage-sqlite.ts); these only read and write inside it. better-sqlite3 is synchronous, so
 * each method runs its statement at once and returns a settled promise.
 */
import type { ReadScope } from '@/domain/sync/authorize';
import type { FieldSeq, Fields, StoredRow } from '@/domain/sync/merge';
import type { Change, ReplacedWrite, StoredResult } from '@/domain/sync/protocol';
import type { PullTx } from '@/domain/sync/pull';
import type { PushTx } from '@/domain/sync/push';
import type { ChangeRecord, ReplacedRecord, RowRecord, Statements } from './sqlite-statements';

/** The database's epoch; a database without one is broken (the request fails with 500). */
export function dbEpoch(stmt: Statements): string {
  const row = stmt.meta.get('db_epoch');
  if (!row) throw new Error('meta db_epoch is missing');
  return row.value;
}

export function headSeq(stmt: Statements, space: string): number {
  return stmt.headSeq.get(space)?.value ?? 0;
}

function client(stmt: Statements, clientId: string) {
  const c = stmt.client.get(clientId);
  return c ? { accountId: c.account_id, space: c.space, lastMutationId: c.last_mutation_id } : null;
}

/** The push transaction's reads, writes and savepoints, on prepared statements. */
export function sqlitePushTx(stmt: Statements): PushTx {
  return {
    dbEpoch: async () => dbEpoch(stmt),
    headSeq: async (space) => headSeq(stmt, space),
    client: async (clientId) => client(stmt, clientId),
    createClient: async (clientId, c) =>
      void stmt.createClient.run(
        clientId,
        c.accountId,
        c.space,
        c.now,
        c.now,
        c.appVersion ?? null,
      ),
    setLastMutationId: async (clientId, id, now) =>
      void stmt.setLastMutationId.run(id, now, clientId),
    storedResult: async (clientId, id) => {
      const r = stmt.storedResult.get(clientId, id);
      return r ? (JSON.parse(r.result) as StoredResult) : null;
    },
    row: async (space, entity, id) => {
      const r = stmt.row.get(space, entity, id);
      return r ? toStoredRow(r) : null;
    },
    groupSchool: async (space, groupId) => stmt.groupSchool.get(space, groupId)?.school_id ?? null,
    putRow: async (space, entity, id, row, schoolId, by, now) => {
      stmt.putRow.run(
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
      stmt.setHeadSeq.run(space, row.seq);
    },
    writerOfSeq: async (space, seq) => {
      const w = stmt.writerOfSeq.get(space, seq);
      return w
        ? {
            clientId: w.client_id,
            mutationId: w.mutation_id,
            accountId: w.account_id,
            username: w.username,
          }
        : null;
    },
    recordReplaced: async (r) =>
      void stmt.recordReplaced.run(
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
    log: async (e) =>
      void stmt.log.run(
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
    savepoint: async (fn) => {
      stmt.savepoint.run();
      try {
        const result = await fn();
        stmt.release.run();
        return result;
      } catch (error) {
        stmt.rollbackTo.run();
        stmt.release.run();
        throw error;
      }
    },
  };
}

/** The pull's reads. `afterRowsRead` is a test hook run between the rows and the client. */
export function sqlitePullTx(stmt: Statements, afterRowsRead?: () => void): PullTx {
  return {
    dbEpoch: async () => dbEpoch(stmt),
    headSeq: async (space) => headSeq(stmt, space),
    pruneHorizon: async () => Number(stmt.meta.get('prune_horizon')?.value ?? 0),
    client: async (clientId) => client(stmt, clientId),
    changes: async (space, since, limit, scope) => {
      const records = changeRecords(stmt, space, since, limit, scope);
      afterRowsRead?.();
      return records.map(toChange);
    },
    replacedWrites: async (clientId, since, upTo, scope) => {
      if (scope.kind === 'nothing') return [];
      return stmt.replacedFor
        .all(
          clientId,
          since,
          upTo,
          scope.kind === 'everything' ? 1 : 0,
          JSON.stringify(scope.kind === 'everything' ? [] : scope.schools),
        )
        .map(toReplacedWrite);
    },
  };
}

function changeRecords(
  stmt: Statements,
  space: string,
  since: number,
  limit: number,
  scope: ReadScope,
): ChangeRecord[] {
  switch (scope.kind) {
    case 'everything':
      return stmt.changesAll.all(space, since, limit);
    case 'ownSchools':
      return stmt.changesOfSchools.all(space, since, JSON.stringify(scope.schools), limit);
    case 'nothing':
      return [];
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
