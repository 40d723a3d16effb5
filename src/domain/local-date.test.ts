import { getISODay, getISOWeek, getISOWeekYear } from 'date-fns';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysBetween,
  daysInMonth,
  eachDay,
  endOfMonth,
  fromDayNumber,
  isoDayOfWeek,
  isoWeekOf,
  isoWeeksInYear,
  localDate,
  maxDate,
  minDate,
  mondayOfIsoWeek,
  monthOf,
  mustParseLocalDate as d,
  parseLocalDate,
  startOfMonth,
  toDayNumber,
  toUtcDate,
  yearOf,
} from './local-date';

describe('parseLocalDate', () => {
  it.each([
    ['2025-08-06', '2025-08-06'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2025-12-31', '2025-12-31'],
    ['2025-02-29', null],
    ['1900-02-29', null],
    ['2025-13-01', null],
    ['2025-00-10', null],
    ['2025-04-31', null],
    ['2025-01-00', null],
    ['2025-1-01', null],
    ['2025-01-1', null],
    ['25-01-01', null],
    ['2025-01-01T00:00', null],
    [' 2025-01-01', null],
    ['2025/01/01', null],
    ['', null],
  ])('%j -> %j', (input, expected) => {
    expect(parseLocalDate(input)).toBe(expected);
  });
});

describe('localDate', () => {
  it('builds zero-padded days', () => {
    expect(localDate(2026, 1, 6)).toBe('2026-01-06');
  });
  it.each([
    [2025, 2, 29],
    [2025, 13, 1],
    [2025, 4, 31],
    [2025, 1.5, 1],
  ])('refuses %i-%i-%i', (y, m, day) => {
    expect(() => localDate(y, m, day)).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2025-08-06', 20306],
  ])('toDayNumber(%s) = %i and back', (s, n) => {
    expect(toDayNumber(d(s))).toBe(n);
    expect(fromDayNumber(n)).toBe(s);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2025-08-06', 0, '2025-08-06'],
    ['2025-08-06', 365, '2026-08-06'],
    ['2028-03-01', -1, '2028-02-29'],
  ])('addDays(%s, %i) = %s', (s, n, expected) => {
    expect(addDays(d(s), n)).toBe(expected);
  });

  it.each([
    ['2025-08-06', '2025-08-07', 1],
    ['2025-08-07', '2025-08-06', -1],
    ['2024-02-01', '2024-03-01', 29],
    ['2025-02-01', '2025-03-01', 28],
    ['2025-08-01', '2026-07-31', 364],
    ['2027-08-01', '2028-07-31', 365],
  ])('daysBetween(%s, %s) = %i', (a, b, n) => {
    expect(daysBetween(d(a), d(b))).toBe(n);
  });

  it('compares, takes min and max', () => {
    expect(compareDates(d('2025-09-30'), d('2025-10-01'))).toBe(-1);
    expect(compareDates(d('2025-10-01'), d('2025-10-01'))).toBe(0);
    expect(compareDates(d('2026-01-01'), d('2025-12-31'))).toBe(1);
    expect(minDate(d('2026-01-01'), d('2025-12-31'))).toBe('2025-12-31');
    expect(maxDate(d('2026-01-01'), d('2025-12-31'))).toBe('2026-01-01');
  });

  it('lists each day inclusive, none when reversed', () => {
    expect(eachDay(d('2024-02-27'), d('2024-03-01'))).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
    ]);
    expect(eachDay(d('2025-05-01'), d('2025-05-01'))).toEqual(['2025-05-01']);
    expect(eachDay(d('2025-05-02'), d('2025-05-01'))).toEqual([]);
  });
});

describe('months', () => {
  it.each([
    ['2024-02-10', 2024, 2, '2024-02-01', '2024-02-29'],
    ['2025-02-10', 2025, 2, '2025-02-01', '2025-02-28'],
    ['2025-04-30', 2025, 4, '2025-04-01', '2025-04-30'],
    ['2025-12-01', 2025, 12, '2025-12-01', '2025-12-31'],
  ])('%s: year %i month %i, %s..%s', (s, y, m, first, last) => {
    expect(yearOf(d(s))).toBe(y);
    expect(monthOf(d(s))).toBe(m);
    expect(startOfMonth(d(s))).toBe(first);
    expect(endOfMonth(d(s))).toBe(last);
  });
  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2100, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
  });
});

describe('ISO weeks', () => {
  it.each([
    ['2025-08-06', 3],
    ['2025-08-04', 1],
    ['2025-08-10', 7],
    ['2026-05-30', 6],
    ['1970-01-01', 4],
    ['1969-12-28', 7],
  ])('isoDayOfWeek(%s) = %i', (s, dow) => {
    expect(isoDayOfWeek(d(s))).toBe(dow);
  });

  it.each([
    ['2020-12-31', 2020, 53],
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2024-12-30', 2025, 1],
    ['2025-10-13', 2025, 42],
    ['2025-12-28', 2025, 52],
    ['2026-01-01', 2026, 1],
    ['2025-12-29', 2026, 1],
    ['2026-12-31', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2027-03-01', 2027, 9],
    ['2032-12-31', 2032, 53],
    ['2033-01-02', 2032, 53],
    ['2037-12-31', 2037, 53],
    ['2038-01-03', 2037, 53],
    ['2038-01-04', 2038, 1],
  ])('isoWeekOf(%s) = %i-W%i', (s, isoYear, week) => {
    expect(isoWeekOf(d(s))).toEqual({ isoYear, week });
  });

  it.each([
    [2020, 53],
    [2021, 52],
    [2025, 52],
    [2026, 53],
    [2027, 52],
    [2032, 53],
    [2037, 53],
    [2015, 53],
    [2004, 53],
  ])('isoWeeksInYear(%i) = %i', (y, n) => {
    expect(isoWeeksInYear(y)).toBe(n);
  });

  it.each([
    [2025, 1, '2024-12-30'],
    [2025, 42, '2025-10-13'],
    [2026, 1, '2025-12-29'],
    [2026, 9, '2026-02-23'],
    [2026, 42, '2026-10-12'],
    [2026, 53, '2026-12-28'],
    [2027, 1, '2027-01-04'],
    [2027, 9, '2027-03-01'],
    [2020, 53, '2020-12-28'],
  ])('mondayOfIsoWeek(%i, %i) = %s', (y, w, s) => {
    expect(mondayOfIsoWeek(y, w)).toBe(s);
  });

  it('has no week 53 in a 52-week year, nor week 0', () => {
    expect(() => mondayOfIsoWeek(2025, 53)).toThrow(RangeError);
    expect(() => mondayOfIsoWeek(2025, 0)).toThrow(RangeError);
  });

  it('agrees with date-fns on every day of 1999-2041', () => {
    for (let n = toDayNumber(d('1999-01-01')); n <= toDayNumber(d('2041-12-31')); n++) {
      const day = fromDayNumber(n);
      const date = toUtcDate(day);
      // date-fns works in local time; a UTC midnight read in a zone west of UTC is the day before,
      // so compare against a local Date of the same calendar day.
      const local = new Date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
      const week = isoWeekOf(day);
      if (
        week.week !== getISOWeek(local) ||
        week.isoYear !== getISOWeekYear(local) ||
        isoDayOfWeek(day) !== getISODay(local)
      ) {
        throw new Error(`mismatch on ${day}`);
      }
      expect(parseLocalDate(day)).toBe(day);
    }
  });
});
