import { describe, expect, it } from 'vitest';
import { jamsa2025, jamsa2026 } from './calendars/jamsa';
import { mustParseLocalDate as d } from './local-date';
import {
  calendarYearOfMonth,
  clampToSchoolYear,
  compareYearMonths,
  formatYearMonth,
  parseYearMonth,
  sameMonthIn,
  schoolYearMonths,
  shiftMonth,
  yearMonthOf,
} from './year-month';

const ym = (year: number, month: number) => ({ year, month });

describe('year-month', () => {
  it.each([
    ['2026-11', ym(2026, 11)],
    ['2027-01', ym(2027, 1)],
    ['2026-13', null],
    ['2026-00', null],
    ['2026-1', null],
    ['26-11', null],
    ['2026-11-01', null],
    ['', null],
  ])('parses %j as %j', (text, expected) => {
    expect(parseYearMonth(text)).toEqual(expected);
  });

  it.each([
    [ym(2026, 11), '2026-11'],
    [ym(2027, 1), '2027-01'],
  ])('writes %j as %s', (value, expected) => {
    expect(formatYearMonth(value)).toBe(expected);
  });

  it.each([
    [ym(2026, 12), 1, ym(2027, 1)],
    [ym(2027, 1), -1, ym(2026, 12)],
    [ym(2026, 8), 11, ym(2027, 7)],
    [ym(2026, 3), -15, ym(2024, 12)],
  ])('shifts %j by %i to %j', (from, by, expected) => {
    expect(shiftMonth(from, by)).toEqual(expected);
  });

  it.each([
    [ym(2026, 11), ym(2026, 12), -1],
    [ym(2027, 1), ym(2026, 12), 1],
    [ym(2026, 11), ym(2026, 11), 0],
  ] as const)('compares %j with %j: %i', (a, b, expected) => {
    expect(compareYearMonths(a, b)).toBe(expected);
  });

  it('knows the month of a day and the calendar year of a school year’s month', () => {
    expect(yearMonthOf(d('2026-11-10'))).toEqual(ym(2026, 11));
    expect([7, 8, 12, 1].map((month) => calendarYearOfMonth(2026, month))).toEqual([
      2027, 2026, 2026, 2027,
    ]);
  });

  // Jämsä 2025-2026: 6 Aug 2025 - 30 May 2026; 2026-2027: 12 Aug 2026 - 5 Jun 2027.
  it('bounds a school year by the months of its first and last school day', () => {
    expect(schoolYearMonths(jamsa2025)).toEqual({ first: ym(2025, 8), last: ym(2026, 5) });
    expect(schoolYearMonths(jamsa2026)).toEqual({ first: ym(2026, 8), last: ym(2027, 6) });
  });

  it.each([
    [ym(2026, 7), ym(2026, 8)],
    [ym(2026, 8), ym(2026, 8)],
    [ym(2026, 11), ym(2026, 11)],
    [ym(2027, 6), ym(2027, 6)],
    [ym(2027, 7), ym(2027, 6)],
    [ym(2030, 1), ym(2027, 6)],
  ])('clamps %j into 2026-2027 as %j', (value, expected) => {
    expect(clampToSchoolYear(value, jamsa2026)).toEqual(expected);
  });

  it.each([
    [ym(2026, 11), jamsa2025, ym(2025, 11)],
    [ym(2026, 3), jamsa2025, ym(2026, 3)],
    [ym(2027, 6), jamsa2025, ym(2026, 5)],
    [ym(2025, 11), jamsa2026, ym(2026, 11)],
  ])('finds %j in another year', (value, year, expected) => {
    expect(sameMonthIn(value, year)).toEqual(expected);
  });
});
