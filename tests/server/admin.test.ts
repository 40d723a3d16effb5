/**
 * `npm run admin`: the account commands, run as the operator runs them (a child process on the
 * server's database file), with the results read back from that file.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoIfNew } from '@/server/demo-seed';
import { verifyPassword } from '@/server/passwords';
import { openSqliteStore } from '@/server/storage-sqlite';
import { TEST_PASSWORD_COST, startTestServer } from './harness';

let dir: string;
let file: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vuosikello-admin-'));
  file = join(dir, 'db.sqlite');
  const store = openSqliteStore(file);
  await seedDemoIfNew(
    { sync: store, accounts: store },
    { demoPassword: 'demo-salasana', now: 0, passwordCost: TEST_PASSWORD_COST },
  );
  await store.close();
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function admin(
  args: readonly string[],
  stdin = '',
  env: Record<string, string> = { DATABASE_FILE: file },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', 'src/server/admin.ts', ...args], {
      env: { ...process.env, ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // The CLI answers in a second or two; a hang fails with what it printed.
    const deadline = setTimeout(() => {
      proc.kill('SIGKILL');
      reject(new Error(`admin ${args.join(' ')} still running after 20 s:\n${stdout}${stderr}`));
    }, 20_000);
    proc.on('error', reject);
    proc.on('close', (code) => {
      clearTimeout(deadline);
      resolve({ code, stdout, stderr });
    });
    proc.stdin.end(stdin);
  });
}

/** Every account, as stored in the file. */
async function accounts() {
  const store = openSqliteStore(file);
  try {
    return await store.listAccounts();
  } finally {
    await store.close();
  }
}

/** Reads one account back from the file. */
async function account(username: string) {
  const store = openSqliteStore(file);
  try {
    return await store.findAccount(username);
  } finally {
    await store.close();
  }
}

