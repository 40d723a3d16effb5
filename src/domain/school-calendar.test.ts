import { describe, expect, it } from 'vitest';
import { jamsa2025, jamsa2026 } from './calendars/jamsa';
import { mustParseLocalDate as d } from './local-date';
import type { Break, SchoolYear } from './model';
import {
  buildSchoolCalendar,
  countSchoolDays,
  expectedSchoolDays,
  validateSchoolYear,
} from './school-calendar';

const cal2025 = buildSchoolCalendar(jamsa2025);
const cal2026 = buildSchoolCalendar(jamsa2026);

/** A variant of Jämsä 2025-2026 with overrides. */
function year2025(overrides: Partial<SchoolYear> = {}): SchoolYear {
  return { ...jamsa2025, ...overrides };
}
function withWinterBreak(start: string, end: string): SchoolYear {
  const breaks: Break[] = jamsa2025.breaks.map((b) =>
    b.kind === 'winter' ? { ...b, start: d(start), end: d(end) } : b,
  );
  return year2025({ breaks });
}

describe('Jämsä school-day counts', () => {
  /*
   * Counted by hand, week by week, and equal to what Jämsä publishes (188 and 189; Kotka, with the
   * same term dates, publishes the same per-term figures 93 + 95 and 89 + 100):
   * 2025-2026 autumn: Wed 6 - Fri 8 Aug = 3; 19 full weeks Mon 11 Aug - Fri 19 Dec = 95, less the
   *   autumn break 5 = 90 (6 Dec is a Saturday) -> 93.
   * 2025-2026 spring: Wed 7 - Fri 9 Jan = 3; 20 full weeks Mon 12 Jan - Fri 29 May = 100, less the
   *   winter break 5, Good Friday 3 Apr, Easter Monday 6 Apr, May Day Fri 1 May and Ascension
   *   Day Thu 14 May = 91, plus Sat 30 May -> 95. Year: 188 = 190 - 6 Jan (Tue) - 1 May (Fri).
   * 2026-2027 autumn: Wed 12 - Fri 14 Aug = 3; 18 full weeks Mon 17 Aug - Fri 18 Dec = 90, less
   *   the autumn break 5 (6 Dec is a Sunday) = 85, plus Sat 19 Dec -> 89.
   * 2026-2027 spring: Thu 7 - Fri 8 Jan = 2; 21 full weeks Mon 11 Jan - Fri 4 Jun = 105, less the
   *   winter break 5, Good Friday 26 Mar, Easter Monday 29 Mar and Ascension Day Thu 6 May (1 May
   *   is a Saturday) = 97, plus Sat 5 Jun -> 100. Year: 189 = 190 - 6 Jan (Wed).
   */
  it.each([
    [
      '2025-2026',
      cal2025,
      jamsa2025,
      188,
      '2025-08-06',
      '2025-12-19',
      93,
      '2026-01-07',
      '2026-05-30',
      95,
    ],
    [
      '2026-2027',
      cal2026,
      jamsa2026,
      189,
      '2026-08-12',
      '2026-12-19',
      89,
      '2027-01-07',
      '2027-06-05',
      100,
    ],
  ] as const)('%s: %#', (_name, cal, year, total, aStart, aEnd, aCount, sStart, sEnd, sCount) => {
    expect(cal.schoolDayCount).toBe(total);
    expect(countSchoolDays(year)).toBe(total);
    expect(expectedSchoolDays(year)).toBe(total);
    expect(cal.terms.autumn).toEqual({ start: aStart, end: aEnd });
    expect(cal.terms.spring).toEqual({ start: sStart, end: sEnd });
    expect(cal.schoolDaysBetween(d(aStart), d(aEnd))).toBe(aCount);
    expect(cal.schoolDaysBetween(d(sStart), d(sEnd))).toBe(sCount);
    expect(validateSchoolYear(year)).toEqual([]);
  });

  it('lists the school days in order, without duplicates', () => {
    const days = cal2025.schoolDays;
    expect(days[0]).toBe('2025-08-06');
    expect(days[days.length - 1]).toBe('2026-05-30');
    expect(days.every((day, i) => i === 0 || (days[i - 1] ?? '') < day)).toBe(true);
  });
});

