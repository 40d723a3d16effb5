/**
 * The steering group's report in a real Chromium (local mode, the sample): axe in fi, sv and en,
 * 320 px without sideways scrolling, a keyboard journey through its choices ending in a CSV
 * download, and the report printed to PDF (read back with poppler) and downloaded as CSV (read
 * back with papaparse), each holding the figures the domain's progress summary gives for the
 * same ticks.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readCsv } from '@/domain/exchange/csv-file';
import { schoolYearId, type GroupId } from '@/domain/ids';
import { buildSampleOrganization } from '@/domain/library/sample';
import { distinctTaskNames } from '@/domain/progress/task-names';
import type { LocalDate } from '@/domain/local-date';
import type { Progress } from '@/domain/model';
import { NO_PROGRESS_FILTER, type Level } from '@/domain/progress/progress-filter';
import { indexProgressPlan } from '@/domain/progress/progress-plan';
import { progressSummary } from '@/domain/progress/progress-summary';
import type { Tally } from '@/domain/progress/tally';
import { materializeActions } from '@/domain/schedule/materialize-actions';
import { axeViolations } from './support/axe';
import { typeDate } from './support/date-input';
import { builtAppEnv } from './support/env';
import { freshPage } from './support/fresh-page';
import { focusedName, tabUntil } from './support/keyboard';
import { printToPdf } from './support/pdf';
import { expectNoSidewaysScroll } from './support/layout';
import { followNav } from './support/nav';

const app = builtAppEnv();
const TODAY = '2026-11-10' as LocalDate;

/** The sample's 2026–2027 plan, as the app derives it in local mode. */
const sample = buildSampleOrganization();
const year = sample.schoolYears.find((y) => y.id === schoolYearId('sy-2026'))!;
const groups = sample.groups.filter((g) => g.schoolYearId === year.id);
const { actions } = materializeActions({
  schoolYear: year,
  schools: sample.schools,
  groups,
  templates: sample.templates,
  adjustments: [],
});
const index = indexProgressPlan({
  schoolYearId: year.id,
  actions,
  schools: sample.schools,
  groups,
  templates: sample.templates,
});
const LESSON = 'Teematunti: hyvinvointi ja terveys';
/** The November lesson of a class: the action a tick in its month view marks. */
const novemberLesson = (group: string) =>
  actions.find(
    (a) =>
      a.groupId === (group as GroupId) &&
      a.end.startsWith('2026-11') &&
      sample.templates.find((t) => t.id === a.templateId)?.title.fi === LESSON,
  )!;
const TICKED = ['g-2026-3a', 'g-2026-4a'];
/** The domain's summary of the year with those two lessons done today. */
const expected = progressSummary({
  index,
  progress: TICKED.map((g): Progress => ({
    actionId: novemberLesson(g).id,
    state: 'done',
    day: TODAY,
    by: 'Opettaja',
    note: '',
    updatedAt: 1,
  })),
  today: TODAY,
  filter: NO_PROGRESS_FILTER,
});
const levelName = (level: Level) =>
  level === 'school'
    ? 'Koulujen omat tehtävät'
    : level === 'organization'
      ? 'Kunnan tehtävät'
      : level === 0
        ? 'esiopetus'
        : `${level}. luokka`;
const percent = (t: Tally) => (t.percentDone === null ? '–' : `${t.percentDone} %`);

/** A fresh local-mode profile on 10 Nov 2026 at `path`. */
async function openAt(path: string, width = 1280): Promise<Page> {
  const { page } = await freshPage(app.browser, { width, height: 900 });
  await page.goto(new URL(path, app.url).href);
  return page;
}

/** Ticks the November lesson of each class in TICKED in its month view, then opens the report. */
async function tickedReport(): Promise<Page> {
  const page = await openAt(`/month/${TICKED[0]}/2026-11`);
  for (const group of TICKED) {
    await page.goto(new URL(`/month/${group}/2026-11`, app.url).href);
    const task = page
      .getByRole('region', { name: 'Tehtävät: marraskuu 2026' })
      .locator('.action', { hasText: LESSON });
    await task.getByRole('checkbox').check();
    await task.getByText(/^Tehty 10\.11\.2026/).waitFor();
  }
  await followNav(page, 'Raportti');
  await page.locator('.report .progress-bars').first().waitFor();
  return page;
}

