/**
 * The server of a fault run, started, killed and restarted on one SQLite file: a real child
 * process SIGKILLed at a point the nemesis chooses (tests/server/child-server.ts, which holds a
 * push there until the kill lands), or the server in this process, closed with every connection
 * cut.
 */
import Database from 'better-sqlite3';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { SyncStore } from '@/server/storage';
import { openSqliteStore, type SqliteStore } from '@/server/storage-sqlite';
import { withDeadline } from '../../server/deadline';
import { startTestServer, type TestServer } from '../../server/harness';
import { hasExited, spawnServer, stopServer, type ServerProcess } from '../../server/spawn-server';
import type { KillPoint } from './fault-plan';

export interface ServerControl {
  /** Its base URL while it runs; in process mode the fixed address even while it is down. */
  url(): string | null;
  isUp(): boolean;
  start(): Promise<void>;
  kill(): Promise<void>;
  /** Stops the server for good and gives a store on the file for the checks. */
  finalStore(): Promise<SyncStore>;
  /** Stops whatever still runs and closes what `finalStore` opened. */
  dispose(): Promise<void>;
}

/** A push held by the child server at a point of its transaction until the kill. */
export interface PushHold {
  /** Resolves when the push has reached the point and stopped there. */
  readonly held: Promise<void>;
  /** Disarms the hold (the push was answered without reaching the store). */
  release(): Promise<void>;
}

export interface ChildServerControl extends ServerControl {
  /** Arms a hold of `clientId`'s next push at `point`; resolves once the child has it. */
  holdNextPush(clientId: string, point: KillPoint): Promise<PushHold>;
}

/** The server in this process; a kill cuts every connection, after any request it answered. */
export function inProcessServer(file: string): ServerControl {
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
      server ??= await startTestServer({ location: file });
    },
    kill,
    finalStore: async () => {
      server ??= await startTestServer({ location: file });
      return server.store;
    },
    dispose: kill,
  };
}

const CHILD_SERVER = fileURLToPath(new URL('../../server/child-server.ts', import.meta.url));

/** tests/server/child-server.ts as a child process on `port`, the same for every restart. */
export function childProcessServer(file: string, port: number): ChildServerControl {
  const url = `http://127.0.0.1:${port}`;
  let child: ServerProcess | null = null;
  let store: SqliteStore | null = null;
  let crashed = false;
  let lineWaiters = new Map<string, () => void>();
  // If the test process exits, the server goes with it (and see stdin below).
  const onExit = () => child?.proc.kill('SIGKILL');
  process.once('exit', onExit);

  const nextLine = (line: string) => new Promise<void>((resolve) => lineWaiters.set(line, resolve));

  async function command(text: string, reply: string): Promise<void> {
    if (child === null) throw new Error(`the child server is down: cannot ${text}`);
    const replied = nextLine(reply);
    child.proc.stdin!.write(`${text}\n`);
    await withDeadline(replied, `the child server to answer "${text}"`);
  }

  async function kill(): Promise<void> {
    const c = child;
    child = null;
    lineWaiters = new Map();
    if (c !== null) await stopServer(c, 'SIGKILL');
  }

  return {
    url: () => url,
    isUp: () => child !== null,
    start: async () => {
      if (child !== null) return;
      const started = await spawnServer(
        CHILD_SERVER,
        {
          DATABASE_FILE: file,
          PORT: String(port),
          HOST: '127.0.0.1',
          HOLD_PUSHES: '1',
          EXIT_WITH_STDIN: '1',
        },
        {
          // stdin is a pipe: the nemesis's commands, and the child exits when this process does.
          stdin: 'pipe',
          onLine: (line) => {
            const waiter = lineWaiters.get(line);
            lineWaiters.delete(line);
            waiter?.();
          },
        },
      );
      child = started;
      // Not killed by the nemesis: the checks fail with its output.
      started.proc.once('exit', () => {
        if (child === started) crashed = true;
      });
    },
    kill,
    async holdNextPush(clientId, point) {
      await command(`hold ${clientId} ${point}`, `armed ${clientId}`);
      return {
        held: nextLine(`held ${clientId}`),
        release: () => command(`release ${clientId}`, `released ${clientId}`),
      };
    },
    finalStore: async () => {
      if (crashed || (child !== null && hasExited(child.proc))) {
        throw new Error(`the child server died on its own:\n${child?.output() ?? ''}`);
      }
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

/**
 * How many of `ids` of `clientId` the file's mutation log holds, read through a read-only
 * connection of its own (after a kill, leaving the WAL recovery to the restarted server).
 */
export function loggedCount(file: string, clientId: string, ids: readonly number[]): number {
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
export async function freePort(): Promise<number> {
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
