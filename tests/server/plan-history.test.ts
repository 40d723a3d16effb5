/**
 * GET /api/plan-history: applied plan changes from the append-only log, newest first, with
 * filters and paging; progress, rejected mutations and other organizations never show; a
 * principal sees own schools' rows only, a teacher nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTheme, startTestServer, type TestServer } from './harness';
import { ACTION, progressRow, type TestUser } from './fixtures';

let t: TestServer;

const patch = (id: number, entity: string, entityId: string, fields: Record<string, unknown>) => ({
  id,
  entity,
  entityId,
  op: 'patch',
  patch: fields,
});

beforeAll(async () => {
  t = await startTestServer();
  const coordinator = await t.signIn('coordinator');
  // seqs follow in this order: theme (coordinator), template title, south class (coordinator),
  // north class (principal), an hour later a template's grades.
  const c1 = await coordinator.pushMutations('client-c', [
    createTheme(1, 'th-new'),
    patch(2, 'template', 'tpl-1', { title: { fi: 'Uusi', sv: 'Ny', en: 'New' } }),
    patch(3, 'group', 'g-s1', { name: '1 B' }),
    // Refused (a coordinator marks no class's tasks): not in the history.
    {
      id: 4,
      entity: 'progress',
      entityId: ACTION.north1,
      op: 'create',
      patch: progressRow(ACTION.north1),
    },
  ]);
  expect(c1.body.results.map((r) => r.status)).toEqual([
    'applied',
    'applied',
    'applied',
    'rejected',
  ]);
  const principal = await t.signIn('principal');
  await principal.pushMutations('client-p', [
    patch(1, 'group', 'g-n1', { name: '1 A' }),
    // Progress is no plan change.
    {
      id: 2,
      entity: 'progress',
      entityId: ACTION.north1,
      op: 'create',
      patch: progressRow(ACTION.north1),
    },
  ]);
  t.advance(3_600_000);
  await coordinator.pushMutations('client-c', [patch(5, 'template', 'tpl-1', { grades: [1] })]);
});
afterAll(async () => {
  await t.close();
});

async function history(user: TestUser, query: Record<string, string> = {}) {
  const { auth } = await t.signIn(user);
  return t.fetch(`/api/plan-history?${new URLSearchParams(query)}`, { headers: auth });
}

type Entry = { entity: string; entityId: string; username: string; fields: unknown; at: string };
const brief = (body: Record<string, unknown>) =>
  (body['entries'] as Entry[]).map((e) => `${e.username} ${e.entity} ${e.entityId}`);

describe('GET /api/plan-history', () => {
  it('lists applied plan changes newest first, who, when and which fields', async () => {
    const res = await history('coordinator');
    expect(res.status).toBe(200);
    expect(brief(res.body)).toEqual([
      'coordinator template tpl-1',
      'principal group g-n1',
      'coordinator group g-s1',
      'coordinator template tpl-1',
      'coordinator theme th-new',
    ]);
    const [latest, , , title, theme] = res.body['entries'] as Entry[];
    expect(latest).toMatchObject({
      displayName: 'coordinator',
      op: 'patch',
      fields: { grades: [1] },
      at: '2026-09-07T09:00:00.000Z',
    });
    expect(title!.fields).toEqual({ title: { fi: 'Uusi', sv: 'Ny', en: 'New' } });
    expect(title!.at).toBe('2026-09-07T08:00:00.000Z');
    // The key is the entry's entityId, not a field.
    expect(theme!.fields).not.toHaveProperty('id');
    expect(res.body['next']).toBeNull();
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['one entity', { entity: 'group' }, ['principal group g-n1', 'coordinator group g-s1']],
    [
      'one row',
      { entity: 'template', entityId: 'tpl-1' },
      ['coordinator template tpl-1', 'coordinator template tpl-1'],
    ],
    ['one account', { account: 'principal' }, ['principal group g-n1']],
    ['from a time', { from: '2026-09-07T08:30:00Z' }, ['coordinator template tpl-1']],
    [
      'until a time',
      { to: '2026-09-07T08:30:00+00:00', entity: 'theme' },
      ['coordinator theme th-new'],
    ],
  ])('filters by %s', async (_, query, expected) => {
    const res = await history('admin', query);
    expect(res.status).toBe(200);
    expect(brief(res.body)).toEqual(expected);
  });

  it('pages with the cursor until there is no next page', async () => {
    const seen: string[] = [];
    let before: string | null = null;
    for (let page = 0; page < 5; page += 1) {
      const res: Awaited<ReturnType<typeof history>> = await history('coordinator', {
        limit: '2',
        ...(before !== null && { before }),
      });
      seen.push(...brief(res.body));
      const next = res.body['next'] as number | null;
      if (next === null) break;
      before = String(next);
    }
    expect(seen).toEqual(brief((await history('coordinator')).body));
  });

  it("gives a principal own schools' rows only", async () => {
    const res = await history('principal');
    expect(brief(res.body)).toEqual(['principal group g-n1']);
  });

  it.each<[TestUser, number, string]>([
    ['teacher', 403, 'Forbidden'],
    ['otherCoordinator', 200, ''],
  ])('answers %s with %i', async (user, status) => {
    const res = await history(user);
    expect(res.status).toBe(status);
    if (status === 200) expect(res.body['entries']).toEqual([]);
  });

  it.each([
    [{ entity: 'progress' }],
    [{ limit: '0' }],
    [{ from: 'yesterday' }],
    [{ before: 'x' }],
    [{ colour: 'red' }],
  ])('refuses the query %j', async (query) => {
    const res = await history('coordinator', query);
    expect([res.status, res.body['error']]).toEqual([400, 'BadRequest']);
  });

  // Last: it adds changes the tests above do not expect.
  it('gives with each change the values its fields had before, from the row’s earlier changes', async () => {
    const coordinator = await t.signIn('coordinator');
    await coordinator.pushMutations('client-c', [
      patch(6, 'theme', 'th-new', { color: '#654321' }),
      patch(7, 'theme', 'th-new', { color: '#0d47a1', name: { fi: 'Uusi', sv: 'Ny', en: 'New' } }),
    ]);
    const res = await history('coordinator', { entity: 'theme', entityId: 'th-new', limit: '2' });
    const [second, first] = res.body['entries'] as (Entry & { before: unknown })[];
    expect(second!.before).toEqual({
      color: '#654321',
      name: { fi: 'th-new', sv: 'th-new', en: 'th-new' },
    });
    // Its previous value comes from a change on an older page (the theme's creation).
    expect(first!.before).toEqual({ color: '#123456' });
    // The template's title was seeded, not written by a change in the log: nothing before it.
    const title = await history('coordinator', { entity: 'template', entityId: 'tpl-1' });
    const entries = title.body['entries'] as (Entry & { before: unknown })[];
    expect(entries.map((e) => e.before)).toEqual([{}, {}]);
  });

  it("reads the changes of the rows asked for only, in one read of the store's log", async () => {
    const space = (await t.store.organizations())[0]!;
    const records = await t.store.planHistory({
      space,
      rows: ['theme:th-new', 'group:g-n1'],
      limit: 50,
    });
    const rows = records.map((r) => {
      const p = r.payload as { entity: string; entityId: string };
      return `${p.entity}:${p.entityId}`;
    });
    expect(new Set(rows)).toEqual(new Set(['theme:th-new', 'group:g-n1']));
    expect(rows.filter((r) => r === 'theme:th-new')).toHaveLength(3);
  });
});
