import { describe, expect, it } from 'vitest';
import type { VuosikelloDb } from '@/db/database';
import { getMeta } from '@/db/meta';
import { markProgress } from '@/db/progress-writes';
import { freshDb, RULES_1A } from '@/db/test-fixtures';
import type { LocalDate } from '@/domain/local-date';
import { MAX_ROUNDS, runSync, type SyncRun } from './sync-run';
import {
  connectedDb,
  failWith,
  recordingTransport,
  seededServer,
  type ReplacedAnswers,
} from './test-support';

let notes = 0;
const tick = (db: VuosikelloDb) =>
  markProgress(db, {
    actionId: RULES_1A,
    state: 'done',
    day: '2026-09-03' as LocalDate,
    by: 'Maija',
    note: `huom ${++notes}`,
  });

/** A run over the fake server, its requests and what it told recorded. */
function running(db: VuosikelloDb, replace: ReplacedAnswers = {}, online = true) {
  const server = seededServer();
  const calls: string[] = [];
  const told: string[] = [];
  const errors: unknown[] = [];
  const run: SyncRun = {
    db,
    transport: recordingTransport(server.transport(), calls, replace),
    now: () => 1_800_000_000_000,
    isOnline: () => online,
    pushBatchSize: 100,
    pushBatchBytes: 256 * 1024,
    pullLimit: 500,
    observer: {
      started: () => told.push('started'),
      answered: () => told.push('answered'),
      pulled: (page) => told.push(`pulled to ${page.cursor}`),
    },
    onError: (error) => errors.push(error),
  };
  return { server, calls, told, errors, run };
}

describe('a sync run', () => {
  it('does nothing in local mode or offline', async () => {
    const local = running(freshDb());
    expect(await runSync(local.run)).toEqual({ kind: 'local' });
    const offline = running(await connectedDb(), {}, false);
    expect(await runSync(offline.run)).toEqual({ kind: 'offline' });
    expect([...local.calls, ...offline.calls, ...local.told, ...offline.told]).toEqual([]);
  });

  it('pushes, then pulls to the head, and tells what happens', async () => {
    const db = await connectedDb();
    await tick(db);
    const r = running(db);
    const result = await runSync(r.run);
    expect(result).toMatchObject({ kind: 'synced', more: false, settings: { cursor: 15 } });
    expect(r.calls).toEqual(['push 1', 'pull since=0']);
    expect(r.told).toEqual(['started', 'answered', 'answered', 'pulled to 15']);
    expect(await db.outbox.count()).toBe(0);
  });

  it('after a 410 downloads from zero first, takes the user again, then pushes', async () => {
    const db = await connectedDb();
    const first = running(db);
    await runSync(first.run);
    await tick(db);
    // The server was restored from a backup: a new epoch, the client unknown.
    first.server.restore({ epoch: 'epoch-2', keepRows: () => true, lastMutationIds: {} });
    first.calls.length = 0;
    expect(await runSync(first.run)).toMatchObject({ kind: 'synced', more: false });
    expect(first.calls).toEqual(['push 1', 'session', 'pull since=0', 'push 1', 'pull since=14']);
    expect(await getMeta(db, 'dbEpoch')).toBe('epoch-2');
    expect(first.server.row('progress', RULES_1A)?.data['state']).toBe('done');
  });

  it('fails as invalidResponse after a fourth reset in one run', async () => {
    const r = running(await connectedDb(), {
      pull: () => failWith({ kind: 'reset', reason: 'epochChanged', dbEpoch: 'e-2' }),
    });
    expect(await runSync(r.run)).toEqual({
      kind: 'failed',
      failure: { error: 'invalidResponse', pause: false },
    });
    expect(r.calls.filter((c) => c === 'session')).toHaveLength(3);
    expect(r.calls.filter((c) => c.startsWith('pull'))).toHaveLength(4);
  });

  it(`stops after ${MAX_ROUNDS} rounds while writes keep coming, and says there is more`, async () => {
    const db = await connectedDb();
    await tick(db);
    const r = running(db, {
      // Each pull finds a new local write made while it was on the wire.
      pull: async (params) => {
        await tick(db);
        return r.server.transport().pull('org-demo', params);
      },
    });
    expect(await runSync(r.run)).toMatchObject({ kind: 'synced', more: true });
    expect(r.calls.filter((c) => c.startsWith('push'))).toHaveLength(MAX_ROUNDS);
  });

  it('ends as a storage failure when the database fails, told to onError', async () => {
    const db = await connectedDb();
    db.close();
    const r = running(db);
    expect(await runSync(r.run)).toEqual({
      kind: 'failed',
      failure: { error: 'storage', pause: false },
    });
    expect(r.errors).toHaveLength(1);
    expect(r.calls).toEqual([]);
  });
});
