import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtAppEnv } from './support/env';
import { freshPage } from './support/fresh-page';
import { untilActivated } from './support/service-worker';

const app = builtAppEnv();

describe('offline', () => {
  it('opens with no network once it has been opened, and a tick made offline stays', async () => {
    const { context, page } = await freshPage(app.browser);
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Luokan tehtävät kuukaudelle' }).waitFor();
    // The service worker has precached the shell once it controls the page.
    await untilActivated(page);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Luokan tehtävät kuukaudelle' }).waitFor();
    const checkbox = page
      .getByRole('region', { name: /Tehtävät:/ })
      .getByRole('checkbox')
      .first();
    await checkbox.click();
    await expect.poll(() => checkbox.isChecked()).toBe(true);
    // The tick shows at once; its "done on" line shows once the write is durable.
    await page
      .getByRole('region', { name: /Tehtävät:/ })
      .getByText(/Tehty 10\.11\.2026/)
      .first()
      .waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    const again = page
      .getByRole('region', { name: /Tehtävät:/ })
      .getByRole('checkbox')
      .first();
    await expect.poll(() => again.isChecked({ timeout: 5000 }), { timeout: 10_000 }).toBe(true);
    await context.close();
  });

  it('links the manifest once the first screen is done, and is then installable offline', async () => {
    // Not in the page itself: Chromium fetches and decodes a manifest icon as soon as it is linked.
    expect(readFileSync('dist/index.html', 'utf8')).not.toContain('rel="manifest"');
    const { context, page } = await freshPage(app.browser);
    await page.goto(app.url);
    await untilActivated(page);
    await context.setOffline(true);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Luokan tehtävät kuukaudelle' }).waitFor();
    await page.waitForSelector('link[rel="manifest"]', { state: 'attached' });
    expect(await page.locator('link[rel="manifest"]').count()).toBe(1);
    const cdp = await context.newCDPSession(page);
    const { errors, data } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    expect(JSON.parse(data ?? '{}')).toMatchObject({ short_name: 'Vuosikello', start_url: '/' });
    // Installable but for this test's profile being an incognito one.
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId)).toEqual(['in-incognito']);
    await context.close();
  });
});
