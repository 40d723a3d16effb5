import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PushResponse } from '@/domain/sync/protocol';
import { SPACE } from './fixtures';
import { createTheme, startTestServer, type SignedIn, type TestServer } from './harness';

let t: TestServer;
let coordinator: SignedIn;
let headBefore: number;
beforeEach(async () => {
  t = await startTestServer();
  coordinator = await t.signIn('coordinator');
  headBefore = (await t.store.status(SPACE)).headSeq;
});
afterEach(async () => {
  await t.close();
});

async function expectNothingChanged(clientId = 'c-1') {
  expect((await t.store.status(SPACE)).headSeq).toBe(headBefore);
  expect(await t.store.readRow(SPACE, 'theme', 'th-1')).toMatchObject({
    data: { color: '#1d6a96' },
    deleted: false,
  });
  const log = await t.store.mutationLog(clientId);
  expect(log.every((m) => m.status === 'rejected')).toBe(true);
}

function rawPush(body: string, headers: Record<string, string> = {}) {
  return t.fetch(`/sync/v1/spaces/${SPACE}/push`, {
    method: 'POST',
    headers: { ...coordinator.auth, 'Content-Type': 'application/json', ...headers },
    body,
  });
}

const valid = {
  protocolVersion: 1,
  schemaVersion: 1,
  clientId: 'c-1',
  mutations: [createTheme(1, 'th-a')],
};

