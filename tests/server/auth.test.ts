import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, OTHER_SPACE, PASSWORD, SPACE, progressRow } from './fixtures';
import { createTheme, startTestServer, type TestServer } from './harness';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

function signIn(username: string, password: string, headers: Record<string, string> = {}) {
  return t.fetch('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });
}

const pullPath = `/sync/v1/spaces/${SPACE}/pull?since=0&clientId=c-1&schemaVersion=1`;

describe('sign-in and sessions', () => {
  it('signs in with an httpOnly cookie and a token, and tells who is signed in', async () => {
    const res = await signIn('teacher', PASSWORD);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      user: {
        username: 'teacher',
        displayName: 'teacher',
        role: 'teacher',
        organizationId: SPACE,
        schools: ['s-north'],
        groups: ['g-n1'],
      },
      expiresAt: new Date(t.now() + 12 * 3_600_000).toISOString(),
      token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/),
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(
      /^vk_session=[A-Za-z0-9_-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/,
    );
    const viaCookie = await t.fetch('/api/session', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(viaCookie.status).toBe(200);
    expect(viaCookie.body).toMatchObject({ user: { username: 'teacher' } });
    const pull = await t.fetch(pullPath, { headers: { Cookie: cookie.split(';')[0]! } });
    expect(pull.status).toBe(200);
  });

  it.each([
    ['a wrong password', 'teacher', 'wrong'],
    ['an unknown user', 'nobody', PASSWORD],
    ['an empty password', 'teacher', ''],
  ])('refuses %s with 401 (400 for an empty one)', async (_name, username, password) => {
    const res = await signIn(username, password);
    expect(res.status).toBe(password === '' ? 400 : 401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('answers 429 after 5 failures per minute for one username and address, even with the right password', async () => {
    for (let i = 0; i < 5; i++) expect((await signIn('teacher', `wrong-${i}`)).status).toBe(401);
    const blocked = await signIn('teacher', PASSWORD);
    expect(blocked.status).toBe(429);
    expect(blocked.body).toMatchObject({ error: 'TooManyRequests' });
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another username from the same address is not blocked.
    expect((await signIn('principal', PASSWORD)).status).toBe(200);
    t.advance(61_000);
    expect((await signIn('teacher', PASSWORD)).status).toBe(200);
  });

  it('answers 401 without a session, with a bad token, and after expiry', async () => {
    expect((await t.fetch(pullPath)).body).toMatchObject({ error: 'Unauthenticated' });
    expect((await t.fetch(pullPath, { headers: { Authorization: 'Bearer nope' } })).status).toBe(
      401,
    );
    expect((await t.fetch(pullPath, { headers: { Authorization: 'Basic abc' } })).status).toBe(401);
    const teacher = await t.signIn('teacher');
    expect((await t.fetch(pullPath, { headers: teacher.auth })).status).toBe(200);
    t.advance(12 * 3_600_000);
    const expired = await t.fetch(pullPath, { headers: teacher.auth });
    expect(expired.status).toBe(401);
    expect(expired.body).toMatchObject({ error: 'SessionExpired' });
    const push = await teacher.pushMutations('c-1', [
      {
        id: 1,
        entity: 'progress',
        entityId: ACTION.north1,
        op: 'create',
        patch: progressRow(ACTION.north1),
      },
    ]);
    expect(push.status).toBe(401);
    expect(await t.store.mutationLog('c-1')).toEqual([]);
  });

  it('signs out: the token stops working and the cookie is cleared', async () => {
    const teacher = await t.signIn('teacher');
    const res = await t.fetch('/api/session', { method: 'DELETE', headers: teacher.auth });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/^vk_session=; .*Max-Age=0/);
    expect((await t.fetch('/api/session', { headers: teacher.auth })).status).toBe(401);
  });

  it('ends the sessions of a disabled account', async () => {
    const teacher = await t.signIn('teacher');
    await t.accounts.setAccountDisabled('teacher', true);
    expect((await t.fetch('/api/session', { headers: teacher.auth })).status).toBe(401);
    expect((await signIn('teacher', PASSWORD)).status).toBe(401);
  });
});

describe('clientId ownership', () => {
  it('binds a clientId to its first user: another user gets 403 on push and pull', async () => {
    const teacher = await t.signIn('teacher');
    const other = await t.signIn('teacher2');
    expect((await teacher.pushMutations('c-shared', [])).status).toBe(200);
    await teacher.pushMutations('c-shared', [
      {
        id: 1,
        entity: 'progress',
        entityId: ACTION.north1,
        op: 'create',
        patch: progressRow(ACTION.north1),
      },
    ]);
    const push = await other.pushMutations('c-shared', [
      {
        id: 2,
        entity: 'progress',
        entityId: ACTION.north2,
        op: 'create',
        patch: progressRow(ACTION.north2),
      },
    ]);
    expect(push.status).toBe(403);
    expect(push.body).toMatchObject({ error: 'ClientOwnedByAnotherUser' });
    const pull = await other.pull({ since: 0, clientId: 'c-shared', schemaVersion: 1 });
    expect(pull.status).toBe(403);
    expect(await t.store.mutationLog('c-shared')).toHaveLength(1);
  });

  it('refuses another organization and the admin role with 403', async () => {
    const other = await t.signIn('otherCoordinator');
    const res = await other.pushMutations('c-o', [createTheme(1, 'th-x')]);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: 'Forbidden' });
    expect((await other.pull({ since: 0, clientId: 'c-o', schemaVersion: 1 })).status).toBe(403);
    const admin = await t.signIn('admin');
    expect((await admin.pull({ since: 0, clientId: 'c-a', schemaVersion: 1 })).status).toBe(403);
    expect((await t.fetch(`/sync/v1/spaces/${SPACE}/status`, { headers: admin.auth })).status).toBe(
      403,
    );
    expect((await t.fetch(`/api/session`, { headers: admin.auth })).body).toMatchObject({
      user: { role: 'admin' },
    });
  });

  it('answers 403 for a space that does not exist, as for another organization: which exist is not told', async () => {
    const coordinator = await t.signIn('coordinator');
    for (const space of ['org-none', OTHER_SPACE]) {
      for (const action of ['pull?since=0&clientId=c-1&schemaVersion=1', 'status', 'events']) {
        const res = await t.fetch(`/sync/v1/spaces/${space}/${action}`, {
          headers: coordinator.auth,
        });
        expect([space, action, res.status, res.body]).toEqual([
          space,
          action,
          403,
          { error: 'Forbidden', message: expect.any(String) },
        ]);
      }
      const body = { protocolVersion: 1, schemaVersion: 1, clientId: 'c-1', mutations: [] };
      expect((await coordinator.push(body, space)).status).toBe(403);
    }
    // A segment that cannot be a space id names no endpoint at all, signed in or not.
    for (const headers of [coordinator.auth, {}]) {
      const res = await t.fetch('/sync/v1/spaces/org~none/status', { headers });
      expect([res.status, res.body]).toEqual([
        404,
        { error: 'NotFound', message: expect.any(String) },
      ]);
    }
    expect(await t.store.mutationLog('c-1')).toEqual([]);
  });
});