const totals = (page: Page) => page.locator('.progress-totals').innerText();
const totalsText = (t: Tally) =>
  `Tehty ${t.done}/${t.total} (${percent(t)}) · ohitettu ${t.skipped} · avoinna ${t.open}, joista myöhässä ${t.overdue}`;

/** A download's file read as the spreadsheet would: its rows by column name. */
function csvRows(download: Download, file: string) {
  const text = readFileSync(file, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(download.suggestedFilename()).toMatch(/^vuosikello-raportti-.+\.csv$/);
  const { columns, rows, malformed } = readCsv(text);
  expect(malformed).toBe(false);
  return {
    text,
    rows: rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i] ?? '']))),
  };
}

describe('the report view', () => {
  it.each([
    ['fi', 'Raportti'],
    ['sv', 'Rapport'],
    ['en', 'Report'],
  ] as const)(
    'has no WCAG 2.1 AA violations that axe-core can find, in %s',
    async (lang, title) => {
      const page = await openAt('/report?from=2026-09-01&to=2026-08-01');
      await page.getByLabel('Kieli', { exact: true }).selectOption(lang);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.locator('.report .progress-bars').first().waitFor();
      // With the errors of a period that is not valid on screen too.
      await page.locator('[aria-invalid="true"]').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it.each([320, 360])('never scrolls the page sideways at %i px', async (width) => {
    const page = await openAt('/report', width);
    await page.locator('.report .progress-bars').first().waitFor();
    await expectNoSidewaysScroll(page);
    await page.context().close();
  });

  it('is chosen with the keyboard alone: year, period and delimiter go to the address, then a CSV', async () => {
    const page = await openAt('/report');
    await page.locator('.progress-totals').waitFor();
    const subtitle = page.locator('.report-subtitle');
    await page.locator('#main').focus();
    await tabUntil(page, 'Lukuvuosi');
    await page.keyboard.press('ArrowUp'); // 2026–2027 -> 2025–2026
    await expect.poll(() => new URL(page.url()).search).toBe('?year=sy-2025');
    await expect.poll(() => subtitle.innerText()).toContain('lukuvuosi 2025–2026');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).search).toBe('?year=sy-2026');
    const year = await totals(page);

    await tabUntil(page, 'Alkaen');
    await typeDate(page, page.getByLabel('Alkaen'), '2026-09-01');
    await tabUntil(page, 'Asti');
    await typeDate(page, page.getByLabel('Asti'), '2026-10-31');
    await tabUntil(page, 'Näytä jakso');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => new URL(page.url()).search)
      .toBe('?year=sy-2026&from=2026-09-01&to=2026-10-31');
    await expect.poll(() => subtitle.innerText()).toContain('1.9.2026–31.10.2026');
    await expect.poll(() => totals(page)).not.toBe(year);
    const period = await totals(page);

    await tabUntil(page, 'Puolipiste (suomenkielinen Excel)');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).search).toContain('&csv=comma');
    expect(await focusedName(page)).toBe('Pilkku');
    await tabUntil(page, 'Lataa CSV');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('vuosikello-raportti-2026-09-01_2026-10-31.csv');
    const { text, rows } = csvRows(download, (await download.path())!);
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFOsio,Nimi,Alkaen,Asti,/);
    const sum = rows.find((r) => r['Osio'] === 'Yhteensä')!;
    expect(period).toMatch(new RegExp(`^Tehty ${sum['Tehty']}/${sum['Yhteensä']} `));
    expect([sum['Alkaen'], sum['Asti']]).toEqual(['2026-09-01', '2026-10-31']);
    await tabUntil(page, 'Tulosta');
    await page.context().close();
  });
});

