/**
 * The real server in-process on port 0, with a fresh database per test from the store factory
 * (store-factory.ts: SQLite unless TEST_STORE names another) and a clock the test moves.
 * Requests go through plain fetch.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  PROTOCOL_VERSION,
  SCHEMA_VERSION,
  type PullResponse,
  type PushResponse,
} from '@/domain/sync/protocol';
import { startServer, type RunningServer } from '@/server/app';
import { silentLogger } from '@/server/logger';
import { hashPassword } from '@/server/passwords';
import type { AccountStore, Stores, SyncStore } from '@/server/storage';
import { PASSWORD, PLAN_ROWS, SPACE, USERS, type TestUser } from './fixtures';
import { testStoreFactory, type Backdoor, type TestStoreOptions } from './store-factory';
import { seedDemoIfNew } from '@/server/demo-seed';

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
  /** Where its database lives (SQLite: the file). */
  readonly location: string;
  /** The sync store (rows, clients, the mutation log). */
  readonly store: SyncStore;
  readonly accounts: AccountStore;
  /** Actions under the store interface (an operator, another process, a failure). */
  readonly backdoor: Backdoor;
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
  readonly storeOptions?: TestStoreOptions;
  readonly distDir?: string;
  readonly heartbeatMs?: number;
  /**
   * Open this database (from newTestLocation), kept on close: restart tests open it again; the
   * caller disposes of it.
   */
  readonly location?: string;
}

/** A place for a database that outlives one server (restart tests). */
export function newTestLocation(): Promise<string> {
  return testStoreFactory().newLocation();
}

/** Removes a database made by newTestLocation (its servers closed). */
export function disposeTestLocation(location: string): Promise<void> {
  return testStoreFactory().dispose(location);
}

/** The backdoor of a database made by newTestLocation, while no server has it open. */
export function testBackdoor(location: string): Backdoor {
  return testStoreFactory().backdoor(location);
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
export async function seedFixtures(stores: Stores, clock: number): Promise<void> {
  if (await stores.sync.isInitialized()) return;
  await stores.sync.seedRows(SPACE, PLAN_ROWS, 'system', clock);
  const passwordHash = await hashPassword(PASSWORD, TEST_PASSWORD_COST);
  for (const [username, u] of Object.entries(USERS)) {
    await stores.accounts.createAccount(
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
  await stores.sync.markInitialized();
}

/** The password of every account startDemoServer creates. */
export const DEMO_TEST_PASSWORD = 'demo-salasana';

/** A test server with the demo organization and its accounts (what `npm start` creates). */
export async function startDemoServer(): Promise<TestServer> {
  const t = await startTestServer({ seed: false });
  await seedDemoIfNew(
    { sync: t.store, accounts: t.accounts },
    { demoPassword: DEMO_TEST_PASSWORD, now: t.now(), passwordCost: TEST_PASSWORD_COST },
  );
  return t;
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const factory = testStoreFactory();
  const location = options.location ?? (await factory.newLocation());
  const stores = await factory.open(location, options.storeOptions ?? {});
  let clock = TEST_CLOCK_START;
  if (options.seed !== false) await seedFixtures(stores, clock);
  const server = await startServer({
    sync: stores.sync,
    accounts: stores.accounts,
    config: {
      sessionTtlHours: 12,
      distDir: options.distDir ?? join(tmpdir(), 'vuosikello-no-dist'),
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
    location,
    store: stores.sync,
    accounts: stores.accounts,
    backdoor: factory.backdoor(location),
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
      await stores.close();
      if (options.location === undefined) await factory.dispose(location);
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
