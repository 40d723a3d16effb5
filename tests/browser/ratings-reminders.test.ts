/**
 * The month's rating choice and reminders in a real Chromium: rating a done task by keyboard
 * (stored, shown again after a reload, summed up in the progress view), the reminders hidden for
 * the day, axe-core in fi, sv and en with both shown, 320 px and print.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { builtAppEnv } from './support/env';
import { focusedName, tabUntil } from './support/keyboard';
import { followNav } from './support/nav';

const app = builtAppEnv();

/** A fresh profile on a November school day of the sample year, at class 3A's month. */
async function openMonth(width = 1280): Promise<Page> {
  const context = await app.browser.newContext({
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00+02:00'));
  await page.goto(app.url);
  await page.getByRole('heading', { level: 1, name: 'Luokan tehtävät kuukaudelle' }).waitFor();
  await page.getByLabel('Luokka').selectOption({ label: '3A (3. luokka)' });
  await page.getByText('Teematunti: hyvinvointi ja terveys').first().waitFor();
  return page;
}

/** The ratings stored in the app's own IndexedDB, of the records that have one. */
function storedRatings(page: Page): Promise<(string | null)[]> {
  return page.evaluate(
    () =>
      new Promise((done, fail) => {
        const open = indexedDB.open('vuosikello');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction('progress').objectStore('progress').getAll();
          all.onsuccess = () => {
            db.close();
            done((all.result as { rating?: string | null }[]).map((r) => r.rating ?? null));
          };
        };
      }),
  );
}

const monthList = (page: Page) =>
  page.getByRole('region', { name: /^(Tehtävät|Uppgifter|Tasks):/ });
const firstCard = (page: Page) => monthList(page).locator('li.action').first();

/** Ticks the month's first task and waits for its rating choice. */
async function tickFirst(page: Page) {
  await firstCard(page).getByRole('checkbox').click();
  await firstCard(page).locator('fieldset.rating').waitFor();
}

describe('ratings and reminders in a real Chromium', () => {
  it('rates a done task by keyboard alone; the rating stays after a reload and sums up in progress', async () => {
    const page = await openMonth();
    const card = firstCard(page);
    // The titles come with the templates, read apart from the month: wait for one.
    await expect.poll(() => card.locator('.action-title').innerText()).not.toBe('');
    const title = await card.locator('.action-title').innerText();
    const checkbox = card.getByRole('checkbox');
    await tabUntil(page, checkbox);
    await page.keyboard.press('Space');
    await expect.poll(() => checkbox.isChecked()).toBe(true);
    const choice = card.getByRole('group', { name: /Miten tehtävä toimi/ });
    await choice.waitFor();
    // Offered without taking the focus from the tick.
    expect(await checkbox.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await focusedName(page)).toBe('Toimi hyvin');
    await page.keyboard.press('Space');
    await expect
      .poll(() => choice.getByRole('radio', { name: 'Toimi hyvin' }).isChecked())
      .toBe(true);
    await expect.poll(() => storedRatings(page)).toEqual(['well']);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => choice.getByRole('radio', { name: 'Osittain' }).isChecked()).toBe(true);
    // Cleared, the focus back on the choice; then rated again.
    await tabUntil(page, 'Poista arvio');
    await page.keyboard.press('Enter');
    await expect.poll(() => choice.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await focusedName(page)).toBe('Toimi hyvin');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(() => choice.getByRole('radio', { name: 'Toimi hyvin' }).isChecked())
      .toBe(true);
    // Stored on the device (no server), then shown so again after a reload.
    await expect.poll(() => storedRatings(page)).toEqual(['well']);
    await page.reload();
    const again = page.locator('li.action', { hasText: title }).first();
    await expect
      .poll(() => again.getByRole('radio', { name: 'Toimi hyvin' }).isChecked(), {
        timeout: 10_000,
      })
      .toBe(true);

    await followNav(page, 'Edistyminen');
    await page.getByRole('heading', { level: 1, name: 'Edistyminen' }).waitFor();
    await page.getByRole('link', { name: title, exact: true }).first().click();
    const ratings = page.getByRole('region', { name: 'Miten tehtävä toimi' });
    await ratings
      .getByText(/^Toimi hyvin 1 · osittain 0 · ei toiminut 0 · ei arviota 0$/)
      .waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // Undone, the rating goes with the tick.
    await page.goBack();
    await page.goBack();
    const undo = page.locator('li.action', { hasText: title }).first();
    await undo.getByRole('button', { name: 'Kumoa' }).click();
    await expect.poll(() => undo.locator('fieldset.rating').count()).toBe(0);
    await undo.getByRole('checkbox').click();
    await undo.locator('fieldset.rating').waitFor();
    await expect.poll(() => undo.getByRole('radio', { checked: true }).count()).toBe(0);
    await expect.poll(() => storedRatings(page)).toEqual([null]);
    await page.context().close();
  });

  it('reminds of the week and the overdue tasks; hidden for the day, also after a reload', async () => {
    const page = await openMonth();
    const panel = page.getByRole('region', { name: 'Muistutukset' });
    // 3A has nothing ending in week 46 (tests/integration/ratings-reminders.test.tsx has).
    await panel.getByRole('heading', { name: /^Myöhässä \(\d+\)$/ }).waitFor();
    // Each links to its month: the longest overdue first, from August.
    const link = panel.getByRole('link').first();
    expect(await link.getAttribute('href')).toBe('/month/g-2026-3a/2026-08');

    await tabUntil(page, 'Piilota tältä päivältä');
    await page.keyboard.press('Enter');
    await expect.poll(() => panel.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.reload();
    await page.getByText('Teematunti: hyvinvointi ja terveys').first().waitFor();
    await page.waitForTimeout(0);
    expect(await page.getByRole('region', { name: 'Muistutukset' }).count()).toBe(0);
    await page.context().close();
  });

  it.each([
    ['fi', 'Miten tehtävä toimi?', 'Muistutukset'],
    ['sv', 'Hur fungerade uppgiften?', 'Påminnelser'],
    ['en', 'How did the task work?', 'Reminders'],
  ] as const)(
    'has no WCAG 2.1 AA violations axe-core can find with a rating and the reminders shown, in %s',
    async (language, question, reminders) => {
      const page = await openMonth();
      await page.getByLabel('Kieli').selectOption(language);
      await page.getByRole('region', { name: reminders }).waitFor();
      await tickFirst(page);
      const choice = firstCard(page).getByRole('group', {
        name: new RegExp(question.replace('?', '\\?')),
      });
      await choice.getByRole('radio').nth(1).check();
      await choice.getByRole('button').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it('fits 320 px without sideways scrolling, and prints no reminders nor rating buttons', async () => {
    const page = await openMonth(320);
    await page.getByRole('region', { name: 'Muistutukset' }).waitFor();
    await tickFirst(page);
    await firstCard(page).getByRole('radio', { name: 'Ei toiminut' }).check();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.reminders').isVisible()).toBe(false);
    expect(await firstCard(page).getByRole('button', { name: 'Poista arvio' }).isVisible()).toBe(
      false,
    );
    // The rating given prints; the choices not taken do not.
    expect(await firstCard(page).getByText('Ei toiminut').isVisible()).toBe(true);
    expect(await firstCard(page).getByText('Toimi hyvin').isVisible()).toBe(false);
    await page.context().close();
  });
});
