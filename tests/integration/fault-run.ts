/**
 * A model-based fault run (SYNC-NOTES §9 H, Jepsen-style), deterministic from a seed: the real
 * server on a temporary SQLite file, N browser clients (each its own fake-indexeddb database and
 * sync engine, signed in as a fixture user), random edits interleaved with sync runs, and a
 * nemesis that drops requests (before they reach the server) and responses (after the server
 * committed), closes a client's database in the middle of a sync run (then reopens it under the
 * same name with a new engine) and, with `killServer`, kills the server and restarts it on the
 * same file.
 *
 * `serverMode: 'process'` (the default) runs the server as a real child process
 * (tests/server/child-server.ts, started through tests/server/spawn-server.ts) on one port chosen
 * at the start. A kill is SIGKILL, then a restart on the same file and port after 0-2 operations
 * (~1-1.5 s per restart here, hence `maxKills`: 8 by default, spread over the run). Up to half
 * the kills land between operations; the others hit a push in flight: the child announces on
 * stdout each push reaching its store (ANNOUNCE_PUSH), and the nemesis SIGKILLs it at once (or
 * 1-2 ms later), so the kill lands inside the SQLite transaction (rolled back from the WAL on
 * restart) or just after the commit with the answer lost; `killCommitted` counts which (read from
 * the file after the kill). While it is down, requests are refused by the OS. At the end the
 * server is SIGKILLed once more and the checks read the file through a fresh store.
 *
 * `serverMode: 'in-process'` (cheaper, for large runs) closes the in-process server with every
 * connection cut (closeAllConnections) and its SQLite store, and a restart opens a new server on
 * the same file. Each SQLite push is then one synchronous transaction, so a kill lands either
 * before a request reaches it or after the commit (the answer is lost); never between BEGIN and
 * COMMIT.
 *
 * At the end the nemesis stops, the server comes back, and every client syncs until its outbox is
 * empty and it has pulled to head. Checked: (1) every mutation a client saw acknowledged is in the
 * server's mutation_log with the status it was told; (2) every client's visible progress rows and
 * the theme equal the server's rows (strong convergence); (3) each field of each written row holds
 * the value of the last applied mutation in server (seq) order, so no acknowledged write vanished
 * except under a later one.
 *
 * Used by tests/integration/sync-fault.test.ts; `npm run bench` can call it with a larger size.
 */