describe('whole-request errors change nothing', () => {
  it.each<[string, string, number, string]>([
    ['invalid JSON', '{"protocolVersion":1,', 400, 'InvalidJson'],
    ['a JSON array', '[1,2]', 400, 'BadRequest'],
    ['a JSON string', '"push"', 400, 'BadRequest'],
    ['a missing clientId', JSON.stringify({ ...valid, clientId: undefined }), 400, 'BadRequest'],
    ['a clientId of the wrong type', JSON.stringify({ ...valid, clientId: 12 }), 400, 'BadRequest'],
    ['a url-unsafe clientId', JSON.stringify({ ...valid, clientId: '../c 1' }), 400, 'BadRequest'],
    [
      'a 10 kB clientId',
      JSON.stringify({ ...valid, clientId: 'c'.repeat(10_000) }),
      400,
      'BadRequest',
    ],
    ['mutations not an array', JSON.stringify({ ...valid, mutations: {} }), 400, 'BadRequest'],
    [
      'a mutation id that is not a number',
      JSON.stringify({ ...valid, mutations: [{ ...createTheme(1, 'th-a'), id: '1' }] }),
      400,
      'BadRequest',
    ],
    [
      'a mutation id of 0',
      JSON.stringify({ ...valid, mutations: [createTheme(0, 'th-a')] }),
      400,
      'BadRequest',
    ],
    [
      'a fractional mutation id',
      JSON.stringify({ ...valid, mutations: [createTheme(1.5, 'th-a')] }),
      400,
      'BadRequest',
    ],
    [
      'non-consecutive ids',
      JSON.stringify({ ...valid, mutations: [createTheme(1, 'th-a'), createTheme(3, 'th-b')] }),
      400,
      'BadRequest',
    ],
    [
      'more than 100 mutations',
      JSON.stringify({
        ...valid,
        mutations: Array.from({ length: 101 }, (_, i) => createTheme(i + 1, `th-${i}`)),
      }),
      400,
      'BadRequest',
    ],
    ['an unknown top-level field', JSON.stringify({ ...valid, force: true }), 400, 'BadRequest'],
    [
      'a missing protocolVersion',
      JSON.stringify({ ...valid, protocolVersion: undefined }),
      400,
      'BadRequest',
    ],
  ])('%s -> %i %s', async (_name, body, status, code) => {
    const res = await rawPush(body);
    expect(res.status).toBe(status);
    expect(res.body).toEqual({ error: code, message: expect.any(String) });
    await expectNothingChanged();
    expect(await t.store.mutationLog('c-1')).toEqual([]);
  });

  it('refuses a body over 1 MiB with 413', async () => {
    const big = JSON.stringify({
      ...valid,
      mutations: [createTheme(1, 'th-a', { color: 'x'.repeat(1024 * 1024) })],
    });
    const res = await rawPush(big);
    expect(res.status).toBe(413);
    expect(res.body).toMatchObject({ error: 'PayloadTooLarge' });
    await expectNothingChanged();
  });

  it('refuses a body that is not declared JSON with 415', async () => {
    const res = await rawPush(JSON.stringify(valid), { 'Content-Type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(res.body).toMatchObject({ error: 'UnsupportedMediaType' });
    await expectNothingChanged();
  });

  it('answers unknown paths and wrong methods with JSON errors', async () => {
    expect(
      (await t.fetch('/sync/v1/spaces/org-test/nothing', { headers: coordinator.auth })).body,
    ).toMatchObject({ error: 'NotFound' });
    const wrong = await t.fetch(`/sync/v1/spaces/${SPACE}/push`, { headers: coordinator.auth });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('POST');
    expect(
      (await t.fetch('/sync/v1/spaces/bad%20space/status', { headers: coordinator.auth })).status,
    ).toBe(404);
    expect((await t.fetch('/api/nothing')).status).toBe(404);
  });
});

describe('a hostile key anywhere in a push body: 400, nothing applied', () => {
  /** The valid body with `hostile` spliced in as raw JSON text at `where`. */
  const template = {
    id: 'tpl-new',
    title: { fi: 'T', sv: 'T', en: 'T' },
    description: { fi: '', sv: '', en: '' },
    themeId: null,
    grades: [1],
    scope: 'class',
    responsible: ['classTeacher'],
    timing: { kind: 'month', month: 9, part: 'whole' },
    materials: [{ label: 'THL', url: 'https://thl.fi/' }],
  };
  const body = (mutation: string) =>
    `{"protocolVersion":1,"schemaVersion":1,"clientId":"c-1","mutations":[${mutation},${JSON.stringify(createTheme(2, 'th-ok'))}]}`;
  const create = JSON.stringify({
    id: 1,
    entity: 'template',
    entityId: 'tpl-new',
    op: 'create',
    patch: template,
  });
  /** `create` with `text` inserted right after the first occurrence of `after`. */
  const inject = (after: string, text: string) => {
    const at = create.indexOf(after) + after.length;
    return create.slice(0, at) + text + create.slice(at);
  };
  it.each<[string, string, string]>([
    ['the body', `{"__proto__":{"admin":true},${body(create).slice(1)}`, '__proto__'],
    ['a mutation', body(inject('{', '"__proto__":{"op":"delete"},')), '0.__proto__'],
    ['a mutation, as constructor', body(inject('{', '"constructor":{},')), '0.constructor'],
    ['its patch', body(inject('"patch":{', '"__proto__":{"polluted":true},')), '0.patch.__proto__'],
    [
      'a nested value in its patch (the timing rule)',
      body(inject('"timing":{', '"prototype":{},')),
      '0.patch.timing.prototype',
    ],
    [
      'an array element in its patch (a material)',
      body(inject('"materials":[{', '"__proto__":{},')),
      '0.patch.materials.0.__proto__',
    ],
    [
      'its base',
      body(inject('"op":"create",', '"base":{"__proto__":{"title":1}},')),
      '0.base.__proto__',
    ],
  ])('in %s', async (_where, raw, path) => {
    const res = await rawPush(raw);
    expect(res.status).toBe(400);
    const key = path.split('.').at(-1);
    expect(res.body).toEqual({
      error: 'BadRequest',
      message: expect.stringContaining(`Key "${key}" is not allowed`),
      path:
        path === '__proto__'
          ? [key]
          : ['mutations', ...path.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))],
    });
    await expectNothingChanged();
    expect(await t.store.readRow(SPACE, 'template', 'tpl-new')).toBeNull();
    expect(await t.store.readRow(SPACE, 'theme', 'th-ok')).toBeNull();
    expect(await t.store.mutationLog('c-1')).toEqual([]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses a hostile key before reading the versions: 400, not 426', async () => {
    const res = await rawPush(
      `{"protocolVersion":2,"__proto__":{}${body(create).slice(1).replace('"protocolVersion":1,', ',')}`,
    );
    expect(res).toMatchObject({ status: 400, body: { error: 'BadRequest', path: ['__proto__'] } });
  });

  it('without the hostile key the same body applies (the test bodies are valid)', async () => {
    const res = await rawPush(body(create));
    expect(res.status).toBe(200);
    expect((res.body as PushResponse).results.map((r) => r.status)).toEqual(['applied', 'applied']);
  });
});

describe('a malformed mutation is rejected with its code, the rest of the batch applies', () => {
  it.each<[string, Record<string, unknown>, string]>([
    [
      'wrong field types',
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'patch', patch: { color: 5 } },
      'InvalidField',
    ],
    [
      'an unknown entity',
      { id: 1, entity: 'pupil', entityId: 'p-1', op: 'create', patch: { id: 'p-1' } },
      'UnknownEntity',
    ],
    [
      'an unknown field',
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'patch', patch: { icon: 'x' } },
      'UnknownField',
    ],
    [
      'seq in a patch',
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'patch', patch: { seq: 1 } },
      'ServerOnlyField',
    ],
    [
      'fieldSeq in a patch',
      {
        id: 1,
        entity: 'theme',
        entityId: 'th-1',
        op: 'patch',
        patch: { fieldSeq: { color: 1e9 } },
      },
      'ServerOnlyField',
    ],
    [
      'updatedBy in a patch',
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'patch', patch: { updatedBy: 'rehtori' } },
      'ServerOnlyField',
    ],
    [
      'deleted in a patch',
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'patch', patch: { deleted: true } },
      'ServerOnlyField',
    ],
    ['a 10 kB id', createTheme(1, 'x'.repeat(10_000)), 'InvalidId'],
    ['a url-unsafe id', createTheme(1, 'th/../1?x'), 'InvalidId'],
    ['a missing entityId', { id: 1, entity: 'theme', op: 'delete' }, 'InvalidId'],
  ])('%s', async (_name, bad, code) => {
    const res = await coordinator.pushMutations('c-1', [bad, createTheme(2, 'th-ok')]);
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toEqual({
      id: 1,
      status: 'rejected',
      code,
      message: expect.any(String),
    });
    expect(res.body.results[1]).toMatchObject({ id: 2, status: 'applied' });
    expect(res.body.lastMutationId).toBe(2);
    expect(await t.store.readRow(SPACE, 'theme', 'th-1')).toMatchObject({
      data: { color: '#1d6a96' },
      deleted: false,
    });
    const [logged] = await t.store.mutationLog('c-1');
    expect(logged).toMatchObject({ mutationId: 1, status: 'rejected', code });
  });
});

