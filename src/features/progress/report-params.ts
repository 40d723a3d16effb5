/**
 * The report's choices as they travel in the address (`/report?year=sy-2026&school=…
 * &from=2026-08-01&to=2026-12-31&csv=comma`), so a report can be bookmarked, sent and reloaded.
 * The period's days travel as written: the page reads them with readPeriod, which says what is
 * wrong with them. Any other value not of its kind is ignored.
 */
import type { CsvDelimiter } from '@/domain/exchange/csv-file';
import type { SchoolId, SchoolYearId } from '@/domain/ids';

export interface ReportChoices {
  /** Null: the school year holding today. */
  readonly year: SchoolYearId | null;
  /** Null: every school in view. */
  readonly school: SchoolId | null;
  /** The period's first and last day as given (null: the year's own). */
  readonly from: string | null;
  readonly to: string | null;
  /** The CSV file's delimiter: a semicolon unless a comma is chosen. */
  readonly delimiter: CsvDelimiter;
}

export const NO_REPORT_CHOICES: ReportChoices = {
  year: null,
  school: null,
  from: null,
  to: null,
  delimiter: ';',
};

const text = (value: string | null) => (value === null || value.trim() === '' ? null : value);

/** The choices in `params`. */
export function reportChoicesFrom(params: URLSearchParams): ReportChoices {
  return {
    year: text(params.get('year')) as SchoolYearId | null,
    school: text(params.get('school')) as SchoolId | null,
    from: text(params.get('from')),
    to: text(params.get('to')),
    delimiter: params.get('csv') === 'comma' ? ',' : ';',
  };
}

/** The address parameters of `choices`, those left as they are by default left out. */
export function reportParamsOf(choices: ReportChoices): URLSearchParams {
  const params = new URLSearchParams();
  if (choices.year !== null) params.set('year', choices.year);
  if (choices.school !== null) params.set('school', choices.school);
  if (choices.from !== null) params.set('from', choices.from);
  if (choices.to !== null) params.set('to', choices.to);
  if (choices.delimiter === ',') params.set('csv', 'comma');
  return params;
}
