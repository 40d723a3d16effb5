/**
 * The steering group's report as a CSV file for a spreadsheet program: one table, one row per
 * figure line (everything counted, then by school, level and theme, then every task with its
 * ratings and verdict), each row naming its section and the period, so the file sorts and
 * filters without losing what a row is. Counts are plain integers, the share done a whole
 * percent (blank when there is nothing to count), days YYYY-MM-DD. The words (column headers,
 * section and level names) come from the caller in the user's language; the file is written as
 * csv-file.ts writes every CSV of the app (UTF-8 with a BOM, CRLF, the chosen delimiter).
 */
import { writeCsv, type CsvDelimiter } from '../exchange/csv-file';
import type { ThemeId } from '../ids';
import type { School, TaskTemplate } from '../model';
import type { Level } from '../progress/progress-filter';
import type { Ratings, Tally } from '../progress/tally';
import type { ProgressReport } from './progress-report';
import { taskVerdict, type TaskVerdict } from './task-verdicts';

export const REPORT_CSV_COLUMNS = [
  'section',
  'name',
  'from',
  'to',
  'total',
  'done',
  'skipped',
  'open',
  'overdue',
  'percentDone',
  'well',
  'partly',
  'not',
  'unrated',
  'verdict',
] as const;
export type ReportCsvColumn = (typeof REPORT_CSV_COLUMNS)[number];

export const REPORT_SECTIONS = ['total', 'school', 'level', 'theme', 'task'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** What the file says in words, in the user's language. */
export interface ReportCsvWords {
  readonly columns: Readonly<Record<ReportCsvColumn, string>>;
  readonly sections: Readonly<Record<ReportSection, string>>;
  /** The name of the total row: what is counted (every school, or the one chosen). */
  readonly everything: string;
  readonly school: (school: School) => string;
  readonly level: (level: Level) => string;
  readonly theme: (themeId: ThemeId | null) => string;
  readonly task: (template: TaskTemplate) => string;
  readonly verdicts: Readonly<Record<TaskVerdict, string>>;
}

/** The rows of the report's table (without the header), each cell as written to the file. */
export function reportCsvRows(
  report: ProgressReport,
  words: ReportCsvWords,
): (readonly string[])[] {
  const { summary, period } = report;
  const row = (
    section: ReportSection,
    name: string,
    tally: Tally,
    task?: { readonly ratings: Ratings; readonly verdict: TaskVerdict },
  ): readonly string[] => [
    words.sections[section],
    name,
    period.from,
    period.to,
    String(tally.total),
    String(tally.done),
    String(tally.skipped),
    String(tally.open),
    String(tally.overdue),
    tally.percentDone === null ? '' : String(tally.percentDone),
    task ? String(task.ratings.well) : '',
    task ? String(task.ratings.partly) : '',
    task ? String(task.ratings.not) : '',
    task ? String(task.ratings.unrated) : '',
    task ? words.verdicts[task.verdict] : '',
  ];
  return [
    row('total', words.everything, summary.total),
    ...summary.bySchool.map((r) => row('school', words.school(r.school), r.tally)),
    ...summary.byLevel.map((r) => row('level', words.level(r.level), r.tally)),
    ...summary.byTheme.map((r) => row('theme', words.theme(r.themeId), r.tally)),
    ...summary.byTask.map((r) =>
      row('task', words.task(r.template), r.tally, {
        ratings: r.ratings,
        verdict: taskVerdict(r.ratings, report.minRatings),
      }),
    ),
  ];
}

/** The report as a CSV file's text (csv-file.ts writeCsv). */
export function reportCsv(
  report: ProgressReport,
  words: ReportCsvWords,
  delimiter: CsvDelimiter,
): string {
  return writeCsv(
    REPORT_CSV_COLUMNS.map((c) => words.columns[c]),
    reportCsvRows(report, words),
    delimiter,
    // Task titles and notes are typed by people; the report is opened, never imported back.
    { escapeFormulae: true },
  );
}

/** The file's name: `vuosikello-raportti-2026-2027.csv`, or with the period's days when shorter. */
export function reportFileName(
  startYear: number,
  period: { readonly from: string; readonly to: string },
  wholeYear: boolean,
): string {
  const span = wholeYear ? `${startYear}-${startYear + 1}` : `${period.from}_${period.to}`;
  return `vuosikello-raportti-${span}.csv`;
}
