/**
 * The school year editor in a real Chromium: no WCAG 2.1 AA violation axe-core finds in fi, sv
 * and en, and a keyboard-only journey that moves the winter break to week 9, with the school
 * days counted as it goes, and saves it.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { builtAppEnv } from './support/env';
import { freshPage } from './support/fresh-page';
import { tabUntil } from './support/keyboard';

const app = builtAppEnv();

/** A fresh profile on a November school day of the sample year, at the month (local mode). */
async function openApp(width = 1280): Promise<Page> {
  const { page } = await freshPage(app.browser, { width, height: 900 });
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1, name: 'Luokan tehtävät kuukaudelle' }).waitFor();
  return page;
}

const count = (page: Page) => page.locator('.sy-count').innerText();

describe('the school year editor in a real Chromium', () => {
  it.each([
    ['fi', 'Lukuvuodet', 'Koulupäiviä: 189'],
    ['sv', 'Läsår', 'Skoldagar: 189'],
    ['en', 'School years', 'School days: 189'],
  ] as const)(
    'has no WCAG 2.1 AA violations axe-core can find, in %s',
    async (language, title, days) => {
      const page = await openApp();
      await page.getByLabel('Kieli').selectOption(language);
      await page.getByRole('link', { name: title, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await expect.poll(() => count(page)).toBe(days);
      expect(await axeViolations(page)).toEqual([]);
      // With an error shown next to its field, and with the new-year form.
      await page.locator('input[type="date"]').nth(1).fill('2026-08-01');
      await page.locator('input[type="date"]').nth(1).blur();
      await page.locator('.school-year-editor .error').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('.school-year-list li').last().getByRole('link').click();
      await page.locator('.new-school-year').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it('moves the winter break to week 9 by keyboard only, the count following, and saves it', async () => {
    const page = await openApp();
    await page.goto(`${app.url}school-years`);
    await page.getByRole('heading', { level: 2, name: 'Lukuvuosi 2026–2027' }).waitFor();
    await expect.poll(() => count(page)).toBe('Koulupäiviä: 189');

    // Take the stored winter break (week 9, 1-5 Mar 2027) away: five more school days.
    await tabUntil(page, page.getByRole('button', { name: 'Poista loma 3' }), { max: 150 });
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page)).toBe('Koulupäiviä: 194');
    await page.getByText('Koulupäiviä on 194, laskennallinen määrä on 189.').waitFor();

    // The region's week from the Finnish defaults: week 10, then back up to week 9.
    const week = page.getByLabel('Talvilomaviikko');
    await tabUntil(page, week, { max: 150 });
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => week.inputValue()).toBe('10');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => week.inputValue()).toBe('9');
    await page.keyboard.press('Tab');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Aseta talviloma');
    await page.keyboard.press('Enter');
    await expect.poll(() => count(page)).toBe('Koulupäiviä: 189');
    const winter = page.getByRole('group', { name: 'Loma 3: Talviloma' });
    expect(await winter.getByLabel('Alkaa').inputValue()).toBe('2027-03-01');
    expect(await winter.getByLabel('Päättyy').inputValue()).toBe('2027-03-05');

    await tabUntil(page, page.getByRole('button', { name: 'Tallenna lukuvuosi' }), { max: 150 });
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Tallennettu.' }).waitFor();
    // Stored: a reload shows the saved year.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Lukuvuosi 2026–2027' }).waitFor();
    await expect.poll(() => count(page)).toBe('Koulupäiviä: 189');
    expect(
      await page.getByRole('group', { name: 'Loma 3: Talviloma' }).getByLabel('Alkaa').inputValue(),
    ).toBe('2027-03-01');
    await page.context().close();
  });

  it.each([1280, 360, 320])('does not scroll sideways at %i px', async (width) => {
    const page = await openApp(width);
    await page.goto(`${app.url}school-years`);
    await expect.poll(() => count(page)).toBe('Koulupäiviä: 189');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      width,
    );
    await page.context().close();
  });
});
