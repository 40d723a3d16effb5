/**
 * The real server in-process on port 0, with a fresh SQLite file per test and a clock the test
 * moves. Requests go through plain fetch.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  type PullResponse,
  type PushResponse,
} from '@/domain/sync/protocol';
import { startServer, type RunningServer } from '@/server/app';
import { silentLogger } from '@/server/logger';
import { hashPassword } from '@/server/passwords';
import {
  openSqliteStore,
  type SqliteStore,
  type SqliteStoreOptions,
} from '@/server/storage-sqlite';
import { PASSWORD, PLAN_ROWS, SPACE, USERS, type TestUser } from './fixtures';

/** Cheap scrypt for tests (production uses 15). */
export const TEST_PASSWORD_COST = 4;

export interface ApiResponse<T = Record<string, unknown>> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
}

export interface SignedIn {
  readonly user: TestUser;
  readonly token: string;
  readonly auth: Record<string, string>;
  push(body: Record<string, unknown>, space?: string): Promise<ApiResponse>;
  /** Pushes `mutations` as `clientId` with the current versions. */
  pushMutations(
    clientId: string,
    mutations: readonly Record<string, unknown>[],
    extra?: Record<string, unknown>,
  ): Promise<ApiResponse<PushResponse>>;
  pull(query: Record<string, string | number>, space?: string): Promise<ApiResponse<PullResponse>>;
  /** Pulls every page from `since` and returns the changes and the last page. */
  pullAll(
    clientId: string,
    limit?: number,
  ): Promise<{ changes: PullResponse['changes']; last: PullResponse }>;
}

export interface TestServer {
  readonly url: string;
  readonly file: string;
  readonly store: SqliteStore;
  readonly server: RunningServer;
  readonly space: string;
  /** Moves the server's clock. */
  advance(ms: number): void;
  now(): number;
  signIn(user: TestUser): Promise<SignedIn>;
  fetch(path: string, init?: RequestInit): Promise<ApiResponse>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  readonly seed?: boolean;
  readonly storeOptions?: SqliteStoreOptions;
  readonly distDir?: string;
  readonly heartbeatMs?: number;
  /** Use this database file, kept on close (restart tests; the caller removes it). */
  readonly file?: string;
}

export async function api<T = Record<string, unknown>>(
  url: string,
  init: RequestInit = {},
): Promise<ApiResponse<T>> {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text === '' ? null : JSON.parse(text);
  } catch {
    // Not JSON (static files): keep the text.
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

/** The server clock's start in every test server (tests/server/child-server.ts too). */
export const TEST_CLOCK_START = Date.UTC(2026, 8, 7, 8, 0, 0);

/** Seeds the fixture plan rows and one account per fixture user, unless the database already is. */
export async function seedFixtures(store: SqliteStore, clock: number): Promise<void> {
  if (await store.isInitialized()) return;
  await store.seedRows(SPACE, PLAN_ROWS, 'system', clock);
  const passwordHash = await hashPassword(PASSWORD, TEST_PASSWORD_COST);
  for (const [username, u] of Object.entries(USERS)) {
    await store.createAccount(
      {
        username,
        displayName: username,
        passwordHash,
        role: u.role,
        organizationId: u.organizationId,
        schools: u.schools,
        groups: u.groups,
      },
      clock,
    );
  }
  await store.markInitialized();
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const dir =
    options.file === undefined
      ? await mkdtemp(join(tmpdir(), 'vuosikello-server-'))
      : dirname(options.file);
  const file = options.file ?? join(dir, 'test.sqlite');
  const store = openSqliteStore(file, options.storeOptions);
  let clock = TEST_CLOCK_START;
  if (options.seed !== false) await seedFixtures(store, clock);
  const server = await startServer({
    store,
    config: {
      sessionTtlHours: 12,
      distDir: options.distDir ?? join(dir, 'dist'),
      trustProxy: false,
    },
    now: () => clock,
    logger: silentLogger,
    passwordCost: TEST_PASSWORD_COST,
    port: 0,
    host: '127.0.0.1',
    ...(options.heartbeatMs !== undefined && { heartbeatMs: options.heartbeatMs }),
  });
  const url = server.url;

  async function signIn(user: TestUser): Promise<SignedIn> {
    const res = await api<{ token: string }>(`${url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: user, password: PASSWORD }),
    });
    if (res.status !== 200)
      throw new Error(`sign-in of ${user} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const token = res.body.token;
    const auth = { Authorization: `Bearer ${token}` };
    const signedIn: SignedIn = {
      user,
      token,
      auth,
      push: (body, space = SPACE) =>
        api(`${url}/sync/v1/spaces/${space}/push`, {
          method: 'POST',
          headers: { ...auth, 'Content-Type': 'application/json', 'X-Sync-Protocol': '1' },
          body: JSON.stringify(body),
        }),
      pushMutations: (clientId, mutations, extra = {}) =>
        signedIn.push({
          protocolVersion: PROTOCOL_VERSION,
          schemaVersion: SCHEMA_VERSION,
          clientId,
          mutations,
          ...extra,
        }) as Promise<ApiResponse<PushResponse>>,
      pull: (query, space = SPACE) => {
        const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
        return api<PullResponse>(`${url}/sync/v1/spaces/${space}/pull?${params}`, {
          headers: { ...auth, 'X-Sync-Protocol': '1' },
        });
      },
      pullAll: async (clientId, limit = 1000) => {
        const changes: PullResponse['changes'] = [];
        let since = 0;
        let dbEpoch: string | undefined;
        for (;;) {
          const res = await signedIn.pull({
            since,
            limit,
            clientId,
            schemaVersion: SCHEMA_VERSION,
            ...(dbEpoch !== undefined && { dbEpoch }),
          });
          if (res.status !== 200)
            throw new Error(`pull failed: ${res.status} ${JSON.stringify(res.body)}`);
          changes.push(...res.body.changes);
          since = res.body.cursor;
          dbEpoch = res.body.dbEpoch;
          if (!res.body.hasMore) return { changes, last: res.body };
        }
      },
    };
    return signedIn;
  }

  return {
    url,
    file,
    store,
    server,
    space: SPACE,
    advance: (ms) => {
      clock += ms;
    },
    now: () => clock,
    signIn,
    fetch: (path, init) => api(`${url}${path}`, init),
    close: async () => {
      await server.close();
      await store.close();
      if (options.file === undefined) await rm(dir, { recursive: true, force: true });
    },
  };
}

/** A create of theme `id` as mutation `mutationId`. */
export function createTheme(
  mutationId: number,
  id: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    id: mutationId,
    entity: 'theme',
    entityId: id,
    op: 'create',
    patch: { id, name: { fi: id, sv: id, en: id }, color: '#123456', ...overrides },
  };
}