describe('dayKind', () => {
  it.each([
    ['2025-08-05', { kind: 'outsideTerm' }],
    ['2025-08-06', { kind: 'school' }],
    ['2025-08-09', { kind: 'weekend' }],
    ['2025-10-15', { kind: 'break', breakKind: 'autumn' }],
    ['2025-10-19', { kind: 'break', breakKind: 'autumn' }],
    ['2025-12-06', { kind: 'holiday', holiday: 'independenceDay' }],
    ['2025-12-22', { kind: 'break', breakKind: 'christmas' }],
    ['2025-12-25', { kind: 'holiday', holiday: 'christmasDay' }],
    ['2026-01-06', { kind: 'holiday', holiday: 'epiphany' }],
    ['2026-02-25', { kind: 'break', breakKind: 'winter' }],
    ['2026-04-03', { kind: 'holiday', holiday: 'goodFriday' }],
    ['2026-04-06', { kind: 'holiday', holiday: 'easterMonday' }],
    ['2026-05-01', { kind: 'holiday', holiday: 'mayDay' }],
    ['2026-05-14', { kind: 'holiday', holiday: 'ascensionDay' }],
    ['2026-05-29', { kind: 'school' }],
    ['2026-05-30', { kind: 'school' }],
    ['2026-05-31', { kind: 'outsideTerm' }],
    ['2026-06-19', { kind: 'outsideTerm' }],
    ['2024-01-01', { kind: 'outsideTerm' }],
  ])('2025-2026 %s', (day, kind) => {
    expect(cal2025.dayKind(d(day))).toEqual(kind);
    expect(cal2025.isSchoolDay(d(day))).toBe(kind.kind === 'school');
  });

  it('treats a listed Saturday as a school day', () => {
    expect(cal2026.dayKind(d('2026-12-19'))).toEqual({ kind: 'school' });
    expect(cal2026.dayKind(d('2026-12-12'))).toEqual({ kind: 'weekend' });
  });

  it('reports an extra day off and drops it from the count', () => {
    const year = year2025({ extraDaysOff: [d('2025-11-21')] });
    const cal = buildSchoolCalendar(year);
    expect(cal.dayKind(d('2025-11-21'))).toEqual({ kind: 'dayOff' });
    expect(cal.schoolDayCount).toBe(187);
    expect(countSchoolDays(year)).toBe(187);
  });

  it('does not let an extra school day override a break or a holiday', () => {
    const year = year2025({
      extraSchoolDays: [d('2025-10-18'), d('2025-12-06'), d('2026-05-30')],
    });
    const cal = buildSchoolCalendar(year);
    expect(cal.isSchoolDay(d('2025-10-18'))).toBe(false);
    expect(cal.isSchoolDay(d('2025-12-06'))).toBe(false);
    expect(cal.schoolDayCount).toBe(188);
    expect(countSchoolDays(year)).toBe(188);
  });
});

describe('lookups', () => {
  it.each([
    // date, index, next on or after, previous on or before
    ['2025-08-06', 0, '2025-08-06', '2025-08-06'],
    ['2025-08-09', -1, '2025-08-11', '2025-08-08'],
    ['2025-08-01', -1, '2025-08-06', null],
    ['2020-01-01', -1, '2025-08-06', null],
    ['2025-10-13', -1, '2025-10-20', '2025-10-10'],
    ['2025-12-24', -1, '2026-01-07', '2025-12-19'],
    ['2026-05-30', 187, '2026-05-30', '2026-05-30'],
    ['2026-06-01', -1, null, '2026-05-30'],
    ['2030-01-01', -1, null, '2026-05-30'],
  ])('%s', (day, index, next, previous) => {
    expect(cal2025.schoolDayIndex(d(day))).toBe(index);
    expect(cal2025.nextSchoolDayOnOrAfter(d(day))).toBe(next);
    expect(cal2025.previousSchoolDayOnOrBefore(d(day))).toBe(previous);
  });

  it.each([
    ['2025-08-06', '2025-08-08', 3],
    ['2025-08-01', '2025-08-31', 18],
    ['2025-10-01', '2025-10-31', 18],
    ['2025-12-01', '2025-12-31', 15],
    ['2026-04-01', '2026-04-30', 20],
    ['2026-05-01', '2026-05-31', 20], // 1 May and 14 May off, Sat 30 May on
    ['2026-05-30', '2026-05-30', 1],
    ['2025-08-08', '2025-08-06', 0],
    ['2020-01-01', '2030-01-01', 188],
  ])('schoolDaysBetween(%s, %s) = %i', (a, b, n) => {
    expect(cal2025.schoolDaysBetween(d(a), d(b))).toBe(n);
  });
});

describe('winter break in week 8, 9 or 10', () => {
  // Each is a full week of 2026 with no holiday in it, so the year keeps its 188 school days.
  it.each([
    ['2026-02-16', '2026-02-22', '2026-02-13', '2026-02-23'],
    ['2026-02-23', '2026-03-01', '2026-02-20', '2026-03-02'],
    ['2026-03-02', '2026-03-08', '2026-02-27', '2026-03-09'],
  ])('%s..%s', (start, end, before, after) => {
    const cal = buildSchoolCalendar(withWinterBreak(start, end));
    expect(cal.schoolDayCount).toBe(188);
    expect(cal.dayKind(d(start))).toEqual({ kind: 'break', breakKind: 'winter' });
    expect(cal.previousSchoolDayOnOrBefore(d(start))).toBe(before);
    expect(cal.nextSchoolDayOnOrAfter(d(start))).toBe(after);
  });
});

