/**
 * `npm run admin -- <command>`: account administration on the server's database (the admin role
 * acts here, not through the web app).
 *
 *   create-user --username U --role teacher|principal|coordinator|admin [--display-name N]
 *               [--organization ORG] [--school S ...] [--group G ...] [--password-stdin]
 *   set-scope --username U [--school S ...] [--group G ...]   (replaces schools and classes)
 *   disable-user --username U        enable-user --username U
 *   set-password --username U [--password-stdin]
 *   list-users
 *   rotate-epoch                     (after restoring a backup: every client re-pulls)
 *
 * On a database never set up (no server started on it yet), create-user first makes the empty
 * organization (ORGANIZATION_ID, ORGANIZATION_NAME), as the server's `SEED=none` start does.
 * Without --password-stdin a random password is generated and printed once.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@/domain/sync/protocol';
import { resolveScope } from './account-scope';
import { ConfigError, loadConfig, type ServerConfig } from './config';
import { seedEmptyIfNew } from './empty-seed';
import { hashPassword } from './passwords';
import { AccountExistsError, type AccountStore, type Stores } from './storage';
import { openSqliteStore } from './storage-sqlite';

class UsageError extends Error {}

async function readPassword(fromStdin: boolean): Promise<{ password: string; generated: boolean }> {
  if (!fromStdin) return { password: randomBytes(12).toString('base64url'), generated: true };
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const password = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  if (password.length < 8) throw new UsageError('The password needs at least 8 characters');
  return { password, generated: false };
}

function required(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw new UsageError(`--${name} is required`);
  return value;
}

async function createUser(
  { sync, accounts }: Stores,
  config: ServerConfig,
  args: string[],
): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      role: { type: 'string' },
      'display-name': { type: 'string' },
      organization: { type: 'string' },
      school: { type: 'string', multiple: true },
      group: { type: 'string', multiple: true },
      'password-stdin': { type: 'boolean' },
    },
    strict: true,
  });
  const username = required(values.username, 'username');
  if (!/^[A-Za-z0-9._-]{2,100}$/.test(username))
    throw new UsageError('A username is 2-100 letters, digits, . _ -');
  const role = required(values.role, 'role');
  if (!(ROLES as readonly string[]).includes(role))
    throw new UsageError(`--role is one of ${ROLES.join(', ')}`);
  // A new database (a real municipality's, before the server's first start): its empty
  // organization is made here, as `SEED=none` would, so the first admin can be created at once.
  if (
    await seedEmptyIfNew(
      { sync },
      { id: config.organizationId, name: config.organizationName },
      Date.now(),
    )
  ) {
    console.log(`Created the empty organization ${config.organizationId}`);
  }
  const organizations = await sync.organizations();
  const organizationId =
    values.organization ?? (organizations.length === 1 ? organizations[0] : undefined);
  if (organizationId === undefined || !organizations.includes(organizationId)) {
    throw new UsageError(`--organization is one of: ${organizations.join(', ') || '(none yet)'}`);
  }
  const { schools, groups } = await checkedScope(
    sync,
    organizationId,
    role as Role,
    values.school ?? [],
    values.group ?? [],
  );
  const { password, generated } = await readPassword(values['password-stdin'] ?? false);
  await accounts.createAccount(
    {
      username,
      displayName: values['display-name'] ?? username,
      role: role as Role,
      organizationId,
      schools,
      groups,
      passwordHash: await hashPassword(password),
    },
    Date.now(),
  );
  console.log(
    `Created ${role} ${username} in ${organizationId}${generated ? ` with password ${password}` : ''}`,
  );
}

/** resolveScope's answer, or the usage error it names. */
async function checkedScope(...args: Parameters<typeof resolveScope>) {
  const scope = await resolveScope(...args);
  if (!scope.ok) throw new UsageError(scope.message);
  return scope;
}

/** A new school year, a class handed over: replaces the account's schools and classes. */
async function setScope({ sync, accounts }: Stores, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      username: { type: 'string' },
      school: { type: 'string', multiple: true },
      group: { type: 'string', multiple: true },
    },
    strict: true,
  });
  const username = required(values.username, 'username');
  const account = await accounts.findAccount(username);
  if (account === null) throw new UsageError(`No account ${username}`);
  const scope = await checkedScope(
    sync,
    account.organizationId,
    account.role,
    values.school ?? [],
    values.group ?? [],
  );
  await accounts.setAccountScope(username, scope);
  const listed = [
    ...scope.schools.map((s) => `school:${s}`),
    ...scope.groups.map((g) => `group:${g}`),
  ];
  console.log(
    `${username} now has ${listed.join(' ') || 'the whole organization'}; its devices download again on their next sync`,
  );
}

async function setDisabled(
  accounts: AccountStore,
  args: string[],
  disabled: boolean,
): Promise<void> {
  const { values } = parseArgs({ args, options: { username: { type: 'string' } }, strict: true });
  const username = required(values.username, 'username');
  if (!(await accounts.setAccountDisabled(username, disabled)))
    throw new UsageError(`No account ${username}`);
  console.log(
    `${disabled ? 'Disabled' : 'Enabled'} ${username}${disabled ? ' and ended its sessions' : ''}`,
  );
}

async function setPassword(accounts: AccountStore, args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: { username: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
    strict: true,
  });
  const username = required(values.username, 'username');
  const { password, generated } = await readPassword(values['password-stdin'] ?? false);
  if (!(await accounts.setPasswordHash(username, await hashPassword(password))))
    throw new UsageError(`No account ${username}`);
  console.log(`New password of ${username}${generated ? `: ${password}` : ' set'}`);
}

async function listUsers(accounts: AccountStore): Promise<void> {
  const all = await accounts.listAccounts();
  for (const a of all) {
    const scope = [
      ...a.schools.map((s) => `school:${s}`),
      ...a.groups.map((g) => `group:${g}`),
    ].join(' ');
    console.log(
      `${a.username.padEnd(20)} ${a.role.padEnd(12)} ${a.organizationId.padEnd(12)} ${a.disabled ? 'DISABLED ' : ''}${scope}`,
    );
  }
  if (all.length === 0) console.log('No accounts.');
}

async function run(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  const config = loadConfig(process.env);
  const file = resolve(config.databaseFile);
  mkdirSync(dirname(file), { recursive: true });
  const store = openSqliteStore(file);
  const stores: Stores = { sync: store, accounts: store };
  try {
    switch (command) {
      case 'create-user':
        return await createUser(stores, config, args);
      case 'disable-user':
        return await setDisabled(store, args, true);
      case 'enable-user':
        return await setDisabled(store, args, false);
      case 'set-password':
        return await setPassword(store, args);
      case 'set-scope':
        return await setScope(stores, args);
      case 'list-users':
        return await listUsers(store);
      case 'rotate-epoch':
        console.log(
          `New database epoch ${await store.rotateEpoch()}: clients will pull everything again.`,
        );
        return;
      default:
        throw new UsageError(
          'Commands: create-user, set-scope, disable-user, enable-user, set-password, list-users, rotate-epoch (see src/server/admin.ts)',
        );
    }
  } finally {
    await store.close();
  }
}

run(process.argv.slice(2)).catch((error: unknown) => {
  if (
    error instanceof UsageError ||
    error instanceof ConfigError ||
    error instanceof AccountExistsError
  ) {
    console.error(error.message);
  } else if (
    error instanceof Error &&
    'code' in error &&
    String(error.code).startsWith('ERR_PARSE_ARGS')
  ) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
