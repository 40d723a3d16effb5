/** Signing in to the real server as a demo account, in a fresh browser context of its own. */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEMO_PASSWORD, type DemoServerEnv } from './env';
import { freshPage } from './fresh-page';

/**
 * A browser (its own context: its own IndexedDB) on 10 Nov 2026, signed in to `demo` as
 * `username` (password DEMO_PASSWORD), its first download done.
 */
export async function signedIn(
  demo: DemoServerEnv,
  username: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await freshPage(demo.browser);
  await page.goto(demo.url);
  await page.getByRole('link', { name: 'Asetukset' }).click();
  await page.getByLabel('Käyttäjätunnus').fill(username);
  await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.getByText(/Kirjautunut: /).waitFor({ timeout: 15_000 });
  await expect
    .poll(() => page.getByTestId('sync-connection').innerText(), { timeout: 15_000 })
    .toMatch(/Synkronoitu/);
  return { context, page };
}