describe('the report on paper and in a spreadsheet', () => {
  it('prints on A4 the summary’s figures, without its choices, the bars in black', async () => {
    const page = await tickedReport();
    await expect.poll(() => totals(page)).toBe(totalsText(expected.total));
    const pdf = await printToPdf(page);
    const text = Array.from({ length: pdf.pages }, (_, i) => pdf.text(i + 1, 'layout')).join('\n');
    expect(text).toContain('Raportti');
    expect(text).toContain('Kaikki koulut · lukuvuosi 2026–2027 · 1.8.2026–31.7.2027');
    expect(text.replace(/\s+/g, ' ')).toContain(totalsText(expected.total));
    for (const { level, tally } of expected.byLevel) {
      const row = [levelName(level), tally.done, tally.skipped, tally.open, tally.overdue]
        .concat([tally.total])
        .join('\\s+');
      // pdftotext may close up "4 %" to "4%".
      const share = percent(tally).replace(' ', '\\s*');
      expect(text).toMatch(new RegExp(`^\\s*${row.replace('.', '\\.')}\\s+${share}`, 'm'));
    }
    for (const heading of ['Luokka-asteittain', 'Teemoittain', 'Tehtävät, jotka toimivat'])
      expect(text).toContain(heading);
    for (const control of [
      'Raportin valinnat',
      'Lataa CSV',
      'Tulosta',
      'Näytä jakso',
      'Päävalikko',
    ])
      expect(text).not.toContain(control);
    // pdfinfo names the paper: "595.28 x 841.89 pts (A4)".
    expect(execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' })).toMatch(
      /Page size:.* pts \(A4\)/,
    );
    // Done is black on paper, not the screen's green: no green pixel on the first page.
    const { rgb } = pdf.pixels(1);
    let green = 0;
    for (let i = 0; i + 2 < rgb.length; i += 3)
      if (rgb[i + 1]! > rgb[i]! + 40 && rgb[i + 1]! > rgb[i + 2]! + 20) green += 1;
    expect(green).toBe(0);
    await page.context().close();
  });

  it('downloads a CSV holding every figure of the summary by school, grade and theme', async () => {
    const page = await tickedReport();
    await expect.poll(() => totals(page)).toBe(totalsText(expected.total));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('vuosikello-raportti-2026-2027.csv');
    const { text, rows } = csvRows(download, (await download.path())!);
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFOsio;Nimi;Alkaen;Asti;Yhteensä;Tehty;/);
    const figures = (r: Record<string, string>) =>
      ['Yhteensä', 'Tehty', 'Ohitettu', 'Avoinna', 'Myöhässä', 'Tehty %'].map((c) => r[c]);
    const of = (t: Tally) =>
      [t.total, t.done, t.skipped, t.open, t.overdue, t.percentDone ?? ''].map(String);
    const section = (name: string) => rows.filter((r) => r['Osio'] === name);
    expect(section('Yhteensä').map(figures)).toEqual([of(expected.total)]);
    expect(section('Koulu').map((r) => [r['Nimi'], ...figures(r)])).toEqual(
      expected.bySchool.map((r) => [r.school.name, ...of(r.tally)]),
    );
    expect(section('Luokka-aste').map((r) => [r['Nimi'], ...figures(r)])).toEqual(
      expected.byLevel.map((r) => [levelName(r.level), ...of(r.tally)]),
    );
    // Themes and tasks named, in any order (the app's plan lists actions in its own order).
    const themeName = new Map(sample.themes.map((th) => [th.id as string, th.name.fi]));
    const sorted = (rows: (string | undefined)[][]) => rows.map((r) => r.join('|')).sort();
    expect(sorted(section('Teema').map((r) => [r['Nimi']!, ...figures(r)]))).toEqual(
      sorted(expected.byTheme.map((r) => [themeName.get(r.themeId ?? '') ?? '', ...of(r.tally)])),
    );
    // A task is named by its title; titles the plan's tasks share get each one's grades after it.
    const gradesFi: Record<string, string> = {
      '0': 'esiopetus',
      '1,2,3,4,5,6': '1.–6. luokka',
      '7,8,9': '7.–9. luokka',
      '2,3,4': '2.–4. luokka',
      '6,7,9': '6.–7. luokka, 9. luokka',
    };
    const names = distinctTaskNames(
      sample.templates,
      (x) => x.title.fi,
      (grades) => gradesFi[grades.join(',')] ?? `no words for grades ${grades.join(',')}`,
    );
    const taskRows = section('Tehtävä');
    expect(taskRows.map((r) => r['Nimi'])).toContain('Poissaolokatsaus (1.–6. luokka)');
    expect(sorted(taskRows.map((r) => [r['Nimi']!, ...figures(r)]))).toEqual(
      sorted(expected.byTask.map((r) => [names.get(r.template.id)!, ...of(r.tally)])),
    );
    await page.context().close();
  });
});
