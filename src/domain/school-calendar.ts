/**
 * A school year turned into its school days. A school day is a weekday, or a listed extra school
 * day, from `firstDay` to `lastDay`, that is not in a break, not a national holiday and not an
 * extra day off. Everything is precomputed once per year, so every lookup is O(1).
 */
import { finnishHolidays } from './holidays';
import type { HolidayCode } from './holidays';
import {
  fromDayNumber,
  isoDayOfWeek,
  isoDayOfWeekOfNumber,
  localDate,
  toDayNumber,
} from './local-date';
import type { LocalDate } from './local-date';
import type { BreakKind, SchoolYear } from './model';
import type { Term } from './timing-rule';

/** What a day is in a school year; the UI translates `kind`, `holiday` and `breakKind`. */
export type DayKind =
  | { readonly kind: 'school' }
  | { readonly kind: 'weekend' }
  | { readonly kind: 'holiday'; readonly holiday: HolidayCode }
  | { readonly kind: 'break'; readonly breakKind: BreakKind }
  | { readonly kind: 'dayOff' }
  | { readonly kind: 'outsideTerm' };

/** First and last school day of a term (both school days). */
export interface TermBounds {
  readonly start: LocalDate;
  readonly end: LocalDate;
}

export interface SchoolCalendar {
  readonly year: SchoolYear;
  /** 1 August of `startYear` and 31 July after it: the school year in the law's sense. */
  readonly yearStart: LocalDate;
  readonly yearEnd: LocalDate;
  /** Every school day, ascending. */
  readonly schoolDays: readonly LocalDate[];
  readonly schoolDayCount: number;
  /**
   * The autumn term runs from the first school day to the last school day before the Christmas
   * break, the spring term from the first school day after it to the last school day. A year
   * with no Christmas break splits at 1 January instead. A term with no school day is null.
   */
  readonly terms: Readonly<Record<Term, TermBounds | null>>;
  /** National holidays from 1 August to 31 July. */
  readonly holidays: readonly { readonly date: LocalDate; readonly code: HolidayCode }[];
  isSchoolDay(d: LocalDate): boolean;
  dayKind(d: LocalDate): DayKind;
  /** 0-based position of `d` among the school days, or -1 when `d` is not a school day. */
  schoolDayIndex(d: LocalDate): number;
  /** How many school days lie from `a` to `b`, both inclusive (0 when `b` is before `a`). */
  schoolDaysBetween(a: LocalDate, b: LocalDate): number;
  /** How many school days lie strictly before `d` (the index `d` would have). */
  schoolDaysBefore(d: LocalDate): number;
  /** `d` if it is a school day, else the next one; null after the last. */
  nextSchoolDayOnOrAfter(d: LocalDate): LocalDate | null;
  /** `d` if it is a school day, else the previous one; null before the first. */
  previousSchoolDayOnOrBefore(d: LocalDate): LocalDate | null;
}

const SCHOOL: DayKind = { kind: 'school' };
const WEEKEND: DayKind = { kind: 'weekend' };
const DAY_OFF: DayKind = { kind: 'dayOff' };
const OUTSIDE: DayKind = { kind: 'outsideTerm' };

/** 1 Aug of `startYear` to 31 Jul of the next: the span a school year owns in the calendar. */
export function schoolYearSpan(startYear: number): { yearStart: LocalDate; yearEnd: LocalDate } {
  return { yearStart: localDate(startYear, 8, 1), yearEnd: localDate(startYear + 1, 7, 31) };
}

/**
 * Among `years` (oldest first), the one whose span (schoolYearSpan) contains `today`; else the
 * latest that began before today; else the earliest; undefined when there are none.
 */
export function schoolYearAt(
  years: readonly SchoolYear[],
  today: LocalDate,
): SchoolYear | undefined {
  const spans = (year: SchoolYear) => {
    const { yearStart, yearEnd } = schoolYearSpan(year.startYear);
    return yearStart <= today && today <= yearEnd;
  };
  return years.find(spans) ?? years.filter((y) => y.firstDay <= today).at(-1) ?? years[0];
}

/**
 * Each day's kind in `year`, from the day numbered `base` on, over the law's year and the term,
 * whichever is wider.
 */
