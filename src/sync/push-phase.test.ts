import { describe, expect, it } from 'vitest';
import type { VuosikelloDb } from '@/db/database';
import { getMeta } from '@/db/meta';
import { markProgress } from '@/db/progress-writes';
import { unsyncedCount } from '@/db/queries';
import type { LocalDate } from '@/domain/local-date';
import { pushOutbox, type PushPhase } from './push-phase';
import {
  connectedDb,
  failWith,
  recordingTransport,
  seededServer,
  type ReplacedAnswers,
} from './test-support';
import { RULES_1A } from '@/db/test-fixtures';

/** `count` changes of one task's note: mutations 1..count. */
async function notes(db: VuosikelloDb, count: number): Promise<void> {
  for (let i = 1; i <= count; i++) {
    await markProgress(db, {
      actionId: RULES_1A,
      state: 'done',
      day: '2026-09-03' as LocalDate,
      by: 'Maija',
      note: `huom ${i}`,
    });
  }
}

/** A push phase over the fake server, with requests recorded and answers replaced. */
async function pushing(count: number, replace: ReplacedAnswers = {}, batchSize = 3) {
  const server = seededServer();
  const db = await connectedDb();
  await notes(db, count);
  const calls: string[] = [];
  let answers = 0;
  const phase: PushPhase = {
    db,
    transport: recordingTransport(server.transport(), calls, replace),
    now: () => 1_800_000_000_000,
    batchSize,
    batchBytes: 256 * 1024,
    onAnswer: () => (answers += 1),
  };
  return { server, db, calls, phase, answers: () => answers };
}

const statuses = async (db: VuosikelloDb) => (await db.outbox.toArray()).map((e) => e.status);

describe('the push phase', () => {
  it('sends the unanswered entries oldest first in batches, each marked sent before it leaves', async () => {
    const seenSent: string[][] = [];
    const p = await pushing(7, {
      push: async (body) => {
        seenSent.push(await statuses(p.db));
        return p.server.transport().push('org-demo', body);
      },
    });
    expect(await pushOutbox(p.phase)).toEqual({ kind: 'ok' });
    expect(p.calls).toEqual(['push 1,2,3', 'push 4,5,6', 'push 7']);
    expect(seenSent[0]).toEqual([
      'sent',
      'sent',
      'sent',
      'pending',
      'pending',
      'pending',
      'pending',
    ]);
    expect(await statuses(p.db)).toEqual(Array(7).fill('acked'));
    expect(p.answers()).toBe(3);
    expect(await unsyncedCount(p.db)).toBe(0);
  });

  it('keeps each batch within its byte budget, and always sends at least one', async () => {
    const p = await pushing(3);
    expect(await pushOutbox({ ...p.phase, batchBytes: 1 })).toEqual({ kind: 'ok' });
    expect(p.calls).toEqual(['push 1', 'push 2', 'push 3']);
  });

  it('halves a batch the server finds too large, and gives up on a single change it refuses', async () => {
    const tooLarge = { kind: 'tooLarge', limit: 1_048_576 } as const;
    const p = await pushing(
      5,
      { push: (body) => (body.mutations.length > 2 ? failWith(tooLarge) : undefined) },
      5,
    );
    expect(await pushOutbox(p.phase)).toEqual({ kind: 'ok' });
    expect(p.calls).toEqual(['push 1,2,3,4,5', 'push 1,2', 'push 3,4', 'push 5']);

    const single = await pushing(1, { push: () => failWith(tooLarge) });
    expect(await pushOutbox(single.phase)).toEqual({
      kind: 'failed',
      failure: { error: 'tooLarge', pause: false },
    });
    expect(await statuses(single.db)).toEqual(['sent']);
  });

  it('answers a gap by sending again from the mutation expected, and gives up after three', async () => {
    let gaps = 1;
    const p = await pushing(4, {
      push: (body) =>
        body.mutations[0]!.id === 3 && gaps-- > 0
          ? failWith({ kind: 'gap', expected: 1 })
          : undefined,
    });
    // 1 and 2 were acknowledged; the server then lost them (a restore) and expects 1 again.
    expect(await pushOutbox({ ...p.phase, batchSize: 2 })).toEqual({ kind: 'ok' });
    expect(p.calls).toEqual(['push 1,2', 'push 3,4', 'push 1,2', 'push 3,4']);

    const stuck = await pushing(2, { push: () => failWith({ kind: 'gap', expected: 1 }) });
    expect(await pushOutbox(stuck.phase)).toEqual({
      kind: 'failed',
      failure: { error: 'badRequest', pause: false },
    });
    expect(stuck.calls).toEqual(['push 1,2', 'push 1,2', 'push 1,2', 'push 1,2']);
  });

  it('goes on under a new clientId when the server says this one is another user’s', async () => {
    let refusals = 1;
    const p = await pushing(2, {
      push: () =>
        refusals-- > 0
          ? failWith({ kind: 'forbidden', code: 'ClientOwnedByAnotherUser' })
          : undefined,
    });
    const before = await getMeta(p.db, 'clientId');
    expect(await pushOutbox(p.phase)).toEqual({ kind: 'ok' });
    const after = await getMeta(p.db, 'clientId');
    expect(after).not.toBe(before);
    expect(p.server.pushes.map((b) => [b.clientId, b.mutations.map((m) => m.id)])).toEqual([
      [after, [1, 2]],
    ]);

    const always = await pushing(1, {
      push: () => failWith({ kind: 'forbidden', code: 'ClientOwnedByAnotherUser' }),
    });
    expect(await pushOutbox(always.phase)).toEqual({
      kind: 'failed',
      failure: { error: 'forbidden', pause: true },
    });
    expect(always.calls).toHaveLength(4);
  });

  it('ends on a reset or a failure with every entry kept', async () => {
    const reset = await pushing(2, {
      push: () => failWith({ kind: 'reset', reason: 'epochChanged', dbEpoch: 'e-2' }),
    });
    expect(await pushOutbox(reset.phase)).toEqual({ kind: 'reset' });
    expect(await statuses(reset.db)).toEqual(['sent', 'sent']);

    const signedOut = await pushing(2, {
      push: () => failWith({ kind: 'unauthorized', code: 'SessionExpired' }),
    });
    expect(await pushOutbox(signedOut.phase)).toEqual({
      kind: 'failed',
      failure: { error: 'signInRequired', pause: true },
    });
    expect(await unsyncedCount(signedOut.db)).toBe(2);
    expect(signedOut.answers()).toBe(0);
  });
});
