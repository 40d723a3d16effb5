/**
 * The period a steering-group report covers: the whole school year (1 Aug to 31 Jul, every
 * action of the year), or from one day to another inside it. An action counts in a period when
 * its window ends within it (`from` and `to` included): that is when it falls due, the same rule
 * as the progress view's months (progress-filter.ts endsWithin).
 */
import { parseLocalDate } from '../local-date';
import type { DateSpan } from '../progress/progress-filter';
import { schoolYearSpan } from '../school-calendar';

/** What is wrong with a period asked for; the UI translates the code. */
export type PeriodErrorCode =
  /** Not a day written YYYY-MM-DD (or no such day). */
  | 'notADate'
  /** Before 1 Aug or after 31 Jul of the school year. */
  | 'outsideYear'
  /** The first day is after the last. */
  | 'fromAfterTo';

export interface PeriodError {
  readonly field: 'from' | 'to';
  readonly code: PeriodErrorCode;
}

/** A period read from what was asked: either a valid one, or its errors (and nothing else). */
export type PeriodReading =
  | { readonly ok: true; readonly period: DateSpan; readonly wholeYear: boolean }
  | { readonly ok: false; readonly errors: readonly PeriodError[] };

/** The whole school year beginning in August of `startYear`. */
export function wholeYearPeriod(startYear: number): DateSpan {
  const { yearStart, yearEnd } = schoolYearSpan(startYear);
  return { from: yearStart, to: yearEnd };
}

/**
 * The period of the school year beginning in `startYear` from `from` to `to` (YYYY-MM-DD; null or
 * blank: the year's first or last day, so neither given is the whole year). Each day must be a
 * real day inside the year, and `from` not after `to`.
 */
export function readPeriod(
  startYear: number,
  from: string | null,
  to: string | null,
): PeriodReading {
  const year = wholeYearPeriod(startYear);
  const errors: PeriodError[] = [];
  const day = (field: 'from' | 'to', text: string | null) => {
    if (text === null || text.trim() === '') return year[field];
    const parsed = parseLocalDate(text.trim());
    if (parsed === null) errors.push({ field, code: 'notADate' });
    else if (parsed < year.from || parsed > year.to) errors.push({ field, code: 'outsideYear' });
    return parsed;
  };
  const first = day('from', from);
  const last = day('to', to);
  if (errors.length > 0 || first === null || last === null) return { ok: false, errors };
  if (first > last) return { ok: false, errors: [{ field: 'from', code: 'fromAfterTo' }] };
  const period = { from: first, to: last };
  return { ok: true, period, wholeYear: first === year.from && last === year.to };
}