describe('pull query errors', () => {
  it.each<[string, Record<string, string | number>]>([
    ['a negative since', { since: -1 }],
    ['a non-numeric since', { since: 'abc' }],
    ['a fractional since', { since: '1.5' }],
    ['a huge since', { since: '99999999999999999999' }],
    ['since in exponent form', { since: '1e3' }],
    ['a zero limit', { limit: 0 }],
    ['a negative limit', { limit: -5 }],
    ['a limit over 1000', { limit: 1001 }],
    ['a non-numeric limit', { limit: 'all' }],
    ['a missing clientId', { clientId: '' }],
    ['a url-unsafe clientId', { clientId: 'a b' }],
    ['an unknown parameter', { where: '1=1' }],
    ['since > 0 without dbEpoch', { since: 1 }],
  ])('%s -> 400 BadRequest', async (_name, override) => {
    const query = { since: 0, clientId: 'c-1', schemaVersion: 1, ...override };
    const res = await coordinator.pull(
      Object.fromEntries(Object.entries(query).filter(([, v]) => v !== '')),
    );
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'BadRequest', message: expect.any(String) });
  });

  it.each(['__proto__', 'constructor'])('refuses a parameter named %s', async (name) => {
    const res = await t.fetch(
      `/sync/v1/spaces/${SPACE}/pull?since=0&clientId=c-1&schemaVersion=1&${name}=1`,
      { headers: coordinator.auth },
    );
    expect(res).toMatchObject({ status: 400, body: { error: 'BadRequest' } });
  });

  it('refuses a repeated parameter', async () => {
    const res = await t.fetch(
      `/sync/v1/spaces/${SPACE}/pull?since=0&since=5&clientId=c-1&schemaVersion=1`,
      { headers: coordinator.auth },
    );
    expect(res.status).toBe(400);
  });
});
