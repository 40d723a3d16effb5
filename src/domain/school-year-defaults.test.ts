import { describe, expect, it } from 'vitest';
import { organizationId, schoolYearId } from './ids';
import { buildSchoolCalendar, expectedSchoolDays, validateSchoolYear } from './school-calendar';
import {
  autumnBreakIn,
  christmasBreakIn,
  defaultSchoolYear,
  firstDayIn,
  lastDayIn,
  winterBreakIn,
} from './school-year-defaults';

describe('Finnish defaults', () => {
  it.each<[number, 42 | 43, string, string]>([
    // Jämsä 2025: 13-17 Oct; 2026: 12-16 Oct (both week 42).
    [2025, 42, '2025-10-13', '2025-10-17'],
    [2025, 43, '2025-10-20', '2025-10-24'],
    [2026, 42, '2026-10-12', '2026-10-16'],
    [2026, 43, '2026-10-19', '2026-10-23'],
  ])('autumn break %i in week %i: %s - %s', (year, week, start, end) => {
    expect(autumnBreakIn(year, week)).toEqual({ kind: 'autumn', start, end });
  });

  it.each<[number, 8 | 9 | 10, string, string]>([
    // Jämsä 2026: 23-27 Feb (week 9); 2027: 1-5 Mar (week 9).
    [2025, 8, '2026-02-16', '2026-02-20'],
    [2025, 9, '2026-02-23', '2026-02-27'],
    [2025, 10, '2026-03-02', '2026-03-06'],
    [2026, 9, '2027-03-01', '2027-03-05'],
  ])('winter break %i in week %i: %s - %s', (year, week, start, end) => {
    expect(winterBreakIn(year, week)).toEqual({ kind: 'winter', start, end });
  });

  it.each<[number, string, string]>([
    // 21 Dec 2025 is a Sunday: the term ends Fri 19 Dec (Jämsä too).
    [2025, '2025-12-20', '2026-01-06'],
    // 21 Dec 2026 is a Monday: Fri 18 Dec.
    [2026, '2026-12-19', '2027-01-06'],
    // 21 Dec 2029 is a Friday: the term ends that day.
    [2029, '2029-12-22', '2030-01-06'],
    // 21 Dec 2024 is a Saturday.
    [2024, '2024-12-21', '2025-01-06'],
  ])('Christmas break %i: %s - %s', (year, start, end) => {
    expect(christmasBreakIn(year)).toEqual({ kind: 'christmas', start, end });
  });

  it.each<[number, string, string, string]>([
    // Week 33 of 2025 is 11-17 Aug; week 22 of 2026 is 25-31 May (Jämsä: Sat 30 May).
    [2025, '2025-08-13', '2025-08-14', '2026-05-30'],
    // Week 33 of 2026 is 10-16 Aug; week 22 of 2027 is 31 May - 6 Jun (Jämsä: Sat 5 Jun).
    [2026, '2026-08-12', '2026-08-13', '2027-06-05'],
    [2027, '2027-08-18', '2027-08-19', '2028-06-03'],
  ])('%i: first day Wed %s or Thu %s, last day Sat %s', (year, wed, thu, last) => {
    expect(firstDayIn(year)).toBe(wed);
    expect(firstDayIn(year, 4)).toBe(thu);
    expect(lastDayIn(year)).toBe(last);
  });

  it.each<[number, 42 | 43, 8 | 9 | 10, number]>([
    // Jämsä's own 2026-2027 (first day 12 Aug, 19 Dec a school day) has 189 = 190 - Epiphany;
    // the defaults end the autumn term a day earlier.
    [2026, 42, 9, 188],
    // Jämsä's 2025-2026 has 188 from Wed 6 Aug; the defaults start a week later (13 Aug).
    [2025, 42, 9, 183],
  ])(
    'a default year %i (weeks %i and %i) is valid, with %i school days',
    (year, autumn, winter, days) => {
      const y = defaultSchoolYear(schoolYearId(`sy-${year}`), organizationId('org'), year, {
        autumnWeek: autumn,
        winterWeek: winter,
      });
      expect(validateSchoolYear(y)).toEqual([]);
      expect(y.extraSchoolDays).toEqual([y.lastDay]);
      expect(buildSchoolCalendar(y).schoolDayCount).toBe(days);
      expect(expectedSchoolDays(y)).toBeGreaterThanOrEqual(days);
    },
  );
});
