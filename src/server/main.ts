/**
 * `npm run server`: opens (or creates, with demo data) the SQLite database, serves the sync
 * endpoint and the built app on one port, and prints where and how to sign in.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { startServer } from './app';
import { ConfigError, loadConfig, type ServerConfig } from './config';
import { DEMO_SPACE, seedDemoIfNew } from './demo-seed';
import { seedEmptyIfNew } from './empty-seed';
import { consoleLogger } from './logger';
import { openSqliteStore } from './storage-sqlite';

function configOrExit(): ServerConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const config = configOrExit();
  const file = resolve(config.databaseFile);
  mkdirSync(dirname(file), { recursive: true });
  const store = openSqliteStore(file, {
    onInternalError: (error, clientId, mutationId) =>
      consoleLogger.error(
        `Mutation ${clientId}/${mutationId} failed and was recorded as rejected/Internal`,
        error,
      ),
  });
  const stores = { sync: store, accounts: store };
  const demo =
    config.seed === 'demo'
      ? await seedDemoIfNew(stores, { demoPassword: config.demoPassword, now: Date.now() })
      : null;
  const created =
    config.seed === 'none' &&
    (await seedEmptyIfNew(
      stores,
      { id: config.organizationId, name: config.organizationName },
      Date.now(),
    ));
  const server = await startServer({
    sync: store,
    accounts: store,
    config,
    logger: consoleLogger,
    port: config.port,
    host: config.host,
  });

  console.log(`Vuosikello server listening on ${server.url}`);
  console.log(`  database: ${file}`);
  console.log(`  app:      ${resolve(config.distDir)} (npm run build to update)`);
  const spaces = await store.organizations();
  console.log(`  sync:     ${server.url}/sync/v1/spaces/${spaces[0] ?? DEMO_SPACE}/…`);
  if (created) {
    console.log(
      `Created the empty organization ${config.organizationId}. Make its first admin with:\n` +
        `  npm run admin -- create-user --username <name> --role admin`,
    );
  } else if (demo !== null) {
    console.log(
      'Created the demo organization. Demo sign-ins (shown once; disable them before real use):',
    );
    for (const d of demo)
      console.log(`  ${d.username.padEnd(16)} ${d.password.padEnd(16)} ${d.role}`);
  } else {
    console.log('Accounts: npm run admin -- list-users (set-password resets a forgotten one).');
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing`);
    void server
      .close()
      .then(() => store.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error('The server could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
