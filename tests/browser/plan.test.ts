import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { builtAppEnv } from './support/env';
import { freshPage } from './support/fresh-page';
import { tabUntil } from './support/keyboard';
import { expectNoSidewaysScroll } from './support/layout';

const app = builtAppEnv();

/** A fresh profile (local mode, the demo data) on a November school day, at `path`. */
async function openAt(path: string, width = 1280): Promise<Page> {
  const { page } = await freshPage(app.browser, { width });
  await page.goto(new URL(path, app.url).href);
  return page;
}

const VISIT = 'Yläkoulun henkilöstö vierailee 6. luokalla';

/** The cell of `row` (its header's text) in the `column`-th month from August (0). */
function cell(page: Page, row: string, column: number) {
  return page
    .locator('.year-plan-grid tbody tr', { has: page.getByRole('rowheader', { name: row }) })
    .locator('td')
    .nth(column);
}

describe('the year plan grid', () => {
  it('moves a task to another month with the keyboard alone', async () => {
    const page = await openAt('/plan');
    await page.getByRole('table', { name: /lukuvuosi 2026–2027/ }).waitFor();
    const april = cell(page, '6. luokka', 8);
    await april.locator('.year-plan-task', { hasText: VISIT }).waitFor();
    // Tab from the year choice into the grid until the task's Move button has the focus.
    await page.getByLabel('Lukuvuosi', { exact: true }).focus();
    const target = april.getByRole('button', { name: `Siirrä… ${VISIT}` });
    await tabUntil(page, target, { max: 400 });
    await expect.poll(() => target.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const month = page.getByLabel('Uusi kuukausi');
    await expect.poll(() => month.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp'); // April -> March
    await expect.poll(() => month.inputValue()).toBe('3');
    await page.getByText('Ajoitus muuttuu: huhtikuu → maaliskuu.').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page
      .getByRole('status')
      .filter({ hasText: `”${VISIT}” siirrettiin: maaliskuu` })
      .waitFor();
    const march = cell(page, '6. luokka', 7);
    await march.locator('.year-plan-task', { hasText: VISIT }).waitFor();
    expect(await april.locator('.year-plan-task', { hasText: VISIT }).count()).toBe(0);
    // The focus followed the task to its new month.
    await expect
      .poll(() =>
        march
          .getByRole('button', { name: `Siirrä… ${VISIT}` })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    // The teacher's month of the combined class 5–6 shows the change (the schedules were re-derived).
    await page.goto(new URL('/month/g-2026-5-6/2027-03', app.url).href);
    await page.getByText(VISIT).first().waitFor();
    await page.context().close();
  });

  it.each([
    ['fi', 'Vuosisuunnitelma', 'Siirrä…'],
    ['sv', 'Årsplan', 'Flytta…'],
    ['en', 'Year plan', 'Move…'],
  ] as const)(
    'has no WCAG 2.1 AA violations that axe-core can find, in %s (with a move form open)',
    async (language, title, move) => {
      const page = await openAt('/plan');
      await page.getByLabel('Kieli').selectOption(language);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.locator('.year-plan-grid').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page
        .getByRole('button', { name: new RegExp(`^${move}`) })
        .first()
        .click();
      await page.locator('.year-plan-move-form').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it.each([360, 1280])(
    'never scrolls the page sideways at %i px: the grid scrolls in its own region',
    async (width) => {
      const page = await openAt('/plan', width);
      await page.locator('.year-plan-grid').waitFor();
      await expectNoSidewaysScroll(page);
      await page.context().close();
    },
  );
});

describe('the schools and classes view', () => {
  it.each([
    ['fi', 'Koulut ja luokat', 'Uusi luokka'],
    ['sv', 'Skolor och klasser', 'Ny klass'],
    ['en', 'Schools and classes', 'New class'],
  ] as const)(
    'has no WCAG 2.1 AA violations that axe-core can find, in %s (a class form open)',
    async (language, title, newClass) => {
      const page = await openAt('/schools/school-demo');
      await page.getByLabel('Kieli').selectOption(language);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('button', { name: newClass }).click();
      await page.locator('.class-section form').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it.each([360, 1280])('never scrolls the page sideways at %i px', async (width) => {
    const page = await openAt('/schools/school-demo', width);
    await page.locator('.class-list').waitFor();
    await expectNoSidewaysScroll(page);
    await page.context().close();
  });
});
