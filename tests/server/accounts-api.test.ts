/**
 * The accounts API: what the admin and the principal may do, each refusal of every other role,
 * and that a refused request changes nothing (the accounts read back from the store after it).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PASSWORD, type TestUser } from './fixtures';
import { api, startTestServer, type ApiResponse, type TestServer } from './harness';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

type Method = 'GET' | 'POST' | 'PUT';

async function call(
  user: TestUser | null,
  method: Method,
  path: string,
  body?: unknown,
): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (user !== null) headers['Authorization'] = `Bearer ${(await t.signIn(user)).token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return api(`${t.url}${path}`, {
    method,
    headers,
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

/** Every account as stored, to compare before and after a refused request. */
async function snapshot() {
  return (await t.accounts.listAccounts()).map(({ passwordHash, ...rest }) => ({
    ...rest,
    passwordHash: passwordHash.length,
  }));
}

async function hashOf(username: string) {
  return (await t.accounts.findAccount(username))!.passwordHash;
}

function signInAs(username: string, password: string) {
  return api(`${t.url}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

const NEW_TEACHER = {
  username: 'uusi.opettaja',
  displayName: 'Uusi Opettaja',
  role: 'teacher',
  schools: [],
  groups: ['g-n2'],
};

describe('GET /api/accounts', () => {
  it("lists the admin's organization's accounts, its schools, classes and years, and no hashes", async () => {
    const res = await call('admin', 'GET', '/api/accounts');
    expect(res.status).toBe(200);
    const body = res.body as {
      accounts: { username: string }[];
      schools: unknown[];
      groups: { id: string }[];
      schoolYears: { id: string }[];
    };
    expect(body.accounts.map((a) => a.username)).toEqual([
      'admin',
      'coordinator',
      'coordinator2',
      'principal',
      'southTeacher',
      'teacher',
      'teacher2',
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/hash|scrypt/i);
    expect(body.schools).toEqual([
      { id: 's-north', name: 'Pohjoinen' },
      { id: 's-south', name: 'Eteläinen' },
    ]);
    expect(body.groups.map((g) => g.id)).toEqual(['g-n1', 'g-n2', 'g-s1']);
    expect(body.schoolYears.map((y) => y.id)).toEqual(['sy-2026']);
    expect(body.accounts.find((a) => a.username === 'teacher')).toEqual({
      username: 'teacher',
      displayName: 'teacher',
      role: 'teacher',
      schools: ['s-north'],
      groups: ['g-n1'],
      disabled: false,
      createdAt: '2026-09-07T08:00:00.000Z',
    });
  });

  it('gives a principal the teachers and classes of own schools only', async () => {
    const res = await call('principal', 'GET', '/api/accounts');
    expect(res.status).toBe(200);
    const body = res.body as { accounts: { username: string }[]; groups: { id: string }[] };
    expect(body.accounts.map((a) => a.username)).toEqual(['teacher', 'teacher2']);
    expect(body.groups.map((g) => g.id)).toEqual(['g-n1', 'g-n2']);
  });

  it.each<[TestUser | null, number]>([
    ['teacher', 403],
    ['coordinator', 403],
    [null, 401],
  ])('refuses %s with %i', async (user, status) => {
    expect((await call(user, 'GET', '/api/accounts')).status).toBe(status);
  });
});

describe('POST /api/accounts', () => {
  it('creates an account with a generated password, answered once, that signs in', async () => {
    const res = await call('admin', 'POST', '/api/accounts', NEW_TEACHER);
    expect(res.status).toBe(201);
    const body = res.body as { account: Record<string, unknown>; password: string };
    expect(body.account).toMatchObject({
      username: 'uusi.opettaja',
      role: 'teacher',
      schools: ['s-north'],
      groups: ['g-n2'],
      disabled: false,
    });
    expect(body.password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect((await signInAs('uusi.opettaja', body.password)).status).toBe(200);
  });

  it('creates an account with a given password and does not echo it', async () => {
    const res = await call('admin', 'POST', '/api/accounts', {
      ...NEW_TEACHER,
      password: 'salasana-123',
    });
    expect(res.status).toBe(201);
    expect(res.body).not.toHaveProperty('password');
    expect((await signInAs('uusi.opettaja', 'salasana-123')).status).toBe(200);
  });

  it.each<[string, TestUser | null, Record<string, unknown>, number, string]>([
    ['a teacher', 'teacher', NEW_TEACHER, 403, 'Forbidden'],
    ['a principal', 'principal', NEW_TEACHER, 403, 'Forbidden'],
    ['a coordinator', 'coordinator', NEW_TEACHER, 403, 'Forbidden'],
    ['no session', null, NEW_TEACHER, 401, 'Unauthenticated'],
    ['a taken username', 'admin', { ...NEW_TEACHER, username: 'TEACHER' }, 409, 'AccountExists'],
    ['an unknown class', 'admin', { ...NEW_TEACHER, groups: ['g-x'] }, 400, 'InvalidScope'],
    ['a teacher without a class', 'admin', { ...NEW_TEACHER, groups: [] }, 400, 'InvalidScope'],
    [
      'a coordinator with a school',
      'admin',
      { ...NEW_TEACHER, role: 'coordinator', groups: [], schools: ['s-north'] },
      400,
      'InvalidScope',
    ],
    ['a short password', 'admin', { ...NEW_TEACHER, password: 'lyhyt' }, 400, 'BadRequest'],
    ['a bad username', 'admin', { ...NEW_TEACHER, username: 'ä ö' }, 400, 'BadRequest'],
    ['an unknown field', 'admin', { ...NEW_TEACHER, isAdmin: true }, 400, 'BadRequest'],
    ['an unknown role', 'admin', { ...NEW_TEACHER, role: 'janitor' }, 400, 'BadRequest'],
  ])('refuses %s and creates nothing', async (_, user, body, status, code) => {
    const before = await snapshot();
    const res = await call(user, 'POST', '/api/accounts', body);
    expect([res.status, res.body['error']]).toEqual([status, code]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('PUT /api/accounts/:username/disabled', () => {
  it('disables an account, ending its sessions, and enables it again', async () => {
    const teacher = await t.signIn('teacher');
    const res = await call('admin', 'PUT', '/api/accounts/teacher/disabled', { disabled: true });
    expect([res.status, (res.body['account'] as { disabled: boolean }).disabled]).toEqual([
      200,
      true,
    ]);
    const session = await api(`${t.url}/api/session`, { headers: teacher.auth });
    expect(session.status).toBe(401);
    expect((await signInAs('teacher', PASSWORD)).status).toBe(401);
    await call('admin', 'PUT', '/api/accounts/teacher/disabled', { disabled: false });
    expect((await signInAs('teacher', PASSWORD)).status).toBe(200);
  });

  it.each<[string, TestUser, string, unknown, number, string]>([
    ['a principal', 'principal', 'teacher', { disabled: true }, 403, 'Forbidden'],
    ['a teacher', 'teacher', 'teacher2', { disabled: true }, 403, 'Forbidden'],
    ['a coordinator', 'coordinator', 'teacher', { disabled: true }, 403, 'Forbidden'],
    ['the own account', 'admin', 'admin', { disabled: true }, 400, 'OwnAccount'],
    ['another organization', 'admin', 'otherCoordinator', { disabled: true }, 404, 'NotFound'],
    ['a missing account', 'admin', 'nobody', { disabled: true }, 404, 'NotFound'],
    ['a bad body', 'admin', 'teacher', { disabled: 'yes' }, 400, 'BadRequest'],
  ])('refuses %s and changes nothing', async (_, user, target, body, status, code) => {
    const before = await snapshot();
    const res = await call(user, 'PUT', `/api/accounts/${target}/disabled`, body);
    expect([res.status, res.body['error']]).toEqual([status, code]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('POST /api/accounts/:username/password', () => {
  it('generates a new password, answered once; the old one and its sessions end', async () => {
    const teacher = await t.signIn('teacher');
    const res = await call('admin', 'POST', '/api/accounts/teacher/password', {});
    expect(res.status).toBe(200);
    const password = res.body['password'] as string;
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect((await api(`${t.url}/api/session`, { headers: teacher.auth })).status).toBe(401);
    expect((await signInAs('teacher', PASSWORD)).status).toBe(401);
    expect((await signInAs('teacher', password)).status).toBe(200);
  });

  it('sets a given password', async () => {
    const res = await call('admin', 'POST', '/api/accounts/teacher/password', {
      password: 'uusi-salasana',
    });
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('password');
    expect((await signInAs('teacher', 'uusi-salasana')).status).toBe(200);
  });

  it.each<[string, TestUser, string, unknown, number, string]>([
    ['a principal', 'principal', 'teacher', {}, 403, 'Forbidden'],
    ['a teacher', 'teacher', 'teacher', {}, 403, 'Forbidden'],
    ['a coordinator', 'coordinator', 'teacher', {}, 403, 'Forbidden'],
    ['a short password', 'admin', 'teacher', { password: '1234567' }, 400, 'BadRequest'],
    ['another organization', 'admin', 'otherCoordinator', {}, 404, 'NotFound'],
  ])('refuses %s and changes nothing', async (_, user, target, body, status, code) => {
    const before = await hashOf(target);
    const res = await call(user, 'POST', `/api/accounts/${target}/password`, body);
    expect([res.status, res.body['error']]).toEqual([status, code]);
    expect(await hashOf(target)).toBe(before);
  });
});

describe('PUT /api/accounts/:username/scope', () => {
  it("replaces an account's schools and classes, the school following from a class", async () => {
    const res = await call('admin', 'PUT', '/api/accounts/teacher/scope', {
      schools: [],
      groups: ['g-n2', 'g-s1'],
    });
    expect(res.status).toBe(200);
    expect(await t.accounts.findAccount('teacher')).toMatchObject({
      schools: ['s-north', 's-south'],
      groups: ['g-n2', 'g-s1'],
    });
  });

  it.each<[string, TestUser, string, unknown, number, string]>([
    ['a principal', 'principal', 'teacher', { schools: [], groups: ['g-n2'] }, 403, 'Forbidden'],
    ['a teacher', 'teacher', 'teacher', { schools: [], groups: ['g-s1'] }, 403, 'Forbidden'],
    [
      'a coordinator',
      'coordinator',
      'teacher',
      { schools: [], groups: ['g-n2'] },
      403,
      'Forbidden',
    ],
    [
      'an unknown school',
      'admin',
      'principal',
      { schools: ['s-x'], groups: [] },
      400,
      'InvalidScope',
    ],
    [
      'no class for a teacher',
      'admin',
      'teacher',
      { schools: [], groups: [] },
      400,
      'InvalidScope',
    ],
    ['a missing field', 'admin', 'teacher', { groups: ['g-n2'] }, 400, 'BadRequest'],
  ])('refuses %s and changes nothing', async (_, user, target, body, status, code) => {
    const before = await snapshot();
    const res = await call(user, 'PUT', `/api/accounts/${target}/scope`, body);
    expect([res.status, res.body['error']]).toEqual([status, code]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('PUT /api/accounts/:username/classes', () => {
  it("lets a principal hand own school's classes to a teacher, keeping other schools' classes", async () => {
    await t.accounts.setAccountScope('teacher', {
      schools: ['s-north', 's-south'],
      groups: ['g-n1', 'g-s1'],
    });
    const res = await call('principal', 'PUT', '/api/accounts/teacher/classes', {
      schoolId: 's-north',
      schoolYearId: 'sy-2026',
      groups: ['g-n2'],
    });
    expect(res.status).toBe(200);
    expect(await t.accounts.findAccount('teacher')).toMatchObject({
      schools: ['s-north', 's-south'],
      groups: ['g-n2', 'g-s1'],
    });
  });

  it.each<[string, TestUser, string, Record<string, unknown>, number, string]>([
    [
      'a teacher',
      'teacher',
      'teacher2',
      { schoolId: 's-north', groups: ['g-n1'] },
      403,
      'Forbidden',
    ],
    [
      'a coordinator',
      'coordinator',
      'teacher',
      { schoolId: 's-north', groups: ['g-n2'] },
      403,
      'Forbidden',
    ],
    [
      "another school's teacher",
      'principal',
      'southTeacher',
      { schoolId: 's-north', groups: ['g-n1'] },
      403,
      'Forbidden',
    ],
    [
      'another school',
      'principal',
      'teacher',
      { schoolId: 's-south', groups: ['g-s1'] },
      403,
      'Forbidden',
    ],
    [
      "another school's class",
      'principal',
      'teacher',
      { schoolId: 's-north', groups: ['g-s1'] },
      400,
      'InvalidScope',
    ],
    [
      'a principal as target',
      'principal',
      'principal',
      { schoolId: 's-north', groups: ['g-n1'] },
      403,
      'Forbidden',
    ],
    [
      'no class left',
      'principal',
      'teacher',
      { schoolId: 's-north', groups: [] },
      400,
      'InvalidScope',
    ],
    [
      'another organization',
      'principal',
      'otherCoordinator',
      { schoolId: 's-north', groups: [] },
      404,
      'NotFound',
    ],
  ])('refuses %s and changes nothing', async (_, user, target, body, status, code) => {
    const before = await snapshot();
    const res = await call(user, 'PUT', `/api/accounts/${target}/classes`, body);
    expect([res.status, res.body['error']]).toEqual([status, code]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('the routes', () => {
  it.each<[Method, string, number]>([
    ['PUT', '/api/accounts', 405],
    ['GET', '/api/accounts/teacher/password', 405],
    ['GET', '/api/accounts/teacher/frobnicate', 404],
  ])('%s %s answers %i', async (method, path, status) => {
    expect((await call('admin', method, path)).status).toBe(status);
  });

  it('refuses a body that is not JSON', async () => {
    const { token } = await t.signIn('admin');
    const res = await api(`${t.url}/api/accounts`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: '{"username":',
    });
    expect([res.status, res.body['error']]).toEqual([400, 'InvalidJson']);
  });
});
