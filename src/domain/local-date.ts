/**
 * Calendar days as 'YYYY-MM-DD' strings. This is the only module that turns them into Date
 * objects (UTC midnight, so no time zone can shift a day).
 *
 * The scheduler calls these functions hundreds of thousands of times, so the arithmetic works on
 * a day number (days since 1970-01-01, the proleptic Gregorian calendar) with integer formulas
 * (Howard Hinnant's `days_from_civil` / `civil_from_days`) instead of parsing through Date or
 * date-fns; a small cache remembers the day numbers of strings seen recently.
 */
import type { Brand } from './ids';

export type LocalDate = Brand<string, 'LocalDate'>;

/** ISO 8601 day of the week: 1 = Monday ... 7 = Sunday. */
export type IsoDayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** An ISO 8601 week: the week-numbering year (which can differ from the calendar year) and 1-53. */
export interface IsoWeek {
  readonly isoYear: number;
  readonly week: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days (28-31) in `month` (1-12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

function isValidYmd(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 for a valid civil date (Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function format(year: number, month: number, day: number): LocalDate {
  const y = year < 1000 ? String(year).padStart(4, '0') : String(year);
  return `${y}-${pad2(month)}-${pad2(day)}` as LocalDate;
}

// Bounded caches: a school year touches a few hundred distinct days, so hits are the norm.
const CACHE_LIMIT = 50_000;
const dayNumberCache = new Map<string, number>();
const dateCache = new Map<number, LocalDate>();

function remember<K, V>(cache: Map<K, V>, key: K, value: V): V {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/**
 * Parses a strict 'YYYY-MM-DD' string naming a real calendar day (years 0001-9999); anything
 * else ('2025-02-29', '2025-13-01', '2025-1-01', '2025-01-01T00:00') gives null.
 */
export function parseLocalDate(s: string): LocalDate | null {
  if (dayNumberCache.has(s)) return s as LocalDate;
  const m = DATE_PATTERN.exec(s);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isValidYmd(year, month, day)) return null;
  remember(dayNumberCache, s, daysFromCivil(year, month, day));
  return s as LocalDate;
}

/** Like parseLocalDate, for literals known to be valid (fixtures, built-in data); throws RangeError otherwise. */
export function mustParseLocalDate(s: string): LocalDate {
  const d = parseLocalDate(s);
  if (d === null) throw new RangeError(`Not a calendar day: ${s}`);
  return d;
}

/** The day `year`-`month`-`day` (month 1-12); throws RangeError when that day does not exist. */
export function localDate(year: number, month: number, day: number): LocalDate {
  if (!isValidYmd(year, month, day)) {
    throw new RangeError(`Not a calendar day: ${year}-${month}-${day}`);
  }
  return format(year, month, day);
}

/** Days since 1970-01-01 (negative before it); the inverse of fromDayNumber. */
export function toDayNumber(d: LocalDate): number {
  const cached = dayNumberCache.get(d);
  if (cached !== undefined) return cached;
  // A LocalDate is valid by construction, so the fixed positions can be read directly.
  const n = daysFromCivil(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10)));
  return remember(dayNumberCache, d as string, n);
}

/** The day `n` days after 1970-01-01 (Hinnant's civil_from_days); the inverse of toDayNumber. */
export function fromDayNumber(n: number): LocalDate {
  const cached = dateCache.get(n);
  if (cached !== undefined) return cached;
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const d = format(year, month, day);
  remember(dayNumberCache, d as string, n);
  return remember(dateCache, n, d);
}

/** The day `days` days after `d` (before it when negative). */
export function addDays(d: LocalDate, days: number): LocalDate {
  return days === 0 ? d : fromDayNumber(toDayNumber(d) + days);
}

/** Negative when `a` is before `b`, 0 when equal, positive after (usable as a sort comparator). */
export function compareDates(a: LocalDate, b: LocalDate): -1 | 0 | 1 {
  // The fixed-width format sorts like the calendar.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Calendar days from `a` to `b` (b - a): 1 for consecutive days, negative when `b` is earlier. */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** ISO day of the week of the day `n` days after 1970-01-01 (a Thursday), as isoDayOfWeek. */
export function isoDayOfWeekOfNumber(n: number): IsoDayOfWeek {
  return (((((n + 3) % 7) + 7) % 7) + 1) as IsoDayOfWeek;
}

/** ISO day of the week of `d`: 1 = Monday ... 7 = Sunday. */
export function isoDayOfWeek(d: LocalDate): IsoDayOfWeek {
  return isoDayOfWeekOfNumber(toDayNumber(d));
}

/** The calendar year of `d`. */
export function yearOf(d: LocalDate): number {
  return Number(d.slice(0, 4));
}

/** The month of `d`, 1 = January. */
export function monthOf(d: LocalDate): number {
  return Number(d.slice(5, 7));
}

/** The ISO 8601 week of `d`: the week (Monday-Sunday) and the year its Thursday falls in. */
export function isoWeekOf(d: LocalDate): IsoWeek {
  const n = toDayNumber(d);
  const thursday = n - isoDayOfWeekOfNumber(n) + 4;
  const isoYear = yearOf(fromDayNumber(thursday));
  const week = Math.floor((thursday - daysFromCivil(isoYear, 1, 1)) / 7) + 1;
  return { isoYear, week };
}

/** 53 when the ISO year `isoYear` has a week 53 (it starts on a Thursday, or a Wednesday in a leap year), else 52. */
export function isoWeeksInYear(isoYear: number): 52 | 53 {
  const jan1 = isoDayOfWeekOfNumber(daysFromCivil(isoYear, 1, 1));
  return jan1 === 4 || (jan1 === 3 && isLeapYear(isoYear)) ? 53 : 52;
}

/** The Monday of ISO week `week` of `isoYear`; throws RangeError when that year has no such week. */
export function mondayOfIsoWeek(isoYear: number, week: number): LocalDate {
  if (!Number.isInteger(week) || week < 1 || week > isoWeeksInYear(isoYear)) {
    throw new RangeError(`No ISO week ${week} in ${isoYear}`);
  }
  // Week 1 is the week holding 4 January.
  const jan4 = daysFromCivil(isoYear, 1, 4);
  const monday1 = jan4 - isoDayOfWeekOfNumber(jan4) + 1;
  return fromDayNumber(monday1 + (week - 1) * 7);
}

/** The first day of the month `d` is in. */
export function startOfMonth(d: LocalDate): LocalDate {
  return format(yearOf(d), monthOf(d), 1);
}

/** The last day of the month `d` is in. */
export function endOfMonth(d: LocalDate): LocalDate {
  const year = yearOf(d);
  const month = monthOf(d);
  return format(year, month, daysInMonth(year, month));
}

/** The earlier of two days. */
export function minDate(a: LocalDate, b: LocalDate): LocalDate {
  return a <= b ? a : b;
}

/** The later of two days. */
export function maxDate(a: LocalDate, b: LocalDate): LocalDate {
  return a >= b ? a : b;
}

/** Every day from `a` to `b`, both inclusive, in order; empty when `b` is before `a`. */
export function eachDay(a: LocalDate, b: LocalDate): LocalDate[] {
  const first = toDayNumber(a);
  const last = toDayNumber(b);
  const days: LocalDate[] = [];
  for (let n = first; n <= last; n++) days.push(fromDayNumber(n));
  return days;
}

/** Converts a LocalDate to a Date at UTC midnight, for formatting with date-fns in the UI. */
export function toUtcDate(d: LocalDate): Date {
  return new Date(toDayNumber(d) * 86_400_000);
}