function dayKindsOf(year: SchoolYear): {
  readonly yearStart: LocalDate;
  readonly yearEnd: LocalDate;
  readonly base: number;
  readonly kinds: readonly DayKind[];
  readonly holidays: SchoolCalendar['holidays'];
} {
  const { yearStart, yearEnd } = schoolYearSpan(year.startYear);
  const first = toDayNumber(year.firstDay);
  const last = toDayNumber(year.lastDay);
  // The index covers the law's year and the term, whichever is wider.
  const base = Math.min(toDayNumber(yearStart), first);
  const top = Math.max(toDayNumber(yearEnd), last);
  const span = top - base + 1;

  const kinds: DayKind[] = new Array<DayKind>(span);
  for (let i = 0; i < span; i++) {
    const n = base + i;
    if (n < first || n > last) kinds[i] = OUTSIDE;
    else kinds[i] = isoDayOfWeekOfNumber(n) >= 6 ? WEEKEND : SCHOOL;
  }
  const inTerm = (n: number) => n >= first && n <= last;
  // Lowest precedence first: extra school day < day off < break < holiday.
  for (const d of year.extraSchoolDays) {
    const n = toDayNumber(d);
    if (inTerm(n)) kinds[n - base] = SCHOOL;
  }
  for (const d of year.extraDaysOff) {
    const n = toDayNumber(d);
    if (inTerm(n)) kinds[n - base] = DAY_OFF;
  }
  for (const b of year.breaks) {
    const kind: DayKind = { kind: 'break', breakKind: b.kind };
    const from = Math.max(toDayNumber(b.start), first);
    const to = Math.min(toDayNumber(b.end), last);
    for (let n = from; n <= to; n++) kinds[n - base] = kind;
  }
  const holidays = [
    ...finnishHolidays(year.startYear),
    ...finnishHolidays(year.startYear + 1),
  ].filter((h) => h.date >= yearStart && h.date <= yearEnd);
  for (const h of holidays) {
    const n = toDayNumber(h.date);
    if (inTerm(n)) kinds[n - base] = { kind: 'holiday', holiday: h.code };
  }

  return { yearStart, yearEnd, base, kinds, holidays };
}

/** The school days of `year`: buildSchoolCalendar(year).schoolDayCount, without the rest. */
export function countSchoolDays(year: SchoolYear): number {
  return dayKindsOf(year).kinds.filter((kind) => kind === SCHOOL).length;
}

/**
 * Precomputes the school days of `year`. Days that are both a holiday and in a break report the
 * holiday; an extra school day in a break, on a holiday or on a day off is not a school day.
 * Works on any input (also one that validateSchoolYear rejects).
 */
export function buildSchoolCalendar(year: SchoolYear): SchoolCalendar {
  const { yearStart, yearEnd, base, kinds, holidays } = dayKindsOf(year);
  const span = kinds.length;

  // before[i] = school days strictly before day base + i; before[span] = all of them.
  const before = new Int32Array(span + 1);
  const schoolDays: LocalDate[] = [];
  for (let i = 0; i < span; i++) {
    before[i] = schoolDays.length;
    if (kinds[i] === SCHOOL) schoolDays.push(fromDayNumber(base + i));
  }
  before[span] = schoolDays.length;
  const count = schoolDays.length;

  const countBefore = (n: number): number => {
    if (n <= base) return 0;
    if (n >= base + span) return count;
    return before[n - base] ?? 0;
  };
  const isSchoolDayNumber = (n: number) =>
    n >= base && n < base + span && kinds[n - base] === SCHOOL;

  const calendar: SchoolCalendar = {
    year,
    yearStart,
    yearEnd,
    schoolDays,
    schoolDayCount: count,
    terms: computeTerms(year, schoolDays, countBefore),
    holidays,
    isSchoolDay: (d) => isSchoolDayNumber(toDayNumber(d)),
    dayKind: (d) => {
      const n = toDayNumber(d);
      return n >= base && n < base + span ? (kinds[n - base] ?? OUTSIDE) : OUTSIDE;
    },
    schoolDayIndex: (d) => {
      const n = toDayNumber(d);
      return isSchoolDayNumber(n) ? countBefore(n) : -1;
    },
    schoolDaysBetween: (a, b) => {
      const from = toDayNumber(a);
      const to = toDayNumber(b);
      return to < from ? 0 : countBefore(to + 1) - countBefore(from);
    },
    schoolDaysBefore: (d) => countBefore(toDayNumber(d)),
    nextSchoolDayOnOrAfter: (d) => schoolDays[countBefore(toDayNumber(d))] ?? null,
    previousSchoolDayOnOrBefore: (d) => schoolDays[countBefore(toDayNumber(d) + 1) - 1] ?? null,
  };
  return calendar;
}

function computeTerms(
  year: SchoolYear,
  schoolDays: readonly LocalDate[],
  countBefore: (n: number) => number,
): Record<Term, TermBounds | null> {
  const christmas = year.breaks.find((b) => b.kind === 'christmas');
  // Autumn: school days before the split; spring: from the resume point on.
  const split = christmas
    ? toDayNumber(christmas.start)
    : toDayNumber(localDate(year.startYear + 1, 1, 1));
  const resume = christmas ? toDayNumber(christmas.end) + 1 : split;
  const autumnCount = countBefore(split);
  const springFrom = countBefore(resume);
  const term = (from: number, to: number): TermBounds | null => {
    const start = schoolDays[from];
    const end = schoolDays[to];
    return from <= to && start !== undefined && end !== undefined ? { start, end } : null;
  };
  return {
    autumn: term(0, autumnCount - 1),
    spring: term(springFrom, schoolDays.length - 1),
  };
}

