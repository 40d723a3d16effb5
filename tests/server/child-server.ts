/**
 * The test server as its own process, for tests that kill it with SIGKILL and restart it on the
 * same file (tests/integration/fault-run.ts): the harness's fixtures (seeded only when the
 * database is new), fixed clock and cheap password cost, a silent logger. Run with
 * `node --import tsx tests/server/child-server.ts` and DATABASE_FILE, HOST and PORT (0: any free
 * port) in the environment; prints `listening on <url>` on stdout once it accepts connections.
 *
 * With HOLD_PUSHES=1 the parent can stop it at a chosen point of a push, so that its SIGKILL lands
 * there and nowhere else: the line `hold <clientId> inside|after` on stdin arms a hold for that
 * client's next push (answered `armed <clientId>` on stdout), `release <clientId>` disarms it
 * (`released <clientId>`). The push then stops inside its SQLite transaction, after its writes and
 * before the commit (`inside`), or after the commit, before the answer (`after`): the child prints
 * `held <clientId>` and blocks until it is killed. With EXIT_WITH_STDIN=1 it exits when its stdin
 * ends (the parent died), so it is never left behind.
 */
import { writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startServer } from '@/server/app';
import { silentLogger } from '@/server/logger';
import { openSqliteStore } from '@/server/storage-sqlite';
import { seedFixtures, TEST_CLOCK_START, TEST_PASSWORD_COST } from './harness';

/** How long a held push waits for the kill before going on (the parent died, or forgot it). */
const HOLD_MS = 60_000;

type HoldPoint = 'inside' | 'after';

/** Holds armed by the parent: client id → where its next push stops. */
const holds = new Map<string, HoldPoint>();

function say(line: string): void {
  // Synchronous: the line is out before the process blocks or dies.
  writeSync(1, `${line}\n`);
}

/** Stops the process where it is, if `clientId`'s push is held at `point`, until it is killed. */
function holdIfArmed(clientId: string, point: HoldPoint): void {
  if (holds.get(clientId) !== point) return;
  holds.delete(clientId);
  say(`held ${clientId}`);
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, HOLD_MS);
}

function listenToParent(): void {
  let partial = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (chunk: string) => {
    const lines = (partial + chunk).split('\n');
    partial = lines.pop()!;
    for (const line of lines) {
      const [command, clientId, point] = line.split(' ');
      if (command === 'hold' && clientId && (point === 'inside' || point === 'after')) {
        holds.set(clientId, point);
        say(`armed ${clientId}`);
      } else if (command === 'release' && clientId) {
        holds.delete(clientId);
        say(`released ${clientId}`);
      }
    }
  });
}

async function main(): Promise<void> {
  const file = process.env['DATABASE_FILE'];
  if (!file) throw new Error('DATABASE_FILE is not set');
  const holding = process.env['HOLD_PUSHES'] === '1';
  if (process.env['EXIT_WITH_STDIN'] === '1') {
    process.stdin.on('end', () => process.exit(1));
    process.stdin.on('error', () => process.exit(1));
    process.stdin.resume();
  }
  if (holding) listenToParent();
  const store = openSqliteStore(
    file,
    holding ? { beforePushCommit: (input) => holdIfArmed(input.clientId, 'inside') } : {},
  );
  if (holding) {
    const push = store.push.bind(store);
    store.push = async (input) => {
      const outcome = await push(input);
      holdIfArmed(input.clientId, 'after');
      return outcome;
    };
  }
  const clock = TEST_CLOCK_START;
  await seedFixtures({ sync: store, accounts: store }, clock);
  const server = await startServer({
    sync: store,
    accounts: store,
    config: { sessionTtlHours: 12, distDir: join(dirname(file), 'dist'), trustProxy: false },
    now: () => clock,
    logger: silentLogger,
    passwordCost: TEST_PASSWORD_COST,
    port: Number(process.env['PORT'] ?? '0'),
    host: process.env['HOST'] ?? '127.0.0.1',
  });
  const stop = () => {
    void server
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  console.log(`listening on ${server.url}`);
}

main().catch((error: unknown) => {
  console.error('child server could not start:', error);
  process.exit(1);
});