import 'fake-indexeddb/auto';
import Database from 'better-sqlite3';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { connectToServer, readSyncSettings } from '@/db/connect';
import { openVuosikelloDb, type VuosikelloDb } from '@/db/database';
import { saveTheme } from '@/db/plan-writes';
import { markProgress, saveProgressNote } from '@/db/progress-writes';
import { unsyncedCount } from '@/db/queries';
import { syncedFieldsOf } from '@/db/server-copy';
import { actionId, themeId, type ActionId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { ProgressState } from '@/domain/model';
import type { PushRequest } from '@/domain/sync/protocol';
import { openSqliteStore, type SqliteStore } from '@/server/storage-sqlite';
import { createSyncEngine, type SyncEngine } from '@/sync/engine';
import { createFetchTransport, type SyncTransport } from '@/sync/transport';
import { ACTION, PASSWORD, SPACE, USERS, type TestUser } from '../server/fixtures';
import { spawnServer } from '../server/spawn-server';
import { startTestServer, type TestServer } from '../server/harness';

export interface FaultScenarioOptions {
  readonly clients: number;
  readonly operations: number;
  readonly seed: number;
  readonly killServer: boolean;
  /** A real child process killed with SIGKILL (default), or the server in this process closed. */
  readonly serverMode?: 'process' | 'in-process';
  /** At most this many kills, spread over the run (default 8 in process mode, else unlimited). */
  readonly maxKills?: number;
  /** Print the counts line (default true). */
  readonly log?: boolean;
}

export interface FaultCounts {
  readonly clients: number;
  readonly operations: number;
  readonly edits: number;
  readonly syncRuns: number;
  readonly faults: {
    readonly dropRequest: number;
    readonly dropResponse: number;
    readonly closeDb: number;
    readonly killServer: number;
    /** Kills while a push was in flight (process mode: sent, its answer not yet back). */
    readonly killInFlight: number;
    /** In-flight kills after which the push's mutations were in the log (after the commit). */
    readonly killCommitted: number;
  };
  /** Mutations whose push answer reached the client (applied, duplicate or rejected). */
  readonly acknowledged: number;
  readonly applied: number;
  readonly rejected: number;
  /** Acknowledged mutations missing from (or different in) the log, plus fields whose value is not the last applied write's. */
  readonly lostWrites: number;
  /** Clients whose visible rows differ from the server's after healing. */
  readonly divergentClients: number;
  /** Heal rounds needed until every outbox was empty. */
  readonly healRounds: number;
  /** Human-readable reasons for any lost write or divergence (empty when all is well). */
  readonly problems: readonly string[];
  readonly line: string;
}

/** mulberry32: a small seeded PRNG in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Users the clients sign in as, in turn: coordinators write the theme and any progress. */
const ROSTER: readonly TestUser[] = [
  'coordinator',
  'teacher',
  'teacher2',
  'southTeacher',
  'coordinator2',
  'teacher',
];
/** The class actions of the fixtures, with the school each belongs to. */
const ACTIONS: readonly {
  readonly id: ActionId;
  readonly group: string;
  readonly school: string;
}[] = [
  { id: actionId(ACTION.north1), group: 'g-n1', school: 's-north' },
  { id: actionId(ACTION.north2), group: 'g-n2', school: 's-north' },
  { id: actionId(ACTION.south1), group: 'g-s1', school: 's-south' },
];
const THEME = themeId('th-1');
const FAKE_ORIGIN = 'http://fault.test';
const STATES: readonly ProgressState[] = ['done', 'skipped', 'todo'];

interface Client {
  readonly index: number;
  readonly user: TestUser;
  readonly dbName: string;
  db: VuosikelloDb;
  engine: SyncEngine;
  readonly transport: SyncTransport;
  /** Close the database when the next request of a sync run is answered. */
  closeOnNextAnswer: boolean;
  /** Every clientId this client pushed as (a renumbering starts a new one). */
  readonly clientIds: Set<string>;
}

/** The server under test: started, killed and restarted on one SQLite file. */
interface ServerControl {
  /** Its base URL while it runs; in process mode the fixed address even while it is down. */
  url(): string | null;
  isUp(): boolean;
  start(): Promise<void>;
  kill(): Promise<void>;
  /** Stops the server for good and gives a store on the file for the checks. */
  finalStore(): Promise<SqliteStore>;
  /** Stops whatever still runs and closes what `finalStore` opened. */
  dispose(): Promise<void>;
}

function inProcessServer(file: string): ServerControl {
  let server: TestServer | null = null;
  const kill = async () => {
    const s = server;
    server = null;
    if (s) await s.close();
  };
  return {
    url: () => server?.url ?? null,
    isUp: () => server !== null,
    start: async () => {
      server ??= await startTestServer({ file });
    },
    kill,
    finalStore: async () => {
      server ??= await startTestServer({ file });
      return server.store;
    },
    dispose: kill,
  };
}

/**
 * How many of `ids` of `clientId` the file's mutation log holds, read through a read-only
 * connection of its own (beside the running child, or after its kill, leaving the WAL recovery
 * to the restarted server).
 */
function loggedCount(file: string, clientId: string, ids: readonly number[]): number {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare(
        'SELECT COUNT(*) AS n FROM mutation_log WHERE client_id = ? AND mutation_id IN (SELECT value FROM json_each(?))',
      )
      .get(clientId, JSON.stringify(ids)) as { n: number };
    return row.n;
  } finally {
    db.close();
  }
}

/** A free TCP port on 127.0.0.1, kept for every restart of the child. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve());
  });
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const CHILD_SERVER = fileURLToPath(new URL('../server/child-server.ts', import.meta.url));

interface ChildServerControl extends ServerControl {
  /** Resolves when the next push reaches the child's store, just before its transaction. */
  nextPush(): Promise<void>;
}

