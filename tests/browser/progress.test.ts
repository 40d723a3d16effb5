import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { builtAppEnv } from './support/env';
import { freshPage } from './support/fresh-page';
import { focusedName, tabUntil } from './support/keyboard';
import { expectNoSidewaysScroll } from './support/layout';

const app = builtAppEnv();

/** A fresh profile (local mode, the demo data: every task due so far is overdue) on 10 Nov 2026. */
async function openAt(path: string, width = 1280): Promise<Page> {
  const { page } = await freshPage(app.browser, { width });
  await page.goto(new URL(path, app.url).href);
  return page;
}

const totals = (page: Page) => page.locator('.progress-totals').first().innerText();

describe('the progress view', () => {
  it.each([
    ['fi', 'Edistyminen'],
    ['sv', 'Framsteg'],
    ['en', 'Progress'],
  ] as const)(
    'has no WCAG 2.1 AA violations that axe-core can find, in %s (the overview and a task)',
    async (language, title) => {
      const page = await openAt('/progress');
      await page.getByLabel('Kieli').selectOption(language);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.locator('.progress-bars').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.locator('.progress-breakdown table a[href^="/progress/"]').first().click();
      await page.locator('.progress-task h1').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it.each([320, 360, 1280])('never scrolls the page sideways at %i px', async (width) => {
    const page = await openAt('/progress', width);
    await page.locator('.progress-bars').first().waitFor();
    await expectNoSidewaysScroll(page);
    await page.context().close();
  });

  it('is filtered with the keyboard alone: each choice goes to the address, clearing restores all', async () => {
    const page = await openAt('/progress');
    await page.locator('.progress-totals').waitFor();
    const all = await totals(page);
    expect(all).toMatch(/^Tehty 0\/\d+ \(0 %\)/);
    await page.locator('#main').focus();
    await tabUntil(page, 'Lukuvuosi');
    await tabUntil(page, 'Luokka-aste');
    await page.keyboard.press('ArrowDown'); // all -> esiopetus
    await page.keyboard.press('ArrowDown'); // -> 1. luokka
    await expect.poll(() => new URL(page.url()).search).toBe('?level=1');
    await expect.poll(() => totals(page)).not.toBe(all);
    const grade1 = await totals(page);
    await tabUntil(page, 'Määräaika päättyy');
    await page.keyboard.press('ArrowDown'); // all -> elokuu
    await expect.poll(() => new URL(page.url()).search).toBe('?level=1&month=8');
    await expect.poll(() => totals(page)).not.toBe(grade1);
    // The grade table holds only the chosen grade.
    const rows = page
      .getByRole('table', { name: 'Luokka-asteittain: taulukko' })
      .getByRole('rowheader');
    await expect.poll(() => rows.allInnerTexts()).toEqual(['1. luokka']);
    await tabUntil(page, 'Poista rajaukset');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('');
    await expect.poll(() => totals(page)).toBe(all);
    expect(await focusedName(page)).toBe('Poista rajaukset');
    await page.context().close();
  });

  it('keeps its filters on reload and back from a task', async () => {
    const page = await openAt('/progress?level=7&role=homeroomTeacher');
    await page.locator('.progress-totals').waitFor();
    const level = page.getByRole('combobox', { name: 'Luokka-aste' });
    await page.reload();
    await page.locator('.progress-totals').waitFor();
    expect(await level.inputValue()).toBe('7');
    expect(await page.getByRole('combobox', { name: 'Vastuussa' }).inputValue()).toBe(
      'homeroomTeacher',
    );
    await page.locator('.progress-breakdown table a[href^="/progress/"]').first().click();
    await page.locator('.progress-task h1').waitFor();
    expect(new URL(page.url()).search).toBe('?level=7&role=homeroomTeacher');
    await page.getByRole('link', { name: '← Kaikki tehtävät' }).click();
    await page.getByRole('heading', { level: 1, name: 'Edistyminen' }).waitFor();
    expect(await level.inputValue()).toBe('7');
    await page.context().close();
  });

  it('prints on A4 the figures and the overdue lists unfolded, without filters or buttons', async () => {
    const page = await openAt('/progress');
    await page.locator('.progress-bars').first().waitFor();
    const dir = mkdtempSync(join(tmpdir(), 'progress-print-'));
    try {
      const file = join(dir, 'progress.pdf');
      writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true }));
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      for (const shown of ['Edistyminen', 'Luokka-asteittain', 'Kuukausittain', '1. luokka'])
        expect(text).toContain(shown);
      // The folded school list prints open: a class's overdue tasks are on paper.
      expect(text).toMatch(/1A: \d+ myöhässä/);
      for (const hidden of ['Rajaa', 'Poista rajaukset', 'Tuonti ja vienti', 'avaa kuukausi']) {
        expect(text).not.toContain(hidden);
      }
      const pages = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(pages).toMatch(/Page size:.* pts \(A4\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.context().close();
  });
});
