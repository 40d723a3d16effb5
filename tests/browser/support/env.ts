/**
 * What a browser test file runs against, set up once per file: each function registers the file's
 * beforeAll/afterAll and returns an object whose fields are set once everything is up (use them
 * inside tests and helpers, not at the top level).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from '@/server/app';
import { seedDemoIfNew } from '@/server/demo-seed';
import { silentLogger } from '@/server/logger';
import { openSqliteStore, type SqliteStore } from '@/server/storage-sqlite';
import { launchChromium, serveBuiltApp } from './chromium';

export interface BuiltAppEnv {
  browser: Browser;
  /** The built app (dist/) in local mode, ending in `/`. */
  url: string;
}

/** Chromium and the built app served by Vite's preview server (run `npx vite build` first). */
export function builtAppEnv(): BuiltAppEnv {
  const env = {} as BuiltAppEnv;
  let app: { url: string; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    [env.browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
    env.url = app.url;
  });
  afterAll(async () => {
    await env.browser?.close();
    await app?.close();
  });
  return env;
}

/** The password of every demo account demoServerEnv seeds. */
export const DEMO_PASSWORD = 'demo-password-for-tests';

export interface DemoServerEnv {
  browser: Browser;
  server: RunningServer;
  store: SqliteStore;
  /** The real server (serving dist/ too), with no trailing `/`. */
  url: string;
}

/**
 * Chromium and the real sync server on a free port of 127.0.0.1, serving dist/, its data in a
 * temporary SQLite file (in a directory named from `prefix`) seeded with the demo organization
 * and its accounts (password DEMO_PASSWORD). Sessions and clocks are real.
 */
export function demoServerEnv(prefix: string): DemoServerEnv {
  const env = {} as DemoServerEnv;
  let dir: string | undefined;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), prefix));
    env.store = openSqliteStore(join(dir, 'server.sqlite'));
    await seedDemoIfNew(
      { sync: env.store, accounts: env.store },
      { demoPassword: DEMO_PASSWORD, now: Date.now(), passwordCost: 4 },
    );
    [env.browser, env.server] = await Promise.all([
      launchChromium(),
      startServer({
        sync: env.store,
        accounts: env.store,
        config: { sessionTtlHours: 12, distDir: 'dist', trustProxy: false },
        logger: silentLogger,
        passwordCost: 4,
        port: 0,
        host: '127.0.0.1',
      }),
    ]);
    env.url = env.server.url;
  });
  afterAll(async () => {
    await env.browser?.close();
    await new Promise((resolve) => env.server?.server.close(resolve));
    await env.store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  return env;
}
