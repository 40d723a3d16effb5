/**
 * The app's address and its built files are answered by the browser's own routes from the
 * worker's caches (src/sw/shell-routes.ts), without starting the service worker; deep links
 * still go through it. Resource Timing says which source answered each request.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtAppEnv } from './support/env';
import { untilActivated } from './support/service-worker';

const app = builtAppEnv();
const HEADING = { level: 1, name: 'Luokan tehtävät kuukaudelle' } as const;

interface Answered {
  readonly matched: string;
  readonly final: string;
}

/** Which router source answered the page's navigation and each of its scripts and styles. */
function sources(page: Page) {
  return page.evaluate(() => {
    type Timing = PerformanceResourceTiming & {
      workerMatchedSourceType?: string;
      workerFinalSourceType?: string;
    };
    const of = (e: Timing) => ({
      matched: e.workerMatchedSourceType ?? '',
      final: e.workerFinalSourceType ?? '',
    });
    const navigation = performance.getEntriesByType('navigation')[0] as Timing;
    const files = (performance.getEntriesByType('resource') as Timing[])
      .filter((e) => /\/assets\/.+\.(js|css)$/.test(e.name))
      .map((e) => ({ name: new URL(e.name).pathname, ...of(e) }));
    return { navigation: of(navigation), files };
  });
}

/**
 * A page whose service worker is installed and active, the shell's cache made. The page's clock
 * is left real: a fixed clock replaces `performance`, and with it the timings read here.
 */
async function installed() {
  const context = await app.browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole('heading', HEADING).waitFor();
  await untilActivated(page);
  return { context, page };
}

describe('the shell without starting the service worker', () => {
  it('answers the app address and its files from the caches, a deep link through the worker', async () => {
    const { context, page } = await installed();
    await page.goto(app.url);
    await page.getByRole('heading', HEADING).waitFor();
    const opened = await sources(page);
    expect(opened.navigation).toEqual<Answered>({ matched: 'cache', final: 'cache' });
    expect(opened.files.length).toBeGreaterThanOrEqual(2);
    for (const file of opened.files) {
      expect(file, file.name).toMatchObject<Answered>({ matched: 'cache', final: 'cache' });
    }

    // The month's own address (the app writes it into the address bar) is no route of ours.
    const deepLink = page.url();
    expect(new URL(deepLink).pathname).toMatch(/^\/month\//);
    await page.goto(deepLink);
    await page.getByRole('heading', HEADING).waitFor();
    expect((await sources(page)).navigation).toEqual<Answered>({ matched: '', final: '' });
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.close();
  });

  it("keeps one copy of this version's page, as built and without Vary", async () => {
    const { context, page } = await installed();
    const built = await readFile('dist/index.html', 'utf8');
    const shell = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((n) => n.startsWith('vuosikello-shell-'));
      const cache = await caches.open(names[0] ?? 'none');
      const response = await cache.match(new URL('/', location.href).href);
      return { names, vary: response?.headers.get('Vary') ?? null, text: await response?.text() };
    });
    expect(shell.names).toHaveLength(1);
    expect(shell.text).toBe(built);
    expect(shell.vary).toBeNull();
    await context.close();
  });

  it('opens at the app address and at a deep link with no network', async () => {
    const { context, page } = await installed();
    const deepLink = page.url();
    await context.setOffline(true);
    await page.goto(app.url);
    await page.getByRole('heading', HEADING).waitFor();
    expect((await sources(page)).navigation.final).toBe('cache');
    await page.goto(deepLink);
    await page.getByRole('heading', HEADING).waitFor();
    await context.close();
  });
});
