import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { builtAppEnv } from './support/env';
import { freshPage } from './support/fresh-page';
import { tabUntil } from './support/keyboard';
import { followNav } from './support/nav';

const app = builtAppEnv();

/** A fresh profile in local mode on a school day of 2026-2027, at the roll-over view. */
async function openRollover(width = 1280): Promise<Page> {
  const { page } = await freshPage(app.browser, {
    width,
    at: '2027-05-20T09:00:00+03:00',
  });
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1, name: 'Luokan tehtävät kuukaudelle' }).waitFor();
  await followNav(page, 'Uusi lukuvuosi');
  await page.getByRole('heading', { name: 'Esikatselu: lukuvuosi 2027–2028' }).waitFor();
  return page;
}

describe('the roll-over to the next school year in a real Chromium', () => {
  it.each([
    ['fi', 'Uusi lukuvuosi', 'Esikatselu: lukuvuosi 2027–2028'],
    ['sv', 'Nytt läsår', 'Förhandsvisning: läsåret 2027–2028'],
    ['en', 'New school year', 'Preview: school year 2027–2028'],
  ] as const)(
    'has no WCAG 2.1 AA violations that axe-core can find, in %s',
    async (language, title, preview) => {
      const page = await openRollover();
      await page.getByLabel('Kieli').selectOption(language);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('heading', { name: preview }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it('keeps a phone-width page from scrolling sideways', async () => {
    const page = await openRollover(320);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await page.context().close();
  });

  it('by keyboard: preview, create, see the new classes in the month view, undo', async () => {
    const page = await openRollover();
    const school = page.getByRole('region', { name: 'Esimerkkikoulu' });
    await school.getByText('Uusia 2, siirtyy 7, lähtee 2').waitFor();
    await tabUntil(page, 'Luo lukuvuosi 2027–2028');
    await page.keyboard.press('Enter');
    await page.getByText(/Lukuvuosi 2027–2028 luokkineen on luotu/).waitFor();
    // The outcome has the focus; the next stop is the undo.
    await tabUntil(page, 'Peru lukuvuoden 2027–2028 luonti');

    await followNav(page, 'Tämä kuukausi');
    await page.getByLabel('Lukuvuosi').selectOption({ label: '2027–2028' });
    await expect
      .poll(() => page.getByLabel('Luokka').locator('option').allInnerTexts())
      .toEqual([
        'Eskari (esiopetus)',
        '1A (1. luokka)',
        '2A (2. luokka)',
        '3A (3. luokka)',
        '4A (4. luokka)',
        '5A (5. luokka)',
        '6–7 (6. luokka, 7. luokka)',
        '8A (8. luokka)',
        '9A (9. luokka)',
      ]);

    await followNav(page, 'Uusi lukuvuosi');
    await page.getByText('Lukuvuosi 2027–2028 on jo olemassa.').waitFor();
    await tabUntil(page, 'Peru lukuvuoden 2027–2028 luonti');
    await page.keyboard.press('Enter');
    await page.getByText('Lukuvuosi 2027–2028 ja sen luokat poistettiin.').waitFor();
    await page.getByRole('button', { name: 'Luo lukuvuosi 2027–2028' }).waitFor();
    await followNav(page, 'Tämä kuukausi');
    await expect
      .poll(() => page.getByLabel('Lukuvuosi').locator('option').allInnerTexts())
      .toEqual(['2025–2026', '2026–2027']);
    await page.context().close();
  });
});
