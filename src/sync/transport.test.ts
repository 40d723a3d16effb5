import { describe, expect, it } from 'vitest';
import { createFetchTransport } from './transport';

const PULL_BODY = {
  protocolVersion: 1,
  schemaVersion: 1,
  dbEpoch: 'e1',
  changes: [
    {
      entity: 'theme',
      id: 'th-1',
      seq: 7,
      deleted: false,
      data: { id: 'th-1', name: { fi: 'A', sv: 'A', en: 'A' }, color: '#123' },
      fieldSeq: { deleted: 7, name: 7, color: 7 },
      updatedBy: 'system',
    },
  ],
  cursor: 7,
  hasMore: false,
  headSeq: 7,
  lastMutationId: 0,
};

/** A fetch that records requests and answers `status` with `body` (a string is sent as is). */
function fakeFetch(status: number, body: unknown, headers: Record<string, string> = {}) {
  const requests: { url: string; init: RequestInit }[] = [];
  const fetch = async (url: string | URL | Request, init: RequestInit = {}) => {
    requests.push({ url: String(url), init });
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return new Response(status === 204 ? null : text, { status, headers });
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

const PULL_PARAMS = { since: 0, limit: 500, clientId: 'c-1', schemaVersion: 1 };

describe('the fetch transport', () => {
  it('pulls with the protocol header and query, and validates the answer and each row', async () => {
    const { fetch, requests } = fakeFetch(200, PULL_BODY);
    const transport = createFetchTransport({ serverUrl: 'https://vk.test/', fetch });
    const result = await transport.pull('org-demo', { ...PULL_PARAMS, since: 5, dbEpoch: 'e1' });
    expect(result).toEqual({ ok: true, value: PULL_BODY });
    expect(requests[0]?.url).toBe(
      'https://vk.test/sync/v1/spaces/org-demo/pull?since=5&limit=500&clientId=c-1&schemaVersion=1&dbEpoch=e1',
    );
    expect(requests[0]?.init.headers).toMatchObject({ 'X-Sync-Protocol': '1' });
  });

  it('refuses a pulled row that does not match its entity schema', async () => {
    const bad = structuredClone(PULL_BODY);
    bad.changes[0]!.data.color = 'red; background: url(x)';
    const { fetch } = fakeFetch(200, bad);
    const result = await createFetchTransport({ serverUrl: '', fetch }).pull('s', PULL_PARAMS);
    expect(result).toMatchObject({ ok: false, failure: { kind: 'invalidResponse' } });
  });

  it.each([
    [
      401,
      { error: 'SessionExpired', message: '' },
      { kind: 'unauthorized', code: 'SessionExpired' },
    ],
    [
      403,
      { error: 'ClientOwnedByAnotherUser', message: '' },
      { kind: 'forbidden', code: 'ClientOwnedByAnotherUser' },
    ],
    [409, { error: 'MutationGap', message: '', expected: 57 }, { kind: 'gap', expected: 57 }],
    [
      410,
      { error: 'ResetRequired', message: '', reason: 'epochChanged', dbEpoch: 'e2' },
      { kind: 'reset', reason: 'epochChanged', dbEpoch: 'e2' },
    ],
    [
      413,
      { error: 'PayloadTooLarge', message: '', limit: 1048576 },
      { kind: 'tooLarge', limit: 1048576 },
    ],
    [
      426,
      { error: 'VersionNotSupported', message: '', versionType: 'schema', supported: [2] },
      { kind: 'updateRequired', versionType: 'schema', supported: [2] },
    ],
    [503, '<html>Bad gateway</html>', { kind: 'server', status: 503 }],
    [500, { error: 'Internal', message: 'x' }, { kind: 'server', status: 500 }],
    [
      400,
      { error: 'BadRequest', message: 'ids' },
      { kind: 'badRequest', status: 400, code: 'BadRequest', message: 'ids' },
    ],
    [200, 'not json', { kind: 'invalidResponse', message: 'HTTP 200: not JSON' }],
  ])('maps HTTP %i to a typed failure', async (status, body, failure) => {
    const { fetch } = fakeFetch(status, body);
    const transport = createFetchTransport({ serverUrl: 'https://vk.test', fetch });
    const result = await transport.push('org-demo', {
      protocolVersion: 1,
      schemaVersion: 1,
      clientId: 'c-1',
      mutations: [],
    });
    expect(result).toEqual({ ok: false, failure });
  });

  it('reads Retry-After of a refused sign-in', async () => {
    const { fetch } = fakeFetch(
      429,
      { error: 'TooManyRequests', message: '' },
      { 'Retry-After': '42' },
    );
    const result = await createFetchTransport({ serverUrl: '', fetch }).signIn('a', 'b');
    expect(result).toEqual({ ok: false, failure: { kind: 'rateLimited', retryAfterSeconds: 42 } });
  });

  it('turns a network failure into a result instead of throwing', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const result = await createFetchTransport({ serverUrl: '', fetch }).status('org-demo');
    expect(result).toEqual({ ok: false, failure: { kind: 'network', message: 'Failed to fetch' } });
  });

  it('sends the token of a sign-in as a bearer token from then on, and forgets it on sign-out', async () => {
    const session = {
      user: {
        username: 'opettaja',
        displayName: 'Olli',
        role: 'teacher',
        organizationId: 'org-demo',
        schools: [],
        groups: [],
      },
      expiresAt: '2026-09-07T20:00:00.000Z',
      token: 'tok-1',
    };
    const signIn = fakeFetch(200, session);
    const transport = createFetchTransport({ serverUrl: '', fetch: signIn.fetch });
    expect(await transport.signIn('opettaja', 'pw')).toEqual({ ok: true, value: session });
    expect(JSON.parse(String(signIn.requests[0]?.init.body))).toEqual({
      username: 'opettaja',
      password: 'pw',
    });
    await transport.session();
    expect(signIn.requests[1]?.init.headers).toMatchObject({ Authorization: 'Bearer tok-1' });
    await transport.signOut();
    await transport.session();
    expect(signIn.requests[3]?.init.headers).not.toHaveProperty('Authorization');
  });
});
