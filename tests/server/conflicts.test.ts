import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SPACE } from './fixtures';
import { createTheme, startTestServer, type TestServer } from './harness';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

/** The server's current fieldSeq of th-1, as a client would have pulled it. */
async function seenFieldSeq(): Promise<Record<string, number>> {
  const coordinator = await t.signIn('coordinator');
  const { changes } = await coordinator.pullAll('c-reader');
  return changes.find((c) => c.entity === 'theme' && c.id === 'th-1')!.fieldSeq;
}

describe('field-level last-writer-wins', () => {
  it('keeps both edits when two clients change different fields offline', async () => {
    const base = await seenFieldSeq();
    const a = await t.signIn('coordinator');
    const b = await t.signIn('coordinator2');
    const ra = await a.pushMutations('c-a', [
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'patch', patch: { color: '#aa0000' }, base },
    ]);
    const rb = await b.pushMutations('c-b', [
      {
        id: 1,
        entity: 'theme',
        entityId: 'th-1',
        op: 'patch',
        patch: { name: { fi: 'B', sv: 'B', en: 'B' } },
        base,
      },
    ]);
    expect(ra.body.results[0]).not.toHaveProperty('overwritten');
    expect(rb.body.results[0]).not.toHaveProperty('overwritten');
    expect((await t.store.readRow(SPACE, 'theme', 'th-1'))?.data).toEqual({
      id: 'th-1',
      name: { fi: 'B', sv: 'B', en: 'B' },
      color: '#aa0000',
    });
  });

  it('lets the later push win the same field, reports what it overwrote and keeps the loser in the log', async () => {
    const base = await seenFieldSeq();
    const a = await t.signIn('coordinator');
    const b = await t.signIn('coordinator2');
    const ra = await a.pushMutations('c-a', [
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'patch', patch: { color: '#aa0000' }, base },
    ]);
    const rb = await b.pushMutations('c-b', [
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'patch', patch: { color: '#00bb00' }, base },
    ]);
    expect(rb.body.results[0]).toEqual({
      id: 1,
      status: 'applied',
      seq: ra.body.headSeq + 1,
      overwritten: { color: { value: '#aa0000', seq: ra.body.headSeq, by: 'coordinator' } },
    });
    expect((await t.store.readRow(SPACE, 'theme', 'th-1'))?.data['color']).toBe('#00bb00');
    const [loser] = await t.store.mutationLog('c-a');
    expect(loser).toMatchObject({ status: 'applied', payload: { patch: { color: '#aa0000' } } });
    // Both converge on the winner.
    const pa = await a.pullAll('c-a');
    const pb = await b.pullAll('c-b');
    const themeOf = (cs: typeof pa.changes) => cs.find((c) => c.id === 'th-1');
    expect(themeOf(pa.changes)).toEqual(themeOf(pb.changes));
  });

  it('lets a concurrent delete win visibility over a patch, keeping the patched values for undelete', async () => {
    const base = await seenFieldSeq();
    const a = await t.signIn('coordinator');
    const b = await t.signIn('coordinator2');
    await a.pushMutations('c-a', [
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'delete', base },
    ]);
    const patched = await b.pushMutations('c-b', [
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'patch', patch: { color: '#00bb00' }, base },
    ]);
    expect(patched.body.results[0]).toMatchObject({ status: 'applied', onTombstone: true });
    expect(await t.store.readRow(SPACE, 'theme', 'th-1')).toMatchObject({
      deleted: true,
      data: { color: '#00bb00' },
    });
    const undone = await a.pushMutations('c-a', [
      { id: 2, entity: 'theme', entityId: 'th-1', op: 'undelete' },
    ]);
    expect(undone.body.results[0]).toMatchObject({ status: 'applied' });
    expect(await t.store.readRow(SPACE, 'theme', 'th-1')).toMatchObject({
      deleted: false,
      data: { color: '#00bb00' },
    });
  });

  it('treats both clients creating the same id as create then patch', async () => {
    const a = await t.signIn('coordinator');
    const b = await t.signIn('coordinator2');
    await a.pushMutations('c-a', [createTheme(1, 'th-same', { color: '#111111' })]);
    const rb = await b.pushMutations('c-b', [createTheme(1, 'th-same', { color: '#222222' })]);
    expect(rb.body.results[0]).toMatchObject({
      status: 'applied',
      overwritten: { color: { value: '#111111', by: 'coordinator' } },
    });
    const same = await b.pushMutations('c-b', [createTheme(2, 'th-same', { color: '#222222' })]);
    expect(same.body.results[0]).not.toHaveProperty('overwritten');
  });

  it('makes a delete of a missing row a no-op without a seq, and a patch of one NotFound', async () => {
    const a = await t.signIn('coordinator');
    const res = await a.pushMutations('c-a', [
      { id: 1, entity: 'theme', entityId: 'th-none', op: 'delete' },
      { id: 2, entity: 'theme', entityId: 'th-none', op: 'patch', patch: { color: '#000000' } },
    ]);
    expect(res.body.results).toEqual([
      { id: 1, status: 'applied', seq: null },
      { id: 2, status: 'rejected', code: 'NotFound', message: expect.any(String) },
    ]);
  });

  it('orders by server arrival, not by the client clock', async () => {
    const base = await seenFieldSeq();
    const a = await t.signIn('coordinator');
    const b = await t.signIn('coordinator2');
    await a.pushMutations('c-a', [
      {
        id: 1,
        entity: 'theme',
        entityId: 'th-1',
        op: 'patch',
        patch: { color: '#aa0000' },
        base,
        clientTime: '2030-01-01T00:00:00Z',
      },
    ]);
    await b.pushMutations('c-b', [
      {
        id: 1,
        entity: 'theme',
        entityId: 'th-1',
        op: 'patch',
        patch: { color: '#00bb00' },
        base,
        clientTime: '2020-01-01T00:00:00Z',
      },
    ]);
    expect((await t.store.readRow(SPACE, 'theme', 'th-1'))?.data['color']).toBe('#00bb00');
  });
});
