import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, serveBuiltApp } from './support/chromium';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let app: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

/** A fresh profile with the clock pinned to a November school day of the sample year. */
async function openApp(): Promise<Page> {
  const context = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00+02:00'));
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1, name: 'Luokan tehtävät kuukaudelle' }).waitFor();
  return page;
}

async function axeViolations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{ violations: { id: string; nodes: unknown[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
    });
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('the teacher’s month in a real Chromium', () => {
  it('ticks a task, reloads and finds it ticked in IndexedDB, class remembered', async () => {
    const page = await openApp();
    await page.getByLabel('Luokka').selectOption({ label: '3A (3. luokka)' });
    // The list follows the remembered class once that write commits.
    await page.getByText('Teematunti: hyvinvointi ja terveys').first().waitFor();
    const monthList = page.getByRole('region', { name: /Tehtävät: Marraskuu 2026/ });
    const first = monthList.getByRole('checkbox').first();
    const title = await monthList.locator('.action-title').first().innerText();
    await expect.poll(() => first.isChecked()).toBe(false);

    // The checkbox turns at once; the unsynced count follows once the write has committed.
    await first.click();
    await expect.poll(() => first.isChecked()).toBe(true);
    await expect
      .poll(() => page.getByTestId('sync-state').innerText())
      .toBe('1 muutos odottaa synkronointia');

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('Luokka').inputValue()).toContain('3a');
    const again = page.getByRole('region', { name: /Tehtävät: Marraskuu 2026/ });
    const ticked = again.locator('.action', { hasText: title }).first().getByRole('checkbox');
    await expect.poll(() => ticked.isChecked({ timeout: 5000 }), { timeout: 10_000 }).toBe(true);
    expect(await again.getByRole('checkbox', { checked: true }).count()).toBe(1);
    await page.context().close();
  });

  it('works by keyboard alone: skip link, class picker, tick with space', async () => {
    const page = await openApp();
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Siirry sisältöön');
    await page.keyboard.press('Enter');
    const checkbox = page
      .getByRole('region', { name: /Tehtävät:/ })
      .getByRole('checkbox')
      .first();
    await checkbox.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => checkbox.isChecked()).toBe(true);
    await page.context().close();
  });

  it('switches to Swedish and English with every visible string translated', async () => {
    const page = await openApp();
    await page.getByLabel('Kieli').selectOption('sv');
    await page.getByRole('heading', { level: 1, name: 'Klassens uppgifter för månaden' }).waitFor();
    expect(
      await page.getByRole('heading', { level: 2, name: /Uppgifter: November 2026/ }).count(),
    ).toBe(1);
    await page.getByLabel('Språk').selectOption('en');
    await page
      .getByRole('heading', { level: 1, name: "The class's tasks for the month" })
      .waitFor();
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: "The class's tasks for the month" })
      .waitFor();
    await page.context().close();
  });

  it('has no WCAG 2.1 AA violations that axe-core can find', async () => {
    const page = await openApp();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Asetukset' }).click();
    await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