export const SCHOOL_YEAR_ERROR_CODES = [
  'START_YEAR_INVALID',
  'FIRST_DAY_OUTSIDE_YEAR',
  'LAST_DAY_OUTSIDE_YEAR',
  'LAST_DAY_BEFORE_FIRST_DAY',
  'BREAK_END_BEFORE_START',
  'BREAK_OUTSIDE_YEAR',
  'BREAKS_OVERLAP',
  'DUPLICATE_BREAK',
  'DAY_OFF_OUTSIDE_YEAR',
  'EXTRA_SCHOOL_DAY_OUTSIDE_YEAR',
  'NO_SCHOOL_DAYS',
] as const;
export type SchoolYearErrorCode = (typeof SCHOOL_YEAR_ERROR_CODES)[number];

/**
 * What is wrong with a school year, as codes in the order of SCHOOL_YEAR_ERROR_CODES, each at
 * most once; empty when it is usable. "The year" is 1 August of `startYear` to 31 July after it;
 * breaks, days off and extra school days must lie between `firstDay` and `lastDay`; at most one
 * autumn, Christmas and winter break ('other' may repeat).
 */
export function validateSchoolYear(year: SchoolYear): SchoolYearErrorCode[] {
  const errors = new Set<SchoolYearErrorCode>();
  if (!Number.isInteger(year.startYear) || year.startYear < 1900 || year.startYear > 2998) {
    // Nothing else can be judged without the year.
    return ['START_YEAR_INVALID'];
  }
  const { yearStart, yearEnd } = schoolYearSpan(year.startYear);
  const inYear = (d: LocalDate) => d >= yearStart && d <= yearEnd;
  const inTerm = (d: LocalDate) => d >= year.firstDay && d <= year.lastDay;

  if (!inYear(year.firstDay)) errors.add('FIRST_DAY_OUTSIDE_YEAR');
  if (!inYear(year.lastDay)) errors.add('LAST_DAY_OUTSIDE_YEAR');
  if (year.lastDay < year.firstDay) errors.add('LAST_DAY_BEFORE_FIRST_DAY');

  const seenKinds = new Set<BreakKind>();
  for (const b of year.breaks) {
    if (b.end < b.start) errors.add('BREAK_END_BEFORE_START');
    if (!inTerm(b.start) || !inTerm(b.end)) errors.add('BREAK_OUTSIDE_YEAR');
    if (b.kind !== 'other' && seenKinds.has(b.kind)) errors.add('DUPLICATE_BREAK');
    seenKinds.add(b.kind);
  }
  const sorted = [...year.breaks].sort((x, y) =>
    x.start < y.start ? -1 : x.start > y.start ? 1 : 0,
  );
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev !== undefined && cur !== undefined && cur.start <= prev.end)
      errors.add('BREAKS_OVERLAP');
  }
  if (year.extraDaysOff.some((d) => !inTerm(d))) errors.add('DAY_OFF_OUTSIDE_YEAR');
  if (year.extraSchoolDays.some((d) => !inTerm(d))) errors.add('EXTRA_SCHOOL_DAY_OUTSIDE_YEAR');
  if (year.lastDay >= year.firstDay && countSchoolDays(year) === 0) errors.add('NO_SCHOOL_DAYS');

  return SCHOOL_YEAR_ERROR_CODES.filter((code) => errors.has(code));
}

/** The law's number of school days before weekday holidays are taken off (perusopetuslaki 23 §). */
export const LEGAL_SCHOOL_DAYS = 190;

/**
 * The number of school days the year should have: 190, less Independence Day (6 Dec), Epiphany
 * (6 Jan) and May Day (1 May) for each of them that falls on Monday-Friday. This is how the
 * national agency (OPH) and municipalities state it; the other weekday holidays (Good Friday,
 * Easter Monday, Ascension Day) do not reduce the count, the year is planned around them. Jämsä
 * publishes 188 for 2025-2026 (6 Jan a Tuesday, 1 May a Friday, 6 Dec a Saturday) and 189 for
 * 2026-2027 (only 6 Jan, a Wednesday).
 */
export function expectedSchoolDays(year: Pick<SchoolYear, 'startYear'>): number {
  const reducing = [
    localDate(year.startYear, 12, 6),
    localDate(year.startYear + 1, 1, 6),
    localDate(year.startYear + 1, 5, 1),
  ];
  return LEGAL_SCHOOL_DAYS - reducing.filter((d) => isoDayOfWeek(d) <= 5).length;
}