/** tests/server/child-server.ts as a child process, SIGKILLed by the nemesis. */
function childProcessServer(file: string, port: number): ChildServerControl {
  const url = `http://127.0.0.1:${port}`;
  let proc: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();
  let store: SqliteStore | null = null;
  let pushWaiters: (() => void)[] = [];
  let output: () => string = () => '';
  let crashed = false;
  // If the test process exits, the server goes with it (and see stdin below).
  const onExit = () => {
    proc?.kill('SIGKILL');
  };
  process.once('exit', onExit);

  async function kill(): Promise<void> {
    const p = proc;
    proc = null;
    if (p === null) return;
    p.kill('SIGKILL');
    await exited;
  }

  return {
    url: () => url,
    isUp: () => proc !== null,
    nextPush: () => new Promise((resolve) => pushWaiters.push(resolve)),
    start: async () => {
      if (proc !== null) return;
      const started = await spawnServer(
        CHILD_SERVER,
        {
          DATABASE_FILE: file,
          PORT: String(port),
          HOST: '127.0.0.1',
          ANNOUNCE_PUSH: '1',
          EXIT_WITH_STDIN: '1',
        },
        {
          // stdin is a pipe the child watches: it exits when this process goes away.
          stdin: 'pipe',
          onLine: (line) => {
            if (!line.startsWith('push ')) return;
            const waiters = pushWaiters;
            pushWaiters = [];
            for (const w of waiters) w();
          },
        },
      );
      const child = started.proc;
      proc = child;
      output = started.output;
      exited = new Promise((resolve) => child.once('exit', () => resolve()));
      // Not killed by the nemesis: the checks fail with its output.
      child.once('exit', () => {
        if (proc === child) crashed = true;
      });
    },
    kill,
    finalStore: async () => {
      if (crashed) throw new Error(`the child server died on its own:\n${output()}`);
      await kill();
      store ??= openSqliteStore(file);
      return store;
    },
    dispose: async () => {
      await kill();
      process.off('exit', onExit);
      const s = store;
      store = null;
      if (s) await s.close();
    },
  };
}

let runCounter = 0;

