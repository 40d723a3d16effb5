import { describe, expect, it } from 'vitest';
import { easterSunday, finnishHolidays } from './holidays';

describe('easterSunday', () => {
  // Checked against python-dateutil's easter() (EASTER_WESTERN), an independent implementation.
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
    [2031, '2031-04-13'],
    [2032, '2032-03-28'],
    [2033, '2033-04-17'],
    [2034, '2034-04-09'],
    [2035, '2035-03-25'],
    // The extremes of the Gregorian range: 22 March and 25 April.
    [2285, '2285-03-22'],
    [2038, '2038-04-25'],
  ])('%i: %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });
});

describe('finnishHolidays', () => {
  it('lists 2026 in date order', () => {
    expect(finnishHolidays(2026)).toEqual([
      { date: '2026-01-01', code: 'newYearsDay' },
      { date: '2026-01-06', code: 'epiphany' },
      { date: '2026-04-03', code: 'goodFriday' },
      { date: '2026-04-05', code: 'easterSunday' },
      { date: '2026-04-06', code: 'easterMonday' },
      { date: '2026-05-01', code: 'mayDay' },
      { date: '2026-05-14', code: 'ascensionDay' },
      { date: '2026-05-24', code: 'pentecost' },
      { date: '2026-06-19', code: 'midsummerEve' },
      { date: '2026-06-20', code: 'midsummerDay' },
      { date: '2026-10-31', code: 'allSaintsDay' },
      { date: '2026-12-06', code: 'independenceDay' },
      { date: '2026-12-24', code: 'christmasEve' },
      { date: '2026-12-25', code: 'christmasDay' },
      { date: '2026-12-26', code: 'stStephensDay' },
    ]);
  });

  const dateOf = (year: number, code: string) =>
    finnishHolidays(year).find((h) => h.code === code)?.date;

  it.each([
    [2026, 'ascensionDay', '2026-05-14'],
    [2027, 'ascensionDay', '2027-05-06'],
    [2027, 'goodFriday', '2027-03-26'],
    [2027, 'easterMonday', '2027-03-29'],
    [2025, 'midsummerEve', '2025-06-20'],
    [2025, 'midsummerDay', '2025-06-21'],
    // Midsummer Day on its extremes: Saturday 20 June and Saturday 26 June.
    [2026, 'midsummerDay', '2026-06-20'],
    [2027, 'midsummerDay', '2027-06-26'],
    [2027, 'midsummerEve', '2027-06-25'],
    [2025, 'allSaintsDay', '2025-11-01'],
    [2027, 'allSaintsDay', '2027-11-06'],
    [2026, 'allSaintsDay', '2026-10-31'],
  ])('%i %s is %s', (year, code, expected) => {
    expect(dateOf(year, code)).toBe(expected);
  });

  it('puts Ascension Day before May Day when Easter is earliest', () => {
    // Easter 2285 is 22 March, so Ascension Day is 30 April.
    const codes = finnishHolidays(2285).map((h) => h.code);
    expect(codes.indexOf('ascensionDay')).toBeLessThan(codes.indexOf('mayDay'));
  });
});