describe('a year starting on a Wednesday', () => {
  it('has three school days in its first week and counts from there', () => {
    expect(cal2026.schoolDaysBetween(d('2026-08-10'), d('2026-08-16'))).toBe(3);
    expect(cal2026.schoolDays.slice(0, 4)).toEqual([
      '2026-08-12',
      '2026-08-13',
      '2026-08-14',
      '2026-08-17',
    ]);
    expect(cal2026.schoolDayIndex(d('2026-08-17'))).toBe(3);
  });
});

describe('terms', () => {
  it('splits at 1 January when there is no Christmas break', () => {
    const cal = buildSchoolCalendar(year2025({ breaks: [] }));
    // Mon 29 - Wed 31 Dec 2025 are school days then; 1 Jan is a holiday.
    expect(cal.terms.autumn).toEqual({ start: '2025-08-06', end: '2025-12-31' });
    expect(cal.terms.spring).toEqual({ start: '2026-01-02', end: '2026-05-30' });
  });

  it('has no spring term when the year ends before Christmas', () => {
    const cal = buildSchoolCalendar(
      year2025({ lastDay: d('2025-12-19'), breaks: [], extraSchoolDays: [] }),
    );
    expect(cal.terms.autumn).toEqual({ start: '2025-08-06', end: '2025-12-19' });
    expect(cal.terms.spring).toBeNull();
  });
});

describe('validateSchoolYear', () => {
  it.each([
    [{ firstDay: d('2025-07-31') }, ['FIRST_DAY_OUTSIDE_YEAR']],
    [{ lastDay: d('2026-08-01'), extraSchoolDays: [] }, ['LAST_DAY_OUTSIDE_YEAR']],
    [
      { firstDay: d('2026-06-01'), lastDay: d('2026-05-30'), breaks: [], extraSchoolDays: [] },
      ['LAST_DAY_BEFORE_FIRST_DAY'],
    ],
    [
      { breaks: [{ kind: 'autumn', start: d('2025-10-17'), end: d('2025-10-13') }] },
      ['BREAK_END_BEFORE_START'],
    ],
    [
      { breaks: [{ kind: 'other', start: d('2026-06-01'), end: d('2026-06-05') }] },
      ['BREAK_OUTSIDE_YEAR'],
    ],
    [
      {
        breaks: [
          { kind: 'autumn', start: d('2025-10-13'), end: d('2025-10-19') },
          { kind: 'other', start: d('2025-10-17'), end: d('2025-10-20') },
        ],
      },
      ['BREAKS_OVERLAP'],
    ],
    [
      {
        breaks: [
          { kind: 'winter', start: d('2026-02-16'), end: d('2026-02-20') },
          { kind: 'winter', start: d('2026-03-02'), end: d('2026-03-06') },
        ],
      },
      ['DUPLICATE_BREAK'],
    ],
    [{ extraDaysOff: [d('2026-06-02')] }, ['DAY_OFF_OUTSIDE_YEAR']],
    [{ extraSchoolDays: [d('2026-06-06')] }, ['EXTRA_SCHOOL_DAY_OUTSIDE_YEAR']],
    [
      {
        firstDay: d('2025-10-13'),
        lastDay: d('2025-10-17'),
        breaks: [],
        extraDaysOff: [],
        extraSchoolDays: [d('2025-10-18')],
      },
      ['EXTRA_SCHOOL_DAY_OUTSIDE_YEAR'],
    ],
    [
      {
        firstDay: d('2025-10-13'),
        lastDay: d('2025-10-17'),
        breaks: [{ kind: 'autumn', start: d('2025-10-13'), end: d('2025-10-17') }],
        extraSchoolDays: [],
      },
      ['NO_SCHOOL_DAYS'],
    ],
    [{ startYear: 2025.5 }, ['START_YEAR_INVALID']],
    [{ startYear: 2024 }, ['FIRST_DAY_OUTSIDE_YEAR', 'LAST_DAY_OUTSIDE_YEAR']],
  ] as const)('%j -> %j', (overrides, codes) => {
    expect(validateSchoolYear(year2025(overrides))).toEqual(codes);
  });
});

describe('expectedSchoolDays', () => {
  it.each([
    // 6 Dec, 6 Jan, 1 May: each one on Monday-Friday takes a day off 190.
    [2024, 187], // Fri, Mon, Thu
    [2025, 188], // Sat, Tue, Fri
    [2026, 189], // Sun, Wed, Sat
    [2027, 187], // Mon, Thu, Mon
    [2028, 188], // Wed, Sat, Tue
    [2031, 189], // Sat, Tue, Sat
  ])('%i: %i', (startYear, expected) => {
    expect(expectedSchoolDays(year2025({ startYear }))).toBe(expected);
  });
});
