/**
 * Calendar months ('2026-11') and the months a school year shows: the month view's place in the
 * year, as it travels in a URL.
 */
import { monthOf, yearOf, type LocalDate } from './local-date';
import type { SchoolYear } from './model';

export interface YearMonth {
  readonly year: number;
  /** 1 = January. */
  readonly month: number;
}

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Reads 'YYYY-MM' (as in a URL); null for anything else. */
export function parseYearMonth(text: string): YearMonth | null {
  const match = YEAR_MONTH.exec(text);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** Writes 'YYYY-MM'. */
export function formatYearMonth({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** The month a calendar day is in. */
export function yearMonthOf(day: LocalDate): YearMonth {
  return { year: yearOf(day), month: monthOf(day) };
}

/** The month `by` months after (or, negative, before) `ym`, across year ends. */
export function shiftMonth({ year, month }: YearMonth, by: number): YearMonth {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** -1, 0 or 1 as `a` is before, the same as or after `b`. */
export function compareYearMonths(a: YearMonth, b: YearMonth): -1 | 0 | 1 {
  const d = a.year * 12 + a.month - (b.year * 12 + b.month);
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** The first and the last month of a school year that hold school days (its first and last day). */
export function schoolYearMonths(schoolYear: SchoolYear): {
  readonly first: YearMonth;
  readonly last: YearMonth;
} {
  return { first: yearMonthOf(schoolYear.firstDay), last: yearMonthOf(schoolYear.lastDay) };
}

/** `ym` moved into the school year's months: its first month before them, its last after. */
export function clampToSchoolYear(ym: YearMonth, schoolYear: SchoolYear): YearMonth {
  const { first, last } = schoolYearMonths(schoolYear);
  if (compareYearMonths(ym, first) < 0) return first;
  if (compareYearMonths(ym, last) > 0) return last;
  return ym;
}

/**
 * The same month of the calendar in another school year (November 2026 in the year starting 2025
 * is November 2025), kept within that year's months.
 */
export function sameMonthIn(ym: YearMonth, schoolYear: SchoolYear): YearMonth {
  const year = calendarYearOfMonth(schoolYear.startYear, ym.month);
  return clampToSchoolYear({ year, month: ym.month }, schoolYear);
}

/** The calendar year that `month` (1-12) falls in, in the school year starting in August of `startYear`. */
export function calendarYearOfMonth(startYear: number, month: number): number {
  return month >= 8 ? startYear : startYear + 1;
}
