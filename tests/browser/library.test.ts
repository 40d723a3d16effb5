/**
 * The task library in a real Chromium: no axe-core finding on the list and the template form in
 * each language, and a coordinator creating a task with the keyboard alone.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { builtAppEnv } from './support/env';
import { freshPage } from './support/fresh-page';
import { focusedName, tabUntil } from './support/keyboard';

const app = builtAppEnv();

/** The library of a fresh profile (local mode: the device's plan is the user's) on a November day. */
async function openLibrary(width = 1280): Promise<Page> {
  const { page } = await freshPage(app.browser, { width, height: 900 });
  await page.goto(`${app.url}library`);
  await page.locator('.library-item').first().waitFor();
  return page;
}

describe('the task library in a real Chromium', () => {
  it.each([
    ['fi', 'Tehtäväkirjasto', 'Uusi tehtävä', 'Tallenna'],
    ['sv', 'Uppgiftsbibliotek', 'Ny uppgift', 'Spara'],
    ['en', 'Task library', 'New task', 'Save'],
  ] as const)(
    'has no WCAG 2.1 AA violations that axe-core can find, in %s: the list and the form',
    async (language, title, newTask, save) => {
      const page = await openLibrary();
      await page.getByLabel('Kieli').selectOption(language);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await axeViolations(page)).toEqual([]);

      await page.getByRole('link', { name: newTask }).click();
      await page.getByRole('heading', { level: 1, name: newTask }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      // With every error shown, and the other timing forms.
      await page.getByRole('button', { name: save, exact: true }).click();
      await page.locator('.field-error').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      for (const kind of ['relative', 'dateRange', 'everyMonth', 'schoolWeek'] as const) {
        await page
          .locator('select')
          .filter({ has: page.locator('option[value="relative"]') })
          .selectOption(kind);
        expect(await axeViolations(page), kind).toEqual([]);
      }
      await page.goto(`${app.url}library/themes`);
      await page.locator('.theme-list li').first().waitFor();
      await page.locator('.library > button').click();
      await page.locator('.theme-form').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it('a coordinator creates a task with the keyboard alone and finds it in the list', async () => {
    const page = await openLibrary();
    await tabUntil(page, 'Uusi tehtävä', { max: 120 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Uusi tehtävä' }).waitFor();

    // Saving the empty form keeps the focus on its first error.
    await tabUntil(page, 'Otsikko suomeksi', { max: 120 });
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Otsikko suomeksi');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe(
      'true',
    );
    await page.getByText('Täytä tämä kenttä.').waitFor();

    await page.keyboard.type('Näppäimistöllä tehty tehtävä');
    await tabUntil(page, '4. luokka', { max: 120 });
    await page.keyboard.press('Space');
    await tabUntil(page, 'Milloin tehtävä tehdään?', { max: 120 });
    await page.keyboard.press('ArrowDown'); // "Tietyllä viikolla (viikkonumero)"
    await tabUntil(page, 'Viikko', { max: 120 });
    await page.keyboard.type('47');
    const preview = page.getByRole('region', { name: 'Esikatselu: lukuvuosi 2026–2027' });
    await preview.getByText('ma 16.11.2026 – pe 20.11.2026 (viikko 47)').waitFor();
    await preview.getByText('1 luokka: 4A').waitFor();
    await page.keyboard.press('Enter');

    await page.getByText('Tallennettu: Näppäimistöllä tehty tehtävä').waitFor();
    expect(new URL(page.url()).pathname).toBe('/library');
    await tabUntil(page, 'Hae otsikosta tai kuvauksesta', { max: 120 });
    await page.keyboard.type('näppäimistöllä');
    await expect
      .poll(() => page.locator('.library-count').innerText())
      .toMatch(/^1 \/ \d+ tehtävää$/);
    await page.getByRole('link', { name: 'Näppäimistöllä tehty tehtävä' }).waitFor();
    await page.context().close();
  });

  it('has no sideways scroll at 320 px on the list, the form and the themes', async () => {
    const page = await openLibrary(320);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth);
    expect(await overflow()).toBeLessThanOrEqual(320);
    await page.goto(`${app.url}library/new`);
    await page.getByLabel('Otsikko suomeksi').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(320);
    for (const kind of ['relative', 'dateRange', 'everyMonth'] as const) {
      await page.getByLabel('Milloin tehtävä tehdään?').selectOption(kind);
      expect(await overflow(), kind).toBeLessThanOrEqual(320);
    }
    await page.goto(`${app.url}library/themes`);
    await page.getByRole('button', { name: 'Lisää teema' }).click();
    await page.getByLabel('Nimi suomeksi').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(320);
    await page.context().close();
  });
});
