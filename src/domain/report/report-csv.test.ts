import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM } from '../exchange/csv-file';
import { mustParseLocalDate as d } from '../local-date';
import { indexProgressPlan } from '../progress/progress-plan';
import type { Tally } from '../progress/tally';
import { PLAN, RECORDS, TODAY } from '../progress/test-plan';
import { progressReport } from './progress-report';
import { REPORT_CSV_COLUMNS, reportCsv, reportFileName, type ReportCsvWords } from './report-csv';
import { wholeYearPeriod } from './report-period';

const WORDS: ReportCsvWords = {
  columns: {
    section: 'Osio',
    name: 'Nimi',
    from: 'Alkaen',
    to: 'Asti',
    total: 'Yhteensä',
    done: 'Tehty',
    skipped: 'Ohitettu',
    open: 'Avoinna',
    overdue: 'Myöhässä',
    percentDone: 'Tehty %',
    well: 'Toimi hyvin',
    partly: 'Toimi osittain',
    not: 'Ei toiminut',
    unrated: 'Ei arviota',
    verdict: 'Arvio',
  },
  sections: {
    total: 'Kaikki',
    school: 'Koulu',
    level: 'Luokka-aste',
    theme: 'Teema',
    task: 'Tehtävä',
  },
  everything: 'Kaikki koulut',
  school: (s) => s.name,
  level: (l) => (typeof l === 'number' ? `${l}. luokka` : l === 'school' ? 'Koulun' : 'Kunnan'),
  // Names with the delimiters, a quote and a line break in them must survive the round trip.
  theme: (id) => (id === null ? 'Ei teemaa' : id === 'th-a' ? 'Teema "A"; tunnit, ja muut' : id),
  task: (t) => (t.id === 't-lesson' ? 'Teematunti\nkuukausittain' : t.id),
  verdicts: {
    worked: 'toimi',
    didNotWork: 'ei toiminut',
    mixed: 'vaihteli',
    tooFewRatings: 'liian vähän arvioita',
  },
};

const index = indexProgressPlan(PLAN);
const report = progressReport({
  index,
  progress: RECORDS,
  today: TODAY,
  schools: null,
  period: wholeYearPeriod(2025),
});

/** The file read back by papaparse as a spreadsheet would: header, then rows by column name. */
function readBack(text: string, delimiter: string) {
  expect(text.startsWith(BOM)).toBe(true);
  const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
    header: true,
    delimiter,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  expect(parsed.meta.fields).toEqual(REPORT_CSV_COLUMNS.map((c) => WORDS.columns[c]));
  return parsed.data;
}

const figuresOf = (row: Record<string, string>) => [
  Number(row['Yhteensä']),
  Number(row['Tehty']),
  Number(row['Ohitettu']),
  Number(row['Avoinna']),
  Number(row['Myöhässä']),
  row['Tehty %'] === '' ? null : Number(row['Tehty %']),
];
const figures = (t: Tally) => [t.total, t.done, t.skipped, t.open, t.overdue, t.percentDone];

describe.each([';', ','] as const)('the report as CSV, delimiter %j', (delimiter) => {
  const text = reportCsv(report, WORDS, delimiter);
  const rows = readBack(text, delimiter);
  const section = (name: string) => rows.filter((r) => r['Osio'] === name);

  it('is UTF-8 text with a BOM and CRLF line ends, the chosen delimiter between fields', () => {
    expect(text.split('\r\n')[0]).toBe(`${BOM}${Object.values(WORDS.columns).join(delimiter)}`);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\r(?!\n)/);
  });

  it('holds every figure of the summary: the total, by school, level and theme', () => {
    const { summary } = report;
    expect(section('Kaikki').map(figuresOf)).toEqual([figures(summary.total)]);
    expect(section('Kaikki')[0]!['Nimi']).toBe('Kaikki koulut');
    expect(section('Koulu').map((r) => [r['Nimi'], ...figuresOf(r)])).toEqual(
      summary.bySchool.map((r) => [r.school.name, ...figures(r.tally)]),
    );
    expect(section('Luokka-aste').map((r) => [r['Nimi'], ...figuresOf(r)])).toEqual(
      summary.byLevel.map((r) => [WORDS.level(r.level), ...figures(r.tally)]),
    );
    expect(section('Teema').map((r) => [r['Nimi'], ...figuresOf(r)])).toEqual(
      summary.byTheme.map((r) => [WORDS.theme(r.themeId), ...figures(r.tally)]),
    );
    // As literal figures too: 26 actions, 10 done (38 %).
    expect(figuresOf(section('Kaikki')[0]!)).toEqual([26, 10, 2, 14, 3, 38]);
  });

  it('holds every task with its ratings and verdict; other rows leave those blank', () => {
    expect(
      section('Tehtävä').map((r) => [
        r['Nimi'],
        ...figuresOf(r),
        r['Toimi hyvin'],
        r['Toimi osittain'],
        r['Ei toiminut'],
        r['Ei arviota'],
        r['Arvio'],
      ]),
    ).toEqual([
      ['Teematunti\nkuukausittain', 21, 8, 1, 12, 3, 38, '2', '1', '0', '5', 'toimi'],
      ['t-grade5', 2, 1, 1, 0, 0, 50, '0', '0', '1', '0', 'liian vähän arvioita'],
      ['t-school', 2, 1, 0, 1, 0, 50, '0', '0', '0', '1', 'liian vähän arvioita'],
      ['t-org', 1, 0, 0, 1, 0, 0, '0', '0', '0', '0', 'liian vähän arvioita'],
    ]);
    for (const r of section('Koulu')) expect([r['Toimi hyvin'], r['Arvio']]).toEqual(['', '']);
  });

  it('names the period on every row as YYYY-MM-DD', () => {
    expect(new Set(rows.map((r) => `${r['Alkaen']}..${r['Asti']}`))).toEqual(
      new Set(['2025-08-01..2026-07-31']),
    );
  });
});

describe('the report file', () => {
  it('writes a title a spreadsheet would run as a formula as text (an apostrophe first)', () => {
    const formula = '=HYPERLINK("x")';
    const words = { ...WORDS, task: () => formula, school: () => '@koulu' };
    const rows = readBack(reportCsv(report, words, ';'), ';');
    expect(rows.filter((r) => r['Osio'] === 'Tehtävä').map((r) => r['Nimi'])).toEqual(
      Array(4).fill(`'${formula}`),
    );
    expect(rows.filter((r) => r['Osio'] === 'Koulu').map((r) => r['Nimi'])).toEqual([
      "'@koulu",
      "'@koulu",
    ]);
  });

  it('leaves the share blank when nothing is counted', () => {
    const empty = progressReport({
      index,
      progress: RECORDS,
      today: TODAY,
      schools: new Set(),
      period: wholeYearPeriod(2025),
    });
    const rows = readBack(reportCsv(empty, WORDS, ';'), ';');
    expect(rows.map((r) => [r['Osio'], ...figuresOf(r)])).toEqual([
      ['Kaikki', 0, 0, 0, 0, 0, null],
    ]);
  });

  it.each([
    [2026, { from: '2026-08-01', to: '2027-07-31' }, true, 'vuosikello-raportti-2026-2027.csv'],
    [
      2026,
      { from: '2026-08-01', to: '2026-12-31' },
      false,
      'vuosikello-raportti-2026-08-01_2026-12-31.csv',
    ],
  ])('is named for year %i and %j', (year, period, whole, name) => {
    expect(reportFileName(year, { from: d(period.from), to: d(period.to) }, whole)).toBe(name);
  });
});
