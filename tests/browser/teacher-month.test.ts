import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { builtAppEnv } from './support/env';
import { freshPage } from './support/fresh-page';

const app = builtAppEnv();

/** A fresh profile with the clock pinned to a November school day of the sample year. */
async function openApp(): Promise<Page> {
  const { page } = await freshPage(app.browser);
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1, name: 'Luokan tehtävät kuukaudelle' }).waitFor();
  return page;
}

describe('the teacher’s month in a real Chromium', () => {
  it('ticks a task, reloads and finds it ticked in IndexedDB, class remembered', async () => {
    const page = await openApp();
    await page.getByLabel('Luokka').selectOption({ label: '3A (3. luokka)' });
    // The list follows the remembered class once that write commits.
    await page.getByText('Teematunti: hyvinvointi ja terveys').first().waitFor();
    const monthList = page.getByRole('region', { name: 'Tehtävät: marraskuu 2026' });
    const first = monthList.getByRole('checkbox').first();
    const title = await monthList.locator('.action-title').first().innerText();
    await expect.poll(() => first.isChecked()).toBe(false);

    // The checkbox turns at once; with no server the header says it is saved on this device,
    // nothing waits to sync.
    await first.click();
    await expect.poll(() => first.isChecked()).toBe(true);
    await monthList.getByText(/^Tehty 10\.11\.2026/).waitFor();
    expect(await page.getByTestId('sync-state').innerText()).toBe(
      'Kaikki muutokset tallennettu tälle laitteelle',
    );

    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => page.getByLabel('Luokka').inputValue()).toContain('3a');
    const again = page.getByRole('region', { name: 'Tehtävät: marraskuu 2026' });
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
      await page.getByRole('heading', { level: 2, name: 'Uppgifter: november 2026' }).count(),
    ).toBe(1);
    // The cards too (they take the page's translation function, and render only on a change).
    const cards = page.getByRole('region', { name: /^Uppgifter:/ });
    await expect
      .poll(() => cards.getByRole('button', { name: 'Hoppa över' }).count())
      .toBeGreaterThan(0);
    expect(await cards.getByRole('button', { name: 'Ohita' }).count()).toBe(0);
    await page.getByLabel('Språk').selectOption('en');
    await page
      .getByRole('heading', { level: 1, name: "The class's tasks for the month" })
      .waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Skip' }).count()).toBeGreaterThan(0);
    expect(await page.getByText('Beskrivning', { exact: true }).count()).toBe(0);
    await page.reload();
    await page
      .getByRole('heading', { level: 1, name: "The class's tasks for the month" })
      .waitFor();
    await page.context().close();
  });

  it.each([
    ['fi', 'Kieli', 'Luokan tehtävät kuukaudelle', 'Asetukset', /^Aloititteko kesken/],
    ['sv', 'Språk', 'Klassens uppgifter för månaden', 'Inställningar', /^Började ni mitt/],
    ['en', 'Language', "The class's tasks for the month", 'Settings', /^Started mid-year/],
  ] as const)(
    'has no WCAG 2.1 AA violations that axe-core can find, in %s',
    async (language, languageLabel, monthTitle, settings, trackingPrompt) => {
      const page = await openApp();
      await page.getByLabel('Kieli').selectOption(language);
      await page.getByRole('heading', { level: 1, name: monthTitle }).waitFor();
      await page.locator('.action').first().waitFor();
      // The month with the tracking form open, as a principal or in local mode sees it.
      await page.getByText(trackingPrompt).click();
      await page.locator('.tracking-from input[type="date"]').waitFor(); // its code loads on opening
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('link', { name: settings }).click();
      await page.getByRole('heading', { level: 1, name: settings }).waitFor();
      await page.getByLabel(languageLabel).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );
});
