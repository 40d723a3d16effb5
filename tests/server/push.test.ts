import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pushResponseSchema } from '@/domain/sync/protocol';
import { SPACE } from './fixtures';
import { createTheme, startTestServer, type TestServer } from './harness';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

describe('push', () => {
  it('applies a mutation, answers after commit with its seq, and the row is pulled back', async () => {
    const coordinator = await t.signIn('coordinator');
    const before = await t.store.status(SPACE);
    const res = await coordinator.pushMutations('c-1', [createTheme(1, 'th-new')]);
    expect(res.status).toBe(200);
    expect(pushResponseSchema.parse(res.body)).toEqual({
      protocolVersion: 1,
      schemaVersion: 1,
      lastMutationId: 1,
      headSeq: before.headSeq + 1,
      results: [{ id: 1, status: 'applied', seq: before.headSeq + 1 }],
    });
    const pulled = await coordinator.pull({
      since: before.headSeq,
      clientId: 'c-1',
      schemaVersion: 1,
      dbEpoch: before.dbEpoch,
    });
    expect(pulled.body.changes).toEqual([
      {
        entity: 'theme',
        id: 'th-new',
        seq: before.headSeq + 1,
        deleted: false,
        data: {
          id: 'th-new',
          name: { fi: 'th-new', sv: 'th-new', en: 'th-new' },
          color: '#123456',
        },
        fieldSeq: {
          deleted: before.headSeq + 1,
          name: before.headSeq + 1,
          color: before.headSeq + 1,
        },
        updatedBy: 'coordinator',
      },
    ]);
    expect(pulled.body.lastMutationId).toBe(1);
  });

  it('answers a retried push (response lost) with duplicate and the stored result, without a new seq', async () => {
    const coordinator = await t.signIn('coordinator');
    const first = await coordinator.pushMutations('c-1', [
      createTheme(1, 'th-a'),
      createTheme(2, 'th-b'),
    ]);
    const retry = await coordinator.pushMutations('c-1', [
      createTheme(1, 'th-a'),
      createTheme(2, 'th-b'),
      createTheme(3, 'th-c'),
    ]);
    expect(retry.status).toBe(200);
    expect(retry.body.results).toEqual([
      { id: 1, status: 'duplicate', original: first.body.results[0] },
      { id: 2, status: 'duplicate', original: first.body.results[1] },
      { id: 3, status: 'applied', seq: first.body.headSeq + 1 },
    ]);
    expect(retry.body.headSeq).toBe(first.body.headSeq + 1);
    expect((await t.store.mutationLog('c-1')).map((m) => m.mutationId)).toEqual([1, 2, 3]);
  });

  it('applies two concurrent identical pushes once', async () => {
    const coordinator = await t.signIn('coordinator');
    const batch = Array.from({ length: 50 }, (_, i) => createTheme(i + 1, `th-${i}`));
    const [a, b] = await Promise.all([
      coordinator.pushMutations('c-1', batch),
      coordinator.pushMutations('c-1', batch),
    ]);
    const statuses = [a, b].map((r) => new Set(r.body.results.map((x) => x.status)));
    expect(statuses).toEqual(
      expect.arrayContaining([new Set(['applied']), new Set(['duplicate'])]),
    );
    const log = await t.store.mutationLog('c-1');
    expect(log).toHaveLength(50);
    expect(new Set(log.map((m) => m.seq)).size).toBe(50);
  });

  it('runs concurrent pushes, pulls and sign-ins of many clients one transaction at a time', async () => {
    const coordinator = await t.signIn('coordinator');
    const head = (await t.store.status(SPACE)).headSeq;
    const clients = Array.from({ length: 10 }, (_, c) => `c-${c}`);
    const [pushes] = await Promise.all([
      Promise.all(
        clients.map((c) =>
          coordinator.pushMutations(
            c,
            Array.from({ length: 20 }, (_, i) => createTheme(i + 1, `th-${c}-${i}`)),
          ),
        ),
      ),
      Promise.all(
        clients.map((c) => coordinator.pull({ since: 0, clientId: `r-${c}`, schemaVersion: 1 })),
      ),
      Promise.all(clients.map(() => t.signIn('teacher'))),
    ]);
    expect(pushes.every((r) => r.status === 200)).toBe(true);
    // Each push took a run of 20 seqs of its own: no two interleaved inside one transaction.
    const seqs = pushes.map((r) =>
      r.body.results.map((x) => (x.status === 'applied' ? x.seq : -1)),
    );
    for (const run of seqs) expect(run).toEqual(run.map((_, i) => run[0]! + i));
    expect(new Set(seqs.flat()).size).toBe(200);
    expect((await t.store.status(SPACE)).headSeq).toBe(head + 200);
  });

  it('keeps transactions started together apart, also when called in the same tick', async () => {
    // Calls made in one tick reach the store together: its transactions must not interleave.
    const account = (await t.accounts.findAccount('coordinator'))!;
    const head = (await t.store.status(SPACE)).headSeq;
    const input = (clientId: string) => ({
      space: SPACE,
      account,
      clientId,
      dbEpoch: undefined,
      appVersion: undefined,
      mutations: Array.from({ length: 5 }, (_, i) => createTheme(i + 1, `th-${clientId}-${i}`)),
      now: t.now(),
    });
    const [a, , b] = await Promise.all([
      t.store.push(input('c-a')),
      t.store.pull({
        space: SPACE,
        account,
        clientId: 'c-r',
        since: 0,
        limit: 10,
        dbEpoch: undefined,
      }),
      t.store.push(input('c-b')),
      t.accounts.createSession('token-hash', account.id, t.now(), t.now() + 1000),
    ]);
    const seqsOf = (o: typeof a) =>
      o.kind === 'ok' ? o.results.map((r) => (r.status === 'applied' ? r.seq : null)) : [];
    expect(seqsOf(a)).toEqual([1, 2, 3, 4, 5].map((n) => head + n));
    expect(seqsOf(b)).toEqual([6, 7, 8, 9, 10].map((n) => head + n));
    expect(await t.accounts.findSession('token-hash')).not.toBeNull();
  });

  it('refuses a gap with 409 and the expected id, applying nothing', async () => {
    const coordinator = await t.signIn('coordinator');
    await coordinator.pushMutations('c-1', [createTheme(1, 'th-a')]);
    const head = (await t.store.status(SPACE)).headSeq;
    const res = await coordinator.pushMutations('c-1', [
      createTheme(3, 'th-c'),
      createTheme(4, 'th-d'),
    ]);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: 'MutationGap', expected: 2 });
    expect((await t.store.status(SPACE)).headSeq).toBe(head);
    expect(await t.store.readRow(SPACE, 'theme', 'th-c')).toBeNull();
    expect(await t.store.mutationLog('c-1')).toHaveLength(1);
  });

  it('a new client must start at mutation 1', async () => {
    const coordinator = await t.signIn('coordinator');
    const res = await coordinator.pushMutations('c-new', [createTheme(5, 'th-a')]);
    expect(res.status).toBe(409);
    expect(res.body).toMatchObject({ error: 'MutationGap', expected: 1 });
  });

  it('rejects one invalid mutation of a batch of 100 and applies the 99 others; the queue goes on', async () => {
    const coordinator = await t.signIn('coordinator');
    const batch = Array.from({ length: 100 }, (_, i) =>
      i === 36
        ? createTheme(37, 'th-37', { color: 'not a colour' })
        : createTheme(i + 1, `th-${i + 1}`),
    );
    const res = await coordinator.pushMutations('c-1', batch);
    expect(res.status).toBe(200);
    expect(res.body.lastMutationId).toBe(100);
    expect(res.body.results.filter((r) => r.status === 'applied')).toHaveLength(99);
    expect(res.body.results[36]).toMatchObject({
      id: 37,
      status: 'rejected',
      code: 'InvalidField',
    });
    expect(await t.store.readRow(SPACE, 'theme', 'th-37')).toBeNull();
    const log = await t.store.mutationLog('c-1');
    expect(log[36]).toMatchObject({
      mutationId: 37,
      status: 'rejected',
      code: 'InvalidField',
      seq: null,
    });
    const next = await coordinator.pushMutations('c-1', [createTheme(101, 'th-101')]);
    expect(next.body.results).toEqual([{ id: 101, status: 'applied', seq: expect.any(Number) }]);
  });

  it('records a mutation that fails unexpectedly as rejected/Internal and goes on (no poison pill)', async () => {
    await t.close();
    const failures: string[] = [];
    t = await startTestServer({
      storeOptions: { onInternalError: (_e, c, id) => failures.push(`${c}/${id}`) },
    });
    await t.backdoor.corruptRow(SPACE, 'theme', 'th-1');
    const coordinator = await t.signIn('coordinator');
    const res = await coordinator.pushMutations('c-1', [
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'patch', patch: { color: '#000000' } },
      createTheme(2, 'th-ok'),
    ]);
    expect(res.body.results).toEqual([
      { id: 1, status: 'rejected', code: 'Internal', message: expect.any(String) },
      { id: 2, status: 'applied', seq: expect.any(Number) },
    ]);
    expect(failures).toEqual(['c-1/1']);
    expect((await t.store.mutationLog('c-1')).map((m) => m.status)).toEqual([
      'rejected',
      'applied',
    ]);
  });

  it('answers an unexpected failure with 500 and a code, never a stack trace', async () => {
    await t.backdoor.dropEpoch();
    const coordinator = await t.signIn('coordinator');
    const res = await coordinator.pushMutations('c-1', [createTheme(1, 'th-a')]);
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: 'Internal', message: 'Something went wrong on the server' });
    expect(await t.store.readRow(SPACE, 'theme', 'th-a')).toBeNull();
  });

  it('an empty push reports the client position without writing', async () => {
    const coordinator = await t.signIn('coordinator');
    await coordinator.pushMutations('c-1', [createTheme(1, 'th-a')]);
    const res = await coordinator.pushMutations('c-1', []);
    expect(res.body).toMatchObject({ lastMutationId: 1, results: [] });
  });

  it('takes 5,000 mutations in batches of 100 without wedging', async () => {
    const coordinator = await t.signIn('coordinator');
    for (let batch = 0; batch < 50; batch++) {
      const mutations = Array.from({ length: 100 }, (_, i) => {
        const id = batch * 100 + i + 1;
        return id % 2 === 0
          ? {
              id,
              entity: 'theme',
              entityId: 'th-1',
              op: 'patch',
              patch: { color: `#${(id % 4096).toString(16).padStart(3, '0')}` },
            }
          : createTheme(id, `th-bulk-${id}`);
      });
      const res = await coordinator.pushMutations('c-bulk', mutations);
      expect(res.status).toBe(200);
      expect(res.body.lastMutationId).toBe((batch + 1) * 100);
    }
    const log = await t.store.mutationLog('c-bulk');
    expect(log).toHaveLength(5000);
    expect(log.every((m) => m.status === 'applied')).toBe(true);
  });
});