/** Runs one scenario and returns its counts; throws only when the setup itself fails. */
export async function runFaultScenario(options: FaultScenarioOptions): Promise<FaultCounts> {
  const { clients: clientCount, operations, seed, killServer } = options;
  const serverMode = options.serverMode ?? 'process';
  const maxKills = options.maxKills ?? (serverMode === 'process' ? 8 : Infinity);
  // In process mode at most half the kills land between operations: the rest hit a push.
  const maxIdleKills = serverMode === 'process' ? Math.floor(maxKills / 2) : maxKills;
  let idleKills = 0;
  /** Whether another kill fits: the budget grows with the operations, spreading the kills. */
  const mayKill = () =>
    faults.killServer < Math.min(maxKills, Math.ceil((maxKills * (currentOp + 1)) / operations));
  const random = prng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const run = ++runCounter;
  const dir = await mkdtemp(join(tmpdir(), 'vuosikello-fault-'));
  const file = join(dir, 'fault.sqlite');
  const child = serverMode === 'process' ? childProcessServer(file, await freePort()) : null;
  const server: ServerControl = child ?? inProcessServer(file);
  let serverDownUntil = -1;
  let faultsOn = true;
  const faults = {
    dropRequest: 0,
    dropResponse: 0,
    closeDb: 0,
    killServer: 0,
    killInFlight: 0,
    killCommitted: 0,
  };
  /** `${clientId}/${mutationId}` → the status the client was told. */
  const acked = new Map<string, string>();
  let clock = 1_800_000_000_000;
  const now = () => (clock += 7);
  let edits = 0;
  let syncRuns = 0;

  /** Kills the server; it stays down for the next 0-2 operations. */
  async function killTheServer(): Promise<void> {
    faults.killServer += 1;
    await server.kill();
    serverDownUntil = currentOp + 1 + Math.floor(random() * 3);
  }

  function makeClient(index: number, user: TestUser): Client {
    let client: Client | null = null;
    const faultyFetch: typeof fetch = async (input, init) => {
      const url = String(input);
      const isSync = url.includes('/sync/v1/');
      // In process mode a request to the killed server is refused by the OS.
      const base = server.url();
      if (base === null) throw new TypeError('fetch failed: server down');
      const real = `${base}${url.slice(FAKE_ORIGIN.length)}`;
      if (isSync && faultsOn && random() < 0.12) {
        faults.dropRequest += 1;
        throw new TypeError('fetch failed: request dropped');
      }
      const killPush =
        isSync &&
        faultsOn &&
        killServer &&
        server.isUp() &&
        mayKill() &&
        url.endsWith('/push') &&
        random() < (serverMode === 'process' ? 0.15 : 0.04);
      if (killPush && child !== null) {
        // SIGKILL once the push has reached the child's store: mostly at once (inside its SQLite
        // transaction, rolled back on restart, or just after the commit), sometimes 1-2 ms later
        // (the answer may be on its way). Whatever the server did, the client sees no answer.
        const delay = random() < 0.7 ? 0 : 1 + Math.floor(random() * 2);
        const pushed = JSON.parse(String(init?.body)) as PushRequest;
        const ids = pushed.mutations.map((m) => m.id);
        const loggedBefore = loggedCount(file, pushed.clientId, ids);
        let settled = false;
        const reached = child.nextPush();
        const answer = fetch(real, init)
          .then((res) => res.text())
          .catch(() => '')
          .finally(() => {
            settled = true;
          });
        await Promise.race([reached, answer]);
        if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
        const inFlight = !settled;
        await killTheServer();
        await answer;
        if (inFlight) {
          faults.killInFlight += 1;
          if (loggedCount(file, pushed.clientId, ids) > loggedBefore) faults.killCommitted += 1;
        }
        throw new TypeError('fetch failed: server killed');
      }
      const res = await fetch(real, init);
      const body = await res.text();
      const answered = new Response(body, { status: res.status, headers: res.headers });
      if (killPush) {
        // Killed after the commit, before the answer left.
        await killTheServer();
        throw new TypeError('fetch failed: server killed');
      }
      if (isSync && faultsOn && random() < 0.12) {
        faults.dropResponse += 1;
        throw new TypeError('fetch failed: response dropped');
      }
      if (isSync && client?.closeOnNextAnswer) {
        client.closeOnNextAnswer = false;
        faults.closeDb += 1;
        client.db.close();
      }
      return answered;
    };
    const inner = createFetchTransport({ serverUrl: FAKE_ORIGIN, fetch: faultyFetch });
    const transport: SyncTransport = {
      ...inner,
      push: async (space, body) => {
        client?.clientIds.add(body.clientId);
        const result = await inner.push(space, body);
        if (result.ok) {
          for (const r of result.value.results) {
            const status =
              r.status === 'duplicate' ? (r.original?.status ?? 'duplicate') : r.status;
            acked.set(`${body.clientId}/${r.id}`, status);
          }
        }
        return result;
      },
      pull: (space, params) => inner.pull(space, params),
      status: (space) => inner.status(space),
      signIn: (u, p) => inner.signIn(u, p),
      signOut: () => inner.signOut(),
      session: () => inner.session(),
      eventsUrl: (space) => inner.eventsUrl(space),
    };
    const dbName = `fault-${run}-${seed}-${index}`;
    const db = openVuosikelloDb(dbName);
    client = {
      index,
      user,
      dbName,
      db,
      engine: engineFor(db, transport),
      transport,
      closeOnNextAnswer: false,
      clientIds: new Set(),
    };
    return client;
  }

  function engineFor(db: VuosikelloDb, transport: SyncTransport): SyncEngine {
    return createSyncEngine({
      db,
      transport,
      now,
      random: () => 0.5,
      locks: null,
      openPokes: null,
      observeOutbox: false,
      setTimer: () => () => {},
      environment: { isOnline: () => true, subscribe: () => () => {} },
      pushBatchSize: 3,
      pullLimit: 4,
      // A closed database fails the run with error 'storage'; the engine retries later.
      onError: () => {},
    });
  }

  /** Closes a client's database (if the nemesis has not already) and reopens it with a new engine. */
  async function reopen(c: Client): Promise<void> {
    await c.engine.stop();
    c.db.close();
    c.db = openVuosikelloDb(c.dbName);
    c.engine = engineFor(c.db, c.transport);
  }

  let currentOp = 0;
  const clients: Client[] = [];
  try {
    await server.start();
    for (let i = 0; i < clientCount; i++) {
      const c = makeClient(i, ROSTER[i % ROSTER.length]!);
      const session = await c.transport.signIn(c.user, PASSWORD);
      if (!session.ok) throw new Error(`sign-in of ${c.user}: ${JSON.stringify(session.failure)}`);
      await connectToServer(c.db, { serverUrl: FAKE_ORIGIN, user: session.value.user }, now);
      clients.push(c);
    }

    async function edit(c: Client): Promise<void> {
      const role = USERS[c.user].role;
      const groups: readonly string[] = USERS[c.user].groups;
      if (role === 'coordinator' && random() < 0.35) {
        const theme = await c.db.themes.get(THEME);
        if (theme) {
          const color = `#${Math.floor(random() * 0xffffff)
            .toString(16)
            .padStart(6, '0')}`;
          await saveTheme(
            c.db,
            random() < 0.7
              ? { ...theme, color }
              : { ...theme, name: { ...theme.name, fi: `Teema ${c.index}-${currentOp}` } },
            now,
          );
          edits += 1;
          return;
        }
      }
      // Now and then a teacher ticks another class: the server rejects it and the client reverts.
      const mine =
        random() < 0.08
          ? ACTIONS.filter((a) => !groups.includes(a.group))
          : ACTIONS.filter((a) => role === 'coordinator' || groups.includes(a.group));
      if (mine.length === 0) return;
      const action = pick(mine);
      if (random() < 0.25) {
        await saveProgressNote(
          c.db,
          action.id,
          `muistiinpano ${c.index}-${currentOp}`,
          c.user,
          now,
        );
      } else {
        const state = pick(STATES);
        await markProgress(
          c.db,
          {
            actionId: action.id,
            state,
            day: `2026-09-${String(1 + Math.floor(random() * 28)).padStart(2, '0')}` as LocalDate,
            by: c.user,
            ...(random() < 0.2 && { note: `huom ${currentOp}` }),
          },
          now,
        );
      }
      edits += 1;
    }

    for (currentOp = 0; currentOp < operations; currentOp++) {
      if (!server.isUp() && currentOp >= serverDownUntil) await server.start();
      const c = pick(clients);
      const r = random();
      if (r < 0.55) {
        await edit(c);
      } else if (r < 0.88) {
        syncRuns += 1;
        await c.engine.syncNow();
      } else if (r < 0.96 || !killServer || idleKills >= maxIdleKills || !mayKill()) {
        // Close the database when the first request of the run is answered: mid-push or mid-pull.
        c.closeOnNextAnswer = true;
        syncRuns += 1;
        await c.engine.syncNow();
        if (c.closeOnNextAnswer) c.closeOnNextAnswer = false; // the run made no request
        await reopen(c);
      } else if (server.isUp()) {
        // Killed between operations, with no request in flight.
        idleKills += 1;
        await killTheServer();
      }
    }

    // Heal: no more faults, the server back, every client syncs until nothing is outstanding.
    faultsOn = false;
    await server.start();
    let healRounds = 0;
    for (; healRounds < 30; healRounds++) {
      for (const c of clients) await c.engine.syncNow();
      const left = await Promise.all(
        clients.map(async (c) => (await unsyncedCount(c.db)) + (await c.db.outbox.count())),
      );
      if (left.every((n) => n === 0)) break;
    }
    // One more run each, so every client has pulled the others' last pushes.
    for (const c of clients) await c.engine.syncNow();

    const problems: string[] = [];
    let lostWrites = 0;
    let divergentClients = 0;
    // Process mode: the server is SIGKILLed once more and the file read with a fresh store.
    const store = await server.finalStore();

    // (1) Every acknowledged mutation is in the log, with the status the client was told.
    const logs = new Map<string, Awaited<ReturnType<typeof store.mutationLog>>>();
    for (const c of clients) {
      for (const id of c.clientIds) logs.set(id, await store.mutationLog(id));
    }
    for (const [key, status] of acked) {
      const [clientId, mid] = key.split('/') as [string, string];
      const entry = logs.get(clientId)?.find((m) => m.mutationId === Number(mid));
      if (!entry || entry.status !== status) {
        lostWrites += 1;
        problems.push(`acked ${key} (${status}) logged as ${entry?.status ?? 'missing'}`);
      }
    }

    // (3) Each written field holds the value of its last applied mutation in seq order.
    const lastWrite = new Map<string, { seq: number; value: unknown; by: string }>();
    for (const [clientId, log] of logs) {
      for (const m of log) {
        if (m.status !== 'applied' || m.seq === null || m.seq === 0) continue;
        const payload = m.payload as {
          entity: string;
          entityId: string;
          patch?: Record<string, unknown> | null;
        };
        for (const [field, value] of Object.entries(payload.patch ?? {})) {
          const k = `${payload.entity}\u0000${payload.entityId}\u0000${field}`;
          const prev = lastWrite.get(k);
          if (!prev || prev.seq < m.seq) {
            lastWrite.set(k, { seq: m.seq, value, by: `${clientId}/${m.mutationId}` });
          }
        }
      }
    }
    for (const [k, last] of lastWrite) {
      const [entity, id, field] = k.split('\u0000') as [string, string, string];
      const row = await store.readRow(SPACE, entity as 'progress', id);
      if (canonical(row?.data[field]) !== canonical(last.value)) {
        lostWrites += 1;
        problems.push(
          `${entity} ${id}.${field} = ${canonical(row?.data[field])}, last applied ${last.by} wrote ${canonical(last.value)}`,
        );
      }
    }

    // (2) Strong convergence: each client's visible rows equal the server's.
    const serverTheme = await store.readRow(SPACE, 'theme', THEME);
    const { headSeq } = await store.status(SPACE);
    for (const c of clients) {
      const diffs: string[] = [];
      const settings = await readSyncSettings(c.db);
      const user = USERS[c.user];
      const schools: readonly string[] = user.schools;
      for (const action of ACTIONS) {
        const local = await c.db.progress.get(action.id);
        if (user.role !== 'coordinator' && !schools.includes(action.school)) {
          // Another school's row: never pulled; a rejected tick of it has been reverted.
          if (local) diffs.push(`progress ${action.id} of another school is visible`);
          continue;
        }
        const serverRow = await store.readRow(SPACE, 'progress', action.id);
        // The synced fields: neither the local `updatedAt` nor an embedded server copy.
        const localFields = local ? syncedFieldsOf('progress', local) : null;
        const serverFields = serverRow && !serverRow.deleted ? serverRow.data : null;
        if (canonical(localFields) !== canonical(serverFields)) {
          diffs.push(
            `progress ${action.id}: ${canonical(localFields)} ≠ ${canonical(serverFields)}`,
          );
        }
      }
      const localTheme = await c.db.themes.get(THEME);
      const themeFields = localTheme ? syncedFieldsOf('theme', localTheme) : null;
      if (canonical(themeFields) !== canonical(serverTheme?.data ?? null)) {
        diffs.push(`theme: ${canonical(localTheme)} ≠ ${canonical(serverTheme?.data)}`);
      }
      const left = await c.db.outbox.count();
      if (left > 0) diffs.push(`${left} outbox entries left`);
      const error = c.engine.getState().error;
      if (error !== null) diffs.push(`engine error ${error}`);
      if (settings === null) diffs.push('not connected');
      else if (settings.cursor !== headSeq)
        diffs.push(`cursor ${settings.cursor} ≠ head ${headSeq}`);
      if (diffs.length > 0) {
        divergentClients += 1;
        problems.push(`client ${c.index} (${c.user}): ${diffs.join('; ')}`);
      }
    }

    const statuses = [...acked.values()];
    const counts = {
      clients: clientCount,
      operations,
      edits,
      syncRuns,
      faults,
      acknowledged: acked.size,
      applied: statuses.filter((s) => s === 'applied').length,
      rejected: statuses.filter((s) => s === 'rejected').length,
      lostWrites,
      divergentClients,
      healRounds: healRounds + 1,
      problems,
    };
    const line =
      `fault run seed=${seed}: clients=${clientCount} operations=${operations} edits=${edits} ` +
      `syncRuns=${syncRuns} faults{dropRequest=${faults.dropRequest} dropResponse=${faults.dropResponse} ` +
      `closeDb=${faults.closeDb} killServer=${faults.killServer} killInFlight=${faults.killInFlight} killCommitted=${faults.killCommitted}} ` +
      `server=${serverMode} acknowledged=${acked.size} ` +
      `(applied=${counts.applied} rejected=${counts.rejected}) lostWrites=${lostWrites} ` +
      `divergentClients=${divergentClients} healRounds=${counts.healRounds}`;
    if (options.log !== false) console.log(line);
    return { ...counts, line };
  } finally {
    for (const c of clients) {
      await c.engine.stop().catch(() => {});
      c.db.close();
      await c.db.delete().catch(() => {});
    }
    await server.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}

/** JSON with sorted keys, for comparing rows whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value, (_k, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
      : v,
  );
}
