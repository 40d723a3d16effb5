// @vitest-environment jsdom
/**
 * The steering group's report over the sample in a fake IndexedDB: its figures are the progress
 * summary's (the CSV download too), ratings that arrive with a sync sort the tasks into those that
 * worked and those that did not, a valid period goes to the address while a bad one is refused
 * with a translated error and changes nothing, and a principal's report is of their own school.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VuosikelloDb } from '@/db/database';
import { applyPullPage } from '@/db/pull-apply';
import { change, page } from '@/db/test-fixtures';
import { actionsOfSchoolYear } from '@/db/year-actions';
import { readCsv } from '@/domain/exchange/csv-file';
import { schoolYearId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Action, Progress, Rating } from '@/domain/model';
import { actAsPrincipal, renderAppAt, seededDb } from './render-app';

const downloads = vi.hoisted(() => [] as { name: string; text: string }[]);
vi.mock('@/ui/download-file', () => ({
  downloadFile: (name: string, text: string) => downloads.push({ name, text }),
}));

afterEach(() => {
  cleanup();
  downloads.length = 0;
});

const TODAY = '2026-11-10' as LocalDate;
const YEAR = schoolYearId('sy-2026');
const SETTLE = { timeout: 10_000 };

/** Progress rows with ratings as a sync brings them (pulled from the server). */
async function pulled(db: VuosikelloDb, marks: readonly [Action, Rating | null][]) {
  const rows: Progress[] = marks.map(([action, rating]) => ({
    actionId: action.id,
    state: 'done',
    day: TODAY,
    by: 'Opettaja',
    note: '',
    rating,
    updatedAt: 1,
  }));
  await applyPullPage(db, page(rows.map((row, i) => change('progress', row, 100 + i))));
}

/** The sample with two of its tasks done by three classes each: one rated well, one not. */
async function rated() {
  const db = await seededDb();
  const due = (await actionsOfSchoolYear(db, YEAR)).filter(
    (a) => a.end < TODAY && a.scope === 'class',
  );
  const byTemplate = new Map<string, Action[]>();
  for (const a of due) byTemplate.set(a.templateId, [...(byTemplate.get(a.templateId) ?? []), a]);
  const [good, bad] = [...byTemplate.values()].filter((list) => list.length >= 3);
  await pulled(db, [
    ...good!.slice(0, 3).map((a): [Action, Rating] => [a, 'well']),
    ...bad!.slice(0, 3).map((a, i): [Action, Rating] => [a, i === 0 ? 'well' : 'not']),
  ]);
  // The two share a title (one for grades 1-6, one for 7-9): the report tells them apart.
  const titles = await db.templates.bulkGet([good![0]!.templateId, bad![0]!.templateId]);
  expect(titles.map((x) => [x!.title.fi, x!.grades])).toEqual([
    ['Poissaolokatsaus', [1, 2, 3, 4, 5, 6]],
    ['Poissaolokatsaus', [7, 8, 9]],
  ]);
  return { db, good: 'Poissaolokatsaus (1.–6. luokka)', bad: 'Poissaolokatsaus (7.–9. luokka)' };
}

