/**
 * The coordinator's plan reaches the classes: two Chromium contexts against the real server (a
 * real SQLite file, a real port). The coordinator adds a task for grade 3 in October in the task
 * library; the grade-3 teacher's October shows it within seconds, without a reload.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '@/server/app';
import { seedDemoIfNew } from '@/server/demo-seed';
import { silentLogger } from '@/server/logger';
import { openSqliteStore, type SqliteStore } from '@/server/storage-sqlite';
import { launchChromium } from './support/chromium';

const PASSWORD = 'demo-password-for-tests';
const TASK = 'Lokakuun luokkakokous (koordinaattorin lisäämä)';

let browser: Browser;
let server: RunningServer;
let store: SqliteStore;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vuosikello-plan-'));
  store = openSqliteStore(join(dir, 'server.sqlite'));
  await seedDemoIfNew(
    { sync: store, accounts: store },
    { demoPassword: PASSWORD, now: Date.now(), passwordCost: 4 },
  );
  [browser, server] = await Promise.all([
    launchChromium(),
    startServer({
      sync: store,
      accounts: store,
      config: { sessionTtlHours: 12, distDir: 'dist', trustProxy: false },
      logger: silentLogger,
      passwordCost: 4,
      port: 0,
      host: '127.0.0.1',
    }),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.server.close(resolve));
  store?.close();
  await rm(dir, { recursive: true, force: true });
});

/** A browser signed in as `username`, its first download done. */
async function signedIn(username: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00+02:00'));
  await page.goto(server.url);
  await page.getByRole('link', { name: 'Asetukset' }).click();
  await page.getByLabel('Käyttäjätunnus').fill(username);
  await page.getByLabel('Salasana').fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.getByText(/Kirjautunut: /).waitFor({ timeout: 15_000 });
  await expect
    .poll(() => page.getByTestId('sync-connection').innerText(), { timeout: 15_000 })
    .toMatch(/Synkronoitu/);
  return { context, page };
}

describe('the coordinator’s plan reaches the classes', () => {
  it('a task added for grade 3 in October shows in 3A’s October within seconds', async () => {
    const teacher = await signedIn('opettaja');
    await teacher.page.goto(`${server.url}/month/g-2026-3a/2026-10`);
    const october = teacher.page.getByRole('region', { name: 'Tehtävät: lokakuu 2026' });
    await october.waitFor();
    expect(await october.getByText(TASK).count()).toBe(0);

    const coordinator = await signedIn('koordinaattori');
    const page = coordinator.page;
    await page.getByRole('link', { name: 'Tehtäväkirjasto' }).click();
    await page.getByRole('link', { name: 'Uusi tehtävä' }).click();
    await page.getByLabel('Otsikko suomeksi').fill(TASK);
    await page.getByLabel('3. luokka').check();
    await page.getByLabel('Milloin tehtävä tehdään?').selectOption('month');
    await page.getByLabel('Kuukausi', { exact: true }).selectOption('10');
    await page
      .getByRole('region', { name: 'Esikatselu: lukuvuosi 2026–2027' })
      // The preview names the classes that get it: 3A among them.
      .getByText(/luokk.*: .*3A/)
      .waitFor();
    await page.getByRole('button', { name: 'Tallenna' }).click();
    await page.getByText(`Tallennettu: ${TASK}`).waitFor();

    // The teacher's open October shows it within seconds: pushed, poked and pulled (the teacher's
    // device has only what the server sent it), with no reload.
    await october.getByText(TASK).waitFor({ timeout: 10_000 });

    await Promise.all([teacher.context.close(), coordinator.context.close()]);
  });
});
