import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Group, School, SchoolYear } from '@/domain/model';
import { proposeRollover, rolloverRows } from '@/domain/rollover/rollover-plan';
import { startTestServer, type TestServer } from './harness';
import { PLAN_ROWS, type TestUser } from './fixtures';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

const MAPPING = [
  { from: 'g-n1', to: 'g-2027-n-2a' },
  { from: 'g-s1', to: 'g-2027-s-2a' },
  { from: 'g-gone', to: 'g-2027-x' },
];

async function post(user: TestUser | null, body: unknown, raw?: string) {
  const auth = user ? (await t.signIn(user)).auth : {};
  return t.fetch('/api/rollover/accounts', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...auth },
    body: raw ?? JSON.stringify(body),
  });
}

async function classesOf(username: string) {
  return (await t.accounts.findAccount(username))?.groups;
}

describe('POST /api/rollover/accounts', () => {
  it.each<TestUser>(['coordinator', 'admin'])(
    'as %s adds the new class to every account of the organization holding the old one',
    async (user) => {
      const res = await post(user, { mapping: MAPPING });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ updated: 2 });
      expect(await classesOf('teacher')).toEqual(['g-2027-n-2a', 'g-n1']);
      expect(await classesOf('southTeacher')).toEqual(['g-2027-s-2a', 'g-s1']);
      expect(await classesOf('teacher2')).toEqual(['g-n2']);
      // A repeated request finds nothing left to do.
      expect((await post(user, { mapping: MAPPING })).body).toEqual({ updated: 0 });
    },
  );

  it("moves the account's scope past the change, so its clients download again", async () => {
    const before = (await t.accounts.findAccount('teacher'))?.scopeSeq ?? 0;
    await post('coordinator', { mapping: MAPPING });
    expect((await t.accounts.findAccount('teacher'))?.scopeSeq).toBeGreaterThan(before);
  });

  it('leaves the accounts of another organization alone', async () => {
    const res = await post('otherCoordinator', { mapping: MAPPING });
    expect(res.body).toEqual({ updated: 0 });
    expect(await classesOf('teacher')).toEqual(['g-n1']);
  });

  it.each<[string, TestUser | null, unknown, string | undefined, number, string]>([
    ['a teacher', 'teacher', { mapping: MAPPING }, undefined, 403, 'Forbidden'],
    ['a principal', 'principal', { mapping: MAPPING }, undefined, 403, 'Forbidden'],
    ['no session', null, { mapping: MAPPING }, undefined, 401, 'Unauthenticated'],
    [
      'an unknown field',
      'coordinator',
      { mapping: MAPPING, all: true },
      undefined,
      400,
      'BadRequest',
    ],
    [
      'a bad id',
      'coordinator',
      { mapping: [{ from: 'g-n1', to: 'a~b' }] },
      undefined,
      400,
      'BadRequest',
    ],
    ['a wrong type', 'coordinator', { mapping: 'g-n1' }, undefined, 400, 'BadRequest'],
    ['malformed JSON', 'coordinator', null, '{"mapping": [', 400, 'InvalidJson'],
  ])('refuses %s and changes nothing', async (_what, user, body, raw, status, code) => {
    const res = await post(user, body, raw);
    expect(res.status).toBe(status);
    expect(res.body['error']).toBe(code);
    expect(await classesOf('teacher')).toEqual(['g-n1']);
    expect(await classesOf('southTeacher')).toEqual(['g-s1']);
  });

  it('answers other methods with 405', async () => {
    const res = await t.fetch('/api/rollover/accounts');
    expect(res.status).toBe(405);
  });
});

describe("the roll-over's rows on the server", () => {
  it('are accepted from the coordinator as creates, one mutation each', async () => {
    const data = (entity: string) =>
      PLAN_ROWS.filter((r) => r.entity === entity).map((r) => r.data as unknown);
    const [year] = data('schoolYear') as SchoolYear[];
    if (year === undefined) throw new Error('the fixtures have a school year');
    const proposal = proposeRollover(year, data('school') as School[], data('group') as Group[]);
    const rows = rolloverRows(proposal);
    const mutations = [
      { entity: 'schoolYear', row: rows.year },
      ...rows.groups.map((row) => ({ entity: 'group', row })),
    ].map(({ entity, row }, i) => ({
      id: i + 1,
      entity,
      entityId: row.id,
      op: 'create',
      patch: row,
    }));
    const coordinator = await t.signIn('coordinator');
    const res = await coordinator.pushMutations('c-rollover', mutations);
    expect(res.status).toBe(200);
    expect(res.body.results.map((r) => r.status)).toEqual(mutations.map(() => 'applied'));
    expect(await t.store.readRow('org-test', 'group', 'g-2027-s-north-g-n2')).toMatchObject({
      data: { name: 'G-N2', grades: [3] },
      deleted: false,
    });
  });
});
