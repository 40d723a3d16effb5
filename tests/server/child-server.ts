/**
 * The test server as its own process, for tests that kill it with SIGKILL and restart it on the
 * same file (tests/integration/fault-run.ts): the harness's fixtures (seeded only when the
 * database is new), fixed clock and cheap password cost, a silent logger. Run with
 * `node --import tsx tests/server/child-server.ts` and DATABASE_FILE, HOST and PORT (0: any free
 * port) in the environment; prints `listening on <url>` on stdout once it accepts connections.
 * With ANNOUNCE_PUSH=1 it also writes `push <clientId>` on stdout (synchronously) as each push
 * reaches the store, as it queues for its transaction: the parent can SIGKILL it mid-commit. With
 * EXIT_WITH_STDIN=1 it exits when its stdin ends (the parent died), so it is never left behind.
 */
import { writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { startServer } from '@/server/app';
import { silentLogger } from '@/server/logger';
import { openSqliteStore } from '@/server/storage-sqlite';
import { seedFixtures, TEST_CLOCK_START, TEST_PASSWORD_COST } from './harness';

async function main(): Promise<void> {
  const file = process.env['DATABASE_FILE'];
  if (!file) throw new Error('DATABASE_FILE is not set');
  if (process.env['EXIT_WITH_STDIN'] === '1') {
    process.stdin.on('end', () => process.exit(1));
    process.stdin.on('error', () => process.exit(1));
    process.stdin.resume();
  }
  const store = openSqliteStore(file);
  if (process.env['ANNOUNCE_PUSH'] === '1') {
    const push = store.push.bind(store);
    store.push = (input) => {
      writeSync(1, `push ${input.clientId}\n`);
      return push(input);
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
