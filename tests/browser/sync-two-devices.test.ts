import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { demoServerEnv } from './support/env';
import { signedIn } from './support/sign-in';
import { followNav } from './support/nav';

const CLASS_3A = 'g-2026-3a';

const demo = demoServerEnv('vuosikello-e2e-');

/** A teacher's browser: signed in (its first download done), showing 3A's month. */
async function teacherDevice(): Promise<{ context: BrowserContext; page: Page }> {
  const { context, page } = await signedIn(demo, 'opettaja');
  await followNav(page, 'Tämä kuukausi');
  await page.getByLabel('Luokka').selectOption(CLASS_3A);
  await page.getByText('Teematunti: hyvinvointi ja terveys').first().waitFor();
  return { context, page };
}

const lessonCheckbox = (page: Page) =>
  page
    .getByRole('region', { name: 'Tehtävät: marraskuu 2026' })
    .locator('.action', { hasText: 'Teematunti: hyvinvointi ja terveys' })
    .getByRole('checkbox');

describe('two devices through the real server', () => {
  it('a tick made offline, kept over an offline reload, reaches the other device', async () => {
    const a = await teacherDevice();
    const b = await teacherDevice();
    expect(await lessonCheckbox(b.page).isChecked()).toBe(false);

    // The service worker must control A before it can reload offline: it takes control of
    // pages opened after it activated.
    await a.page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await a.page.reload();
    await a.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await a.page.getByText('Teematunti: hyvinvointi ja terveys').first().waitFor();
    await a.context.setOffline(true);
    await lessonCheckbox(a.page).click();
    await expect.poll(() => lessonCheckbox(a.page).isChecked()).toBe(true);
    // Shown at once; stored once the outbox counts it.
    await expect.poll(() => a.page.getByTestId('sync-state').innerText()).toMatch(/odottaa/);
    await a.page.reload();
    await a.page.getByText('Teematunti: hyvinvointi ja terveys').first().waitFor();
    await expect.poll(() => lessonCheckbox(a.page).isChecked()).toBe(true);
    await expect.poll(() => a.page.getByTestId('sync-state').innerText()).toMatch(/odottaa/);

    await a.context.setOffline(false);
    await a.page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect
      .poll(() => lessonCheckbox(b.page).isChecked({ timeout: 1000 }), { timeout: 10_000 })
      .toBe(true);
    await expect
      .poll(() => a.page.getByTestId('sync-state').innerText(), { timeout: 10_000 })
      .toBe('Kaikki muutokset tallennettu tälle laitteelle');
    await a.context.close();
    await b.context.close();
  });
});
