/**
 * The principal's picture, end to end: the real server on a real port with a real SQLite file,
 * and three browsers of their own (separate contexts). Two teachers of one school tick their class's
 * lesson; the principal's progress view, open all along, shows both within seconds (pushed, poked,
 * pulled: no reload); the report's CSV download and its printed PDF hold the same figures.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '@/domain/exchange/csv-file';
import { DEMO_SCHOOL, DEMO_SPACE } from '@/server/demo-seed';
import { hashPassword } from '@/server/passwords';
import { DEMO_PASSWORD, demoServerEnv } from './support/env';
import { printToPdf } from './support/pdf';
import { signedIn } from './support/sign-in';
import { followNav } from './support/nav';

const demo = demoServerEnv('vuosikello-progress-journey-');

// A second teacher of the demo school, with its combined class 5–6 (the demo's own teacher has
// 3A and 4A).
beforeAll(async () => {
  await demo.store.createAccount(
    {
      username: 'opettaja2',
      displayName: 'Toinen Opettaja',
      role: 'teacher',
      organizationId: DEMO_SPACE,
      schools: [DEMO_SCHOOL],
      groups: ['g-2026-5-6'],
      passwordHash: await hashPassword(DEMO_PASSWORD, 4),
    },
    Date.now(),
  );
});

const LESSON = 'Teematunti: hyvinvointi ja terveys';

/** Ticks the November lesson (each class of grades 1–6 has one) in `group`'s month view. */
async function tickLesson(page: Page, group: string): Promise<void> {
  await page.goto(`${demo.url}/month/${group}/2026-11`);
  const task = page
    .getByRole('region', { name: 'Tehtävät: marraskuu 2026' })
    .locator('.action', { hasText: LESSON });
  await task.getByRole('checkbox').check();
  await task.getByText(/^Tehty 10\.11\.2026/).waitFor();
  // Sent: nothing waits in the outbox.
  await expect
    .poll(() => page.getByTestId('sync-state').innerText(), { timeout: 10_000 })
    .toBe('Kaikki muutokset tallennettu tälle laitteelle');
}

/** The figures of a totals line: done, total. */
async function figures(page: Page): Promise<[number, number]> {
  const text = await page.locator('.progress-totals').innerText();
  const match = /^Tehty (\d+)\/(\d+)/.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
}

/** A class's row of the progress view's table by class: its done count. */
async function classDone(page: Page, name: string): Promise<number> {
  const row = page
    .getByRole('table', { name: 'Luokittain: taulukko' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  return Number(await row.getByRole('cell').first().innerText());
}

describe('two teachers tick, the principal sees it', () => {
  it('shows both ticks in the principal’s progress view within seconds, then in the CSV and on paper', async () => {
    const principal = await signedIn(demo, 'rehtori');
    const page = principal.page;
    await followNav(page, 'Edistyminen');
    await page.locator('.progress-totals').waitFor();
    const [done, total] = await figures(page);
    const before = { '3A': await classDone(page, '3A'), '5–6': await classDone(page, '5–6') };

    const first = await signedIn(demo, 'opettaja');
    const second = await signedIn(demo, 'opettaja2');
    await tickLesson(first.page, 'g-2026-3a');
    await tickLesson(second.page, 'g-2026-5-6');

    // The principal's open view follows, with no reload: polled for the figure.
    await expect.poll(() => figures(page), { timeout: 15_000 }).toEqual([done + 2, total]);
    expect(await classDone(page, '3A')).toBe(before['3A'] + 1);
    expect(await classDone(page, '5–6')).toBe(before['5–6'] + 1);
    const line = await page.locator('.progress-totals').innerText();

    // The report of the year: the same figures, in the CSV and on paper.
    await followNav(page, 'Raportti');
    await page.getByRole('heading', { level: 1, name: 'Raportti' }).waitFor();
    await expect.poll(() => page.locator('.progress-totals').innerText()).toBe(line);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa CSV' }).click(),
    ]);
    const { columns, rows } = readCsv(readFileSync((await download.path())!, 'utf8'));
    const cell = (row: readonly string[], name: string) => row[columns.indexOf(name)];
    const sum = rows.find((r) => cell(r, 'Osio') === 'Yhteensä')!;
    expect([cell(sum, 'Nimi'), cell(sum, 'Tehty'), cell(sum, 'Yhteensä')]).toEqual([
      'Esimerkkikoulu',
      String(done + 2),
      String(total),
    ]);
    // The principal's report is of their own school alone.
    expect(
      rows
        .filter((r) => cell(r, 'Osio') === 'Koulu')
        .map((r) => [cell(r, 'Nimi'), cell(r, 'Tehty')]),
    ).toEqual([['Esimerkkikoulu', String(done + 2)]]);

    const pdf = await printToPdf(page);
    const text = Array.from({ length: pdf.pages }, (_, i) => pdf.text(i + 1)).join('\n');
    expect(text.replace(/\s+/g, ' ')).toContain(line.replace(/\s+/g, ' '));
    expect(text).toContain('Esimerkkikoulu · lukuvuosi 2026–2027');

    await Promise.all([principal.context.close(), first.context.close(), second.context.close()]);
  });
});
