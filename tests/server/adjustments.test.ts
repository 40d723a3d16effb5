/**
 * A school's adjustments of the municipal plan through the real server: pushed, pulled by the
 * school's users, and the server's check of new progress (is it a real action?) uses them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SPACE, YEAR, progressRow } from './fixtures';
import { startTestServer, type TestServer } from './harness';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

/** s-north holds tpl-1 (every September in the plan) in October instead. */
const MOVED = {
  id: 's-north.adj.tpl-1',
  schoolId: 's-north',
  templateId: 'tpl-1',
  kind: 'move',
  timing: { kind: 'month', month: 10, part: 'whole' },
};
const tick = (actionId: string) => ({
  entity: 'progress',
  entityId: actionId,
  op: 'create',
  patch: progressRow(actionId),
});

describe("a school's adjustments", () => {
  it("the principal's move reaches the school's teacher, and the teacher ticks the moved task", async () => {
    const principal = await t.signIn('principal');
    const pushed = await principal.pushMutations('c-p', [
      { id: 1, entity: 'adjustment', entityId: MOVED.id, op: 'create', patch: MOVED },
    ]);
    expect(pushed.body.results).toMatchObject([{ status: 'applied' }]);
    expect(await t.store.readRow(SPACE, 'adjustment', MOVED.id)).toEqual({
      data: MOVED,
      deleted: false,
    });

    const teacher = await t.signIn('teacher');
    const { changes } = await teacher.pullAll('c-t');
    expect(changes.filter((c) => c.entity === 'adjustment')).toMatchObject([
      { entity: 'adjustment', id: MOVED.id, data: MOVED },
    ]);
    // The month rule gives the single occurrence ''; September's 'm09' is no longer the school's.
    const results = await teacher.pushMutations('c-t', [
      { id: 1, ...tick(`${YEAR}~g:g-n1~tpl-1~`) },
      { id: 2, ...tick(`${YEAR}~g:g-n1~tpl-1~m09`) },
    ]);
    expect(results.body.results).toMatchObject([
      { status: 'applied' },
      { status: 'rejected', code: 'UnknownAction' },
    ]);
    // Another school keeps the municipal plan.
    const south = await t.signIn('southTeacher');
    const southResults = await south.pushMutations('c-s', [
      { id: 1, ...tick(`${YEAR}~g:g-s1~tpl-1~m09`) },
      { id: 2, ...tick(`${YEAR}~g:g-s1~tpl-1~`) },
    ]);
    expect(southResults.body.results).toMatchObject([
      { status: 'applied' },
      { status: 'rejected', code: 'UnknownAction' },
    ]);
  });

  it('refuses a move without a timing, and a switched-off task with one', async () => {
    const coordinator = await t.signIn('coordinator');
    const res = await coordinator.pushMutations('c-c', [
      {
        id: 1,
        entity: 'adjustment',
        entityId: MOVED.id,
        op: 'create',
        patch: { ...MOVED, timing: null },
      },
      {
        id: 2,
        entity: 'adjustment',
        entityId: MOVED.id,
        op: 'create',
        patch: { ...MOVED, kind: 'off' },
      },
    ]);
    expect(res.body.results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await t.store.readRow(SPACE, 'adjustment', MOVED.id)).toBeNull();
  });
});