/** The figures of the totals line: done, total. */
function totals(): [number, number] | null {
  const text = document.querySelector('.progress-totals')?.textContent ?? '';
  const match = /Tehty (\d+)\/(\d+)/.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

const rowHeaders = (table: HTMLElement) =>
  within(table)
    .getAllByRole('rowheader')
    .map((h) => h.textContent);

describe('the report', () => {
  it('lists the tasks that worked and those that did not, from ratings a sync brought', async () => {
    const { db, good, bad } = await rated();
    await renderAppAt(db, TODAY, '/report');
    await waitFor(() => expect(totals()).not.toBeNull(), SETTLE);
    expect(totals()![0]).toBe(6);
    expect(rowHeaders(screen.getByRole('table', { name: /^Tehtävät, jotka toimivat/ }))).toEqual([
      good,
    ]);
    expect(
      rowHeaders(screen.getByRole('table', { name: /^Tehtävät, jotka eivät toimineet/ })),
    ).toEqual([bad]);
    expect(screen.getByRole('heading', { level: 2, name: 'Luokka-asteittain' })).toBeTruthy();
    expect(screen.getByRole('table', { name: 'Teemoittain: taulukko' })).toBeTruthy();
  });

  it('downloads the same figures as CSV: semicolons by default, commas when chosen', async () => {
    const { db, good } = await rated();
    const user = userEvent.setup();
    const { memory } = await renderAppAt(db, TODAY, '/report');
    await waitFor(() => expect(totals()).not.toBeNull(), SETTLE);
    const [done, total] = totals()!;
    await user.click(screen.getByRole('button', { name: 'Lataa CSV' }));
    await user.click(screen.getByRole('radio', { name: 'Pilkku' }));
    await waitFor(() => expect(memory.history?.at(-1)).toBe('/report?csv=comma'), SETTLE);
    await user.click(screen.getByRole('button', { name: 'Lataa CSV' }));
    expect(downloads.map((d) => d.name)).toEqual([
      'vuosikello-raportti-2026-2027.csv',
      'vuosikello-raportti-2026-2027.csv',
    ]);
    expect(downloads[0]!.text.split('\r\n')[0]).toContain('Osio;Nimi;Alkaen;Asti;Yhteensä;Tehty');
    expect(downloads[1]!.text.split('\r\n')[0]).toContain('Osio,Nimi,Alkaen,Asti,Yhteensä,Tehty');
    for (const { text } of downloads) {
      const { columns, rows } = readCsv(text);
      const cell = (row: readonly string[], name: string) => row[columns.indexOf(name)];
      const sum = rows.find((r) => cell(r, 'Osio') === 'Yhteensä')!;
      expect([cell(sum, 'Tehty'), cell(sum, 'Yhteensä'), cell(sum, 'Alkaen')]).toEqual([
        String(done),
        String(total),
        '2026-08-01',
      ]);
      // One row a task, named as on screen (the two sharing a title each with its grades).
      const tasks = rows.filter((r) => cell(r, 'Osio') === 'Tehtävä' && cell(r, 'Nimi') === good);
      expect(tasks.map((r) => [cell(r, 'Toimi hyvin'), cell(r, 'Arvio')])).toEqual([
        ['3', 'toimi'],
      ]);
    }
  });

  it('shows a valid period, in the address; refuses a bad one with its reason, changing nothing', async () => {
    const { db } = await rated();
    const user = userEvent.setup();
    const { memory } = await renderAppAt(db, TODAY, '/report');
    await waitFor(() => expect(totals()).not.toBeNull(), SETTLE);
    const year = totals()!;
    fireEvent.change(screen.getByLabelText('Alkaen'), { target: { value: '2026-09-01' } });
    fireEvent.change(screen.getByLabelText('Asti'), { target: { value: '2026-09-30' } });
    await user.click(screen.getByRole('button', { name: 'Näytä jakso' }));
    await waitFor(
      () => expect(memory.history?.at(-1)).toBe('/report?from=2026-09-01&to=2026-09-30'),
      SETTLE,
    );
    await waitFor(() => expect(totals()![1]).toBeLessThan(year[1]), SETTLE);
    const september = totals();
    expect(screen.getByText(/^Kaikki koulut · lukuvuosi 2026–2027 · 1\.9\.2026–30\.9\.2026$/));

    fireEvent.change(screen.getByLabelText('Alkaen'), { target: { value: '2026-10-01' } });
    await user.click(screen.getByRole('button', { name: 'Näytä jakso' }));
    expect(await screen.findByText('Alkupäivä on loppupäivän jälkeen.')).toBeTruthy();
    expect(screen.getByLabelText('Alkaen').getAttribute('aria-invalid')).toBe('true');
    expect(memory.history?.at(-1)).toBe('/report?from=2026-09-01&to=2026-09-30');
    expect(totals()).toEqual(september);

    fireEvent.change(screen.getByLabelText('Alkaen'), { target: { value: '2026-07-01' } });
    await user.click(screen.getByRole('button', { name: 'Näytä jakso' }));
    expect(
      await screen.findByText('Päivän on oltava lukuvuoden sisällä (1.8.2026–31.7.2027).'),
    ).toBeTruthy();
    expect(totals()).toEqual(september);

    await user.click(screen.getByRole('button', { name: 'Koko lukuvuosi' }));
    await waitFor(() => expect(memory.history?.at(-1)).toBe('/report'), SETTLE);
    await waitFor(() => expect(totals()).toEqual(year), SETTLE);
  });

  it('says a period in the address is not valid and shows the whole year', async () => {
    const { db } = await rated();
    await renderAppAt(db, TODAY, '/report?from=2026-12-01&to=2026-11-01');
    await waitFor(() => expect(totals()).not.toBeNull(), SETTLE);
    expect(screen.getByRole('alert').textContent).toBe(
      'Osoitteen jakso ei kelpaa. Raportti näyttää koko lukuvuoden.',
    );
    expect(screen.getByText('Alkupäivä on loppupäivän jälkeen.')).toBeTruthy();
    expect(screen.getByText(/1\.8\.2026–31\.7\.2027$/)).toBeTruthy();
  });

  it('is of a principal’s own school', async () => {
    const { db } = await rated();
    await actAsPrincipal(db);
    await renderAppAt(db, TODAY, '/report');
    await waitFor(() => expect(totals()).not.toBeNull(), SETTLE);
    expect(screen.getByText('Raportti koskee omaa kouluasi.')).toBeTruthy();
    expect(screen.getByText(/^Esimerkkikoulu · lukuvuosi 2026–2027/)).toBeTruthy();
    // The organization's own tasks are not a school's.
    const levels = rowHeaders(screen.getByRole('table', { name: 'Luokka-asteittain: taulukko' }));
    expect(levels).not.toContain('Kunnan tehtävät');
    expect(levels).toContain('Koulujen omat tehtävät');
  });
});
