/**
 * Finnish national holidays (and the de facto holidays Midsummer Eve and Christmas Eve), computed
 * per calendar year; nothing is stored. The UI translates the codes.
 */
import { addDays, isoDayOfWeek, localDate, toDayNumber, fromDayNumber } from './local-date';
import type { LocalDate } from './local-date';

export const HOLIDAY_CODES = [
  'newYearsDay',
  'epiphany',
  'goodFriday',
  'easterSunday',
  'easterMonday',
  'mayDay',
  'ascensionDay',
  'pentecost',
  'midsummerEve',
  'midsummerDay',
  'allSaintsDay',
  'independenceDay',
  'christmasEve',
  'christmasDay',
  'stStephensDay',
] as const;
/** uudenvuodenpäivä, loppiainen, pitkäperjantai, pääsiäispäivä, 2. pääsiäispäivä, vappu, helatorstai, helluntaipäivä, juhannusaatto, juhannuspäivä, pyhäinpäivä, itsenäisyyspäivä, jouluaatto, joulupäivä, tapaninpäivä. */
export type HolidayCode = (typeof HOLIDAY_CODES)[number];

export interface Holiday {
  readonly date: LocalDate;
  readonly code: HolidayCode;
}

/**
 * Easter Sunday of `year` in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher"
 * algorithm), valid for every year from 1583.
 */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return localDate(year, month, day);
}

/** The first day on or after `from` that is ISO weekday `dow` (1 = Monday ... 7 = Sunday). */
function weekdayOnOrAfter(from: LocalDate, dow: number): LocalDate {
  const shift = (dow - isoDayOfWeek(from) + 7) % 7;
  return fromDayNumber(toDayNumber(from) + shift);
}

/**
 * Every Finnish national holiday of calendar year `year`, sorted by date: the fixed ones, the
 * Easter-based ones (Good Friday = Easter - 2, Easter Monday = Easter + 1, Ascension Day =
 * Easter + 39, Pentecost = Easter + 49), Midsummer Eve and Day (the Friday 19-25 June and the
 * Saturday 20-26 June) and All Saints' Day (the Saturday 31 October - 6 November).
 */
export function finnishHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const midsummerDay = weekdayOnOrAfter(localDate(year, 6, 20), 6);
  const holidays: Holiday[] = [
    { date: localDate(year, 1, 1), code: 'newYearsDay' },
    { date: localDate(year, 1, 6), code: 'epiphany' },
    { date: addDays(easter, -2), code: 'goodFriday' },
    { date: easter, code: 'easterSunday' },
    { date: addDays(easter, 1), code: 'easterMonday' },
    { date: localDate(year, 5, 1), code: 'mayDay' },
    { date: addDays(easter, 39), code: 'ascensionDay' },
    { date: addDays(easter, 49), code: 'pentecost' },
    { date: addDays(midsummerDay, -1), code: 'midsummerEve' },
    { date: midsummerDay, code: 'midsummerDay' },
    { date: weekdayOnOrAfter(localDate(year, 10, 31), 6), code: 'allSaintsDay' },
    { date: localDate(year, 12, 6), code: 'independenceDay' },
    { date: localDate(year, 12, 24), code: 'christmasEve' },
    { date: localDate(year, 12, 25), code: 'christmasDay' },
    { date: localDate(year, 12, 26), code: 'stStephensDay' },
  ];
  // Ascension Day ranges from 30 April to 3 June, so it can fall before (or on) May Day.
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}