describe('npm run admin', () => {
  it('creates a teacher with a password from stdin; the school follows from the class', async () => {
    const r = await admin(
      [
        'create-user',
        '--username',
        'maija',
        '--role',
        'teacher',
        '--display-name',
        'Maija M',
        '--group',
        'g-2026-7a',
        '--password-stdin',
      ],
      'pitkä-salasana\n',
    );
    expect(r).toMatchObject({ code: 0, stdout: 'Created teacher maija in org-demo\n' });
    const maija = await account('maija');
    expect(maija).toMatchObject({
      role: 'teacher',
      displayName: 'Maija M',
      organizationId: 'org-demo',
      schools: ['school-demo'],
      groups: ['g-2026-7a'],
      disabled: false,
    });
    expect(await verifyPassword('pitkä-salasana', maija!.passwordHash)).toBe(true);
  }, 30_000);

  it('prints a generated password once, and it works', async () => {
    const r = await admin(['create-user', '--username', 'koord2', '--role', 'coordinator']);
    expect(r.code).toBe(0);
    const password = /with password (\S+)$/m.exec(r.stdout)?.[1];
    expect(password).toBeDefined();
    expect(await verifyPassword(password!, (await account('koord2'))!.passwordHash)).toBe(true);
  }, 30_000);

  it.each([
    [['create-user', '--role', 'teacher', '--group', 'g-2026-3a'], '--username is required'],
    [['create-user', '--username', 'x1', '--role', 'janitor'], '--role is one of'],
    [
      ['create-user', '--username', 'x2', '--role', 'teacher'],
      'A teacher needs at least one class',
    ],
    [
      ['create-user', '--username', 'x3', '--role', 'teacher', '--group', 'g-1999-1a'],
      'No class g-1999-1a',
    ],
    [
      ['create-user', '--username', 'x4', '--role', 'principal'],
      'A principal needs at least one school',
    ],
    [
      ['create-user', '--username', 'x5', '--role', 'coordinator', '--school', 'school-demo'],
      'covers the whole organization',
    ],
    [
      [
        'create-user',
        '--username',
        'x6',
        '--role',
        'teacher',
        '--group',
        'g-2026-3a',
        '--organization',
        'org-muu',
      ],
      '--organization is one of: org-demo',
    ],
    [['create-user', '--username', 'ä ö', '--role', 'coordinator'], 'A username is 2-100'],
    [
      ['create-user', '--username', 'x7', '--role', 'coordinator', '--colour', 'red'],
      "Unknown option '--colour'",
    ],
    [['create-user', '--username', 'opettaja', '--role', 'coordinator'], 'opettaja'],
    [['disable-user', '--username', 'nobody'], 'No account nobody'],
    [['set-scope', '--username', 'nobody', '--group', 'g-2026-3a'], 'No account nobody'],
    [['set-scope', '--username', 'opettaja'], 'A teacher needs at least one class'],
    [['set-scope', '--username', 'rehtori', '--school', 'school-none'], 'No school school-none'],
    [['frobnicate'], 'Commands: create-user'],
  ])(
    'refuses %j with a clear message and changes nothing',
    async (args, message) => {
      const before = await accounts();
      const r = await admin(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(message);
      expect(r.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
      expect(await accounts()).toEqual(before);
    },
    30_000,
  );

  it('gives a teacher new classes; the school follows and devices are told to download again', async () => {
    const before = (await account('opettaja'))!;
    expect(before.scopeSeq).toBe(0);
    const r = await admin(['set-scope', '--username', 'opettaja', '--group', 'g-2026-makela-1-2']);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toContain('opettaja now has school:school-makela group:g-2026-makela-1-2');
    const after = (await account('opettaja'))!;
    expect(after).toMatchObject({ schools: ['school-makela'], groups: ['g-2026-makela-1-2'] });
    expect(after.scopeSeq).toBeGreaterThan(0);
  }, 30_000);

  it('refuses a short password from stdin, creating nothing', async () => {
    const r = await admin(
      ['create-user', '--username', 'lyhyt', '--role', 'coordinator', '--password-stdin'],
      'lyhyt\n',
    );
    expect(r).toMatchObject({ code: 1, stderr: expect.stringContaining('at least 8 characters') });
    expect(await account('lyhyt')).toBeNull();
  }, 30_000);

  it('disables an account and ends its sessions, enables it again, and sets a password', async () => {
    const store = openSqliteStore(file);
    const rehtori = (await store.findAccount('rehtori'))!;
    await store.createSession('token-hash-1', rehtori.id, 0, Date.now() + 3_600_000);
    await store.close();

    expect((await admin(['disable-user', '--username', 'rehtori'])).stdout).toBe(
      'Disabled rehtori and ended its sessions\n',
    );
    const check = openSqliteStore(file);
    expect(await check.findSession('token-hash-1')).toBeNull();
    await check.close();
    expect((await account('rehtori'))?.disabled).toBe(true);
    expect(await listed()).toContain('DISABLED');

    expect((await admin(['enable-user', '--username', 'rehtori'])).code).toBe(0);
    expect((await account('rehtori'))?.disabled).toBe(false);

    const r = await admin(
      ['set-password', '--username', 'rehtori', '--password-stdin'],
      'uusi-salasana\n',
    );
    expect(r).toMatchObject({ code: 0, stdout: 'New password of rehtori set\n' });
    const after = (await account('rehtori'))!;
    expect(await verifyPassword('uusi-salasana', after.passwordHash)).toBe(true);
    expect(await verifyPassword('demo-salasana', after.passwordHash)).toBe(false);
  }, 60_000);
});

describe('npm run admin on a new database (a real municipality, SEED=none)', () => {
  it('makes the empty organization and the first admin, who signs in and creates accounts', async () => {
    const empty = join(dir, 'empty.sqlite');
    const env = {
      DATABASE_FILE: empty,
      ORGANIZATION_ID: 'org-jamsa',
      ORGANIZATION_NAME: 'Jämsän kaupunki',
    };
    const r = await admin(
      ['create-user', '--username', 'paakayttaja', '--role', 'admin', '--password-stdin'],
      'ensimmainen-salasana\n',
      env,
    );
    expect(r).toMatchObject({
      code: 0,
      stdout: 'Created the empty organization org-jamsa\nCreated admin paakayttaja in org-jamsa\n',
    });
    const store = openSqliteStore(empty);
    expect(await store.organizations()).toEqual(['org-jamsa']);
    expect((await store.readRow('org-jamsa', 'organization', 'org-jamsa'))?.data).toEqual({
      id: 'org-jamsa',
      name: 'Jämsän kaupunki',
    });
    // Set up: a server started on it later adds no demo data.
    expect(await store.isInitialized()).toBe(true);
    await store.close();

    const t = await startTestServer({ location: empty, seed: false });
    try {
      const signIn = await t.fetch('/api/session', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'paakayttaja', password: 'ensimmainen-salasana' }),
      });
      expect(signIn.status).toBe(200);
      const created = await t.fetch('/api/accounts', {
        method: 'POST',
        headers: {
          Authorization: `Bearer ${String(signIn.body['token'])}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          username: 'koordinaattori',
          displayName: 'Kaisa',
          role: 'coordinator',
          schools: [],
          groups: [],
        }),
      });
      expect(created.status).toBe(201);
    } finally {
      await t.close();
    }
  }, 60_000);
});

async function listed(): Promise<string> {
  const r = await admin(['list-users']);
  expect(r.code).toBe(0);
  return r.stdout;
}
