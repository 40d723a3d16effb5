import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, type PullResponse } from '@/domain/sync/protocol';
import { ACTION, progressRow, SPACE } from './fixtures';
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

describe('writes replaced unseen reach their writer in a pull', () => {
  type Client = Awaited<ReturnType<TestServer['signIn']>>;
  /** Pulls every page from `since`, collecting the replaced writes and the last cursor. */
  async function pullReplaced(
    client: Client,
    clientId: string,
    from: { cursor: number; dbEpoch?: string } = { cursor: 0 },
  ) {
    const replaced: NonNullable<PullResponse['replaced']> = [];
    let { cursor, dbEpoch } = from;
    for (;;) {
      const res = await client.pull({
        since: cursor,
        limit: 3,
        clientId,
        schemaVersion: SCHEMA_VERSION,
        ...(dbEpoch !== undefined && { dbEpoch }),
      });
      expect(res.status).toBe(200);
      replaced.push(...(res.body.replaced ?? []));
      cursor = res.body.cursor;
      dbEpoch = res.body.dbEpoch;
      if (!res.body.hasMore) return { replaced, cursor, dbEpoch };
    }
  }
  const tick = (id: number, state: string, base?: Record<string, number>) => ({
    id,
    entity: 'progress',
    entityId: ACTION.north1,
    op: 'create',
    patch: progressRow(ACTION.north1, { state }),
    ...(base && { base }),
  });

  it('tells a teacher once that the principal, offline, replaced their tick', async () => {
    const teacher = await t.signIn('teacher');
    const principal = await t.signIn('principal');
    const first = await teacher.pushMutations('c-teacher', [tick(1, 'done')]);
    const pulled = await pullReplaced(teacher, 'c-teacher');
    expect(pulled.replaced).toEqual([]);
    // The principal had pulled before the tick (no base for the row) and marks it skipped.
    const second = await principal.pushMutations('c-principal', [tick(1, 'skipped')]);
    expect(second.body.results[0]).toMatchObject({
      overwritten: { state: { value: 'done', by: 'teacher' } },
    });
    const after = await pullReplaced(teacher, 'c-teacher', pulled);
    expect(after.replaced).toEqual([
      {
        mutationId: 1,
        entity: 'progress',
        id: ACTION.north1,
        field: 'state',
        yourValue: 'done',
        theirValue: 'skipped',
        by: 'principal',
        seq: first.body.headSeq + 1,
      },
    ]);
    // Reported in the page of its seq only: not again past it, again in a download from zero.
    expect((await pullReplaced(teacher, 'c-teacher', after)).replaced).toEqual([]);
    expect((await pullReplaced(teacher, 'c-teacher')).replaced).toHaveLength(1);
    // Nobody else hears of it, and the principal's own pull has no replaced writes.
    expect((await pullReplaced(principal, 'c-principal')).replaced).toEqual([]);
  });

  it('says nothing when the later writer was the same account, or had seen the value', async () => {
    const teacher = await t.signIn('teacher');
    const phone = await t.signIn('teacher');
    const principal = await t.signIn('principal');
    await teacher.pushMutations('c-teacher', [tick(1, 'done')]);
    // The same teacher on a second device, offline, with no base.
    const second = await phone.pushMutations('c-teacher-phone', [tick(1, 'skipped')]);
    expect(second.body.results[0]).toHaveProperty('overwritten');
    const seen = { state: second.body.headSeq, deleted: second.body.headSeq };
    await principal.pushMutations('c-principal', [tick(1, 'done', seen)]);
    expect((await pullReplaced(teacher, 'c-teacher')).replaced).toEqual([]);
    expect((await pullReplaced(phone, 'c-teacher-phone')).replaced).toEqual([]);
    expect((await pullReplaced(principal, 'c-principal')).replaced).toEqual([]);
  });

  it('tells a coordinator of a replaced plan field, the value that replaced it included', async () => {
    const base = await seenFieldSeq();
    const a = await t.signIn('coordinator');
    const b = await t.signIn('coordinator2');
    await a.pushMutations('c-a', [
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'patch', patch: { color: '#aa0000' }, base },
    ]);
    await b.pushMutations('c-b', [
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'delete', base },
    ]);
    expect((await pullReplaced(a, 'c-a')).replaced).toEqual([]);
    await b.pushMutations('c-b', [
      { id: 2, entity: 'theme', entityId: 'th-1', op: 'undelete' },
      { id: 3, entity: 'theme', entityId: 'th-1', op: 'patch', patch: { color: '#00bb00' }, base },
    ]);
    expect((await pullReplaced(a, 'c-a')).replaced).toMatchObject([
      {
        mutationId: 1,
        field: 'color',
        yourValue: '#aa0000',
        theirValue: '#00bb00',
        by: 'coordinator2',
      },
    ]);
  });
});
