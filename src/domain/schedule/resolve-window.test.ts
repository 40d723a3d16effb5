import { describe, expect, it } from 'vitest';
import { jamsa2025, jamsa2026 } from '../calendars/jamsa';
import { mustParseLocalDate as d } from '../local-date';
import type { SchoolYear, WindowAdjustment } from '../model';
import { buildSchoolCalendar } from '../school-calendar';
import type { TimingRule } from '../timing-rule';
import { resolveRule } from './resolve-window';
import type { ResolvedWindow } from './resolve-window';

const cal2025 = buildSchoolCalendar(jamsa2025);
const cal2026 = buildSchoolCalendar(jamsa2026);

function w(
  start: string,
  end: string,
  adjustment: WindowAdjustment | null = null,
  occurrence = '',
): ResolvedWindow {
  return { occurrence, start: d(start), end: d(end), adjustment };
}
const autumnBreak = { kind: 'movedOutOfBreak', breakKind: 'autumn' } as const;
const christmasBreak = { kind: 'movedOutOfBreak', breakKind: 'christmas' } as const;
const winterBreak = { kind: 'movedOutOfBreak', breakKind: 'winter' } as const;
const clamped = { kind: 'clampedToSchoolYear' } as const;
const offHoliday = { kind: 'movedOffHoliday' } as const;
const offDayOff = { kind: 'movedOffDayOff' } as const;

/*
 * Jämsä 2025-2026: school Wed 6 Aug 2025 - Sat 30 May 2026; breaks 13-19 Oct (week 42),
 * 20 Dec - 6 Jan, 23 Feb - 1 Mar (week 9); weekday holidays Tue 6 Jan, Fri 3 Apr, Mon 6 Apr,
 * Fri 1 May, Thu 14 May.
 */
describe('single windows in 2025-2026', () => {
  it.each<[string, TimingRule, ResolvedWindow]>([
    ['September', { kind: 'month', month: 9, part: 'whole' }, w('2025-09-01', '2025-09-30')],
    // 1-15 Aug, trimmed to the first day Wed 6 Aug.
    [
      'first half of August',
      { kind: 'month', month: 8, part: 'firstHalf' },
      w('2025-08-06', '2025-08-15'),
    ],
    // 16-19 Oct are in the autumn break: the window starts on Mon 20 Oct.
    [
      'second half of October',
      { kind: 'month', month: 10, part: 'secondHalf' },
      w('2025-10-20', '2025-10-31'),
    ],
    [
      'second half of December',
      { kind: 'month', month: 12, part: 'secondHalf' },
      w('2025-12-16', '2025-12-19'),
    ],
    // June is after the last day: the last five school days, Tue 26 - Sat 30 May.
    ['June', { kind: 'month', month: 6, part: 'whole' }, w('2026-05-26', '2026-05-30', clamped)],
    ['week 45', { kind: 'isoWeek', week: 45 }, w('2025-11-03', '2025-11-07')],
    ['week 7', { kind: 'isoWeek', week: 7 }, w('2026-02-09', '2026-02-13')],
    // Thursday 14 May is Ascension Day; the ends are school days, so it stays.
    ['week 20', { kind: 'isoWeek', week: 20 }, w('2026-05-11', '2026-05-15')],
    [
      'week 42 (autumn break)',
      { kind: 'isoWeek', week: 42 },
      w('2025-10-20', '2025-10-24', autumnBreak),
    ],
    [
      'week 9 (winter break)',
      { kind: 'isoWeek', week: 9 },
      w('2026-03-02', '2026-03-06', winterBreak),
    ],
    // 22-26 Dec: the first five school days after the break are Wed 7 - Tue 13 Jan.
    [
      'week 52 (Christmas)',
      { kind: 'isoWeek', week: 52 },
      w('2026-01-07', '2026-01-13', christmasBreak),
    ],
    ['week 32 (first week)', { kind: 'isoWeek', week: 32 }, w('2025-08-06', '2025-08-08')],
    // 28 Jul - 1 Aug, before the first day: the first five school days.
    ['week 31', { kind: 'isoWeek', week: 31 }, w('2025-08-06', '2025-08-12', clamped)],
    // 1-5 Jun 2026, after the last day.
    ['week 23', { kind: 'isoWeek', week: 23 }, w('2026-05-26', '2026-05-30', clamped)],
    [
      'autumn school week 1',
      { kind: 'schoolWeek', term: 'autumn', n: 1 },
      w('2025-08-06', '2025-08-08'),
    ],
    // Weeks 1-10 run to 6-10 Oct; the break week does not count, so week 11 is 20-24 Oct.
    [
      'autumn school week 11',
      { kind: 'schoolWeek', term: 'autumn', n: 11 },
      w('2025-10-20', '2025-10-24'),
    ],
    [
      'autumn school week 19',
      { kind: 'schoolWeek', term: 'autumn', n: 19 },
      w('2025-12-15', '2025-12-19'),
    ],
    [
      'spring school week 1',
      { kind: 'schoolWeek', term: 'spring', n: 1 },
      w('2026-01-07', '2026-01-09'),
    ],
    // The last school week holds the Saturday celebration.
    [
      'spring school week 20',
      { kind: 'schoolWeek', term: 'spring', n: 20 },
      w('2026-05-25', '2026-05-30'),
    ],
    [
      'first five days of autumn',
      {
        kind: 'relative',
        anchor: { kind: 'termStart', term: 'autumn' },
        offsetSchoolDays: 0,
        lengthSchoolDays: 5,
      },
      w('2025-08-06', '2025-08-12'),
    ],
    [
      'last week of autumn',
      {
        kind: 'relative',
        anchor: { kind: 'termEnd', term: 'autumn' },
        offsetSchoolDays: -5,
        lengthSchoolDays: 5,
      },
      w('2025-12-15', '2025-12-19'),
    ],
    [
      'last three days of spring',
      {
        kind: 'relative',
        anchor: { kind: 'termEnd', term: 'spring' },
        offsetSchoolDays: -3,
        lengthSchoolDays: 3,
      },
      w('2026-05-28', '2026-05-30'),
    ],
    [
      'day before the autumn break',
      {
        kind: 'relative',
        anchor: { kind: 'breakStart', breakKind: 'autumn' },
        offsetSchoolDays: -1,
        lengthSchoolDays: 1,
      },
      w('2025-10-10', '2025-10-10'),
    ],
    [
      'first three days after the autumn break',
      {
        kind: 'relative',
        anchor: { kind: 'breakEnd', breakKind: 'autumn' },
        offsetSchoolDays: 0,
        lengthSchoolDays: 3,
      },
      w('2025-10-20', '2025-10-22'),
    ],
    [
      'two weeks after Christmas',
      {
        kind: 'relative',
        anchor: { kind: 'breakEnd', breakKind: 'christmas' },
        offsetSchoolDays: 0,
        lengthSchoolDays: 10,
      },
      w('2026-01-07', '2026-01-20'),
    ],
    [
      'before the first day',
      {
        kind: 'relative',
        anchor: { kind: 'termStart', term: 'autumn' },
        offsetSchoolDays: -2,
        lengthSchoolDays: 3,
      },
      w('2025-08-06', '2025-08-08', clamped),
    ],
    // 15 Oct is in the break: the window ends on the last school day before it.
    [
      '15 Sep - 15 Oct',
      { kind: 'dateRange', start: '09-15', end: '10-15' },
      w('2025-09-15', '2025-10-10'),
    ],
    [
      '20 Dec - 6 Jan',
      { kind: 'dateRange', start: '12-20', end: '01-06' },
      w('2026-01-07', '2026-01-13', christmasBreak),
    ],
    [
      'May Day',
      { kind: 'dateRange', start: '05-01', end: '05-01' },
      w('2026-05-04', '2026-05-04', offHoliday),
    ],
    // A weekend only: the following Monday, and it says there were no school days.
    [
      'a weekend',
      { kind: 'dateRange', start: '10-04', end: '10-05' },
      w('2025-10-06', '2025-10-06', offDayOff),
    ],
    // Good Friday to Easter Monday has two weekdays, so two school days after it.
    [
      'Easter',
      { kind: 'dateRange', start: '04-03', end: '04-06' },
      w('2026-04-07', '2026-04-08', offHoliday),
    ],
  ])('%s', (_name, rule, expected) => {
    expect(resolveRule(rule, cal2025)).toEqual({ windows: [expected], problems: [] });
  });
});

/*
 * Jämsä 2026-2027: school Wed 12 Aug 2026 - Sat 5 Jun 2027; Sat 19 Dec a school day; breaks
 * 12-16 Oct (week 42), 20 Dec - 6 Jan, 1-5 Mar (week 9); ISO 2026 has 53 weeks.
 */
describe('single windows in 2026-2027', () => {
  it.each<[string, TimingRule, ResolvedWindow]>([
    // 28 Dec 2026 - 1 Jan 2027 is in the Christmas break: Thu 7 - Wed 13 Jan.
    ['week 53', { kind: 'isoWeek', week: 53 }, w('2027-01-07', '2027-01-13', christmasBreak)],
    ['week 42', { kind: 'isoWeek', week: 42 }, w('2026-10-19', '2026-10-23', autumnBreak)],
    // 4-8 Jan 2027: the break ends on Wednesday.
    ['week 1', { kind: 'isoWeek', week: 1 }, w('2027-01-07', '2027-01-08')],
    ['week 32', { kind: 'isoWeek', week: 32 }, w('2026-08-12', '2026-08-18', clamped)],
    ['week 22', { kind: 'isoWeek', week: 22 }, w('2027-05-31', '2027-06-04')],
    [
      'last day of autumn',
      {
        kind: 'relative',
        anchor: { kind: 'termEnd', term: 'autumn' },
        offsetSchoolDays: -1,
        lengthSchoolDays: 1,
      },
      w('2026-12-19', '2026-12-19'),
    ],
    [
      'March, odd years',
      {
        kind: 'everyNthYear',
        every: 2,
        remainder: 1,
        rule: { kind: 'month', month: 3, part: 'whole' },
      },
      w('2027-03-08', '2027-03-31'),
    ],
    // 29 February becomes the 28th in 2027.
    [
      '22-29 Feb',
      { kind: 'dateRange', start: '02-22', end: '02-29' },
      w('2027-02-22', '2027-02-26'),
    ],
  ])('%s', (_name, rule, expected) => {
    expect(resolveRule(rule, cal2026)).toEqual({ windows: [expected], problems: [] });
  });
});

describe('every month', () => {
  it('gives every month with school days when none is listed', () => {
    expect(resolveRule({ kind: 'everyMonth', months: [], part: 'whole' }, cal2025)).toEqual({
      windows: [
        w('2025-08-06', '2025-08-29', null, 'm08'),
        w('2025-09-01', '2025-09-30', null, 'm09'),
        w('2025-10-01', '2025-10-31', null, 'm10'),
        w('2025-11-03', '2025-11-28', null, 'm11'),
        w('2025-12-01', '2025-12-19', null, 'm12'),
        w('2026-01-07', '2026-01-30', null, 'm01'),
        w('2026-02-02', '2026-02-20', null, 'm02'),
        w('2026-03-02', '2026-03-31', null, 'm03'),
        w('2026-04-01', '2026-04-30', null, 'm04'),
        w('2026-05-04', '2026-05-30', null, 'm05'),
      ],
      problems: [],
    });
  });

  it('includes June when the year ends in June', () => {
    const result = resolveRule({ kind: 'everyMonth', months: [], part: 'whole' }, cal2026);
    expect(result.windows.map((x) => x.occurrence)).toEqual([
      'm08',
      'm09',
      'm10',
      'm11',
      'm12',
      'm01',
      'm02',
      'm03',
      'm04',
      'm05',
      'm06',
    ]);
    expect(result.windows.at(-1)).toEqual(w('2027-06-01', '2027-06-05', null, 'm06'));
  });

  it('lists the given months in school-year order and flags a month without school', () => {
    expect(
      resolveRule({ kind: 'everyMonth', months: [6, 1, 9, 9], part: 'firstHalf' }, cal2025),
    ).toEqual({
      windows: [
        w('2025-09-01', '2025-09-15', null, 'm09'),
        w('2026-01-07', '2026-01-15', null, 'm01'),
      ],
      problems: [{ occurrence: 'm06', code: 'NO_SCHOOL_DAYS' }],
    });
  });

  it('moves a month half that is all break', () => {
    const year: SchoolYear = {
      ...jamsa2025,
      breaks: [
        ...jamsa2025.breaks,
        { kind: 'other', start: d('2025-11-01'), end: d('2025-11-15') },
      ],
    };
    expect(
      resolveRule(
        { kind: 'everyMonth', months: [11], part: 'firstHalf' },
        buildSchoolCalendar(year),
      ),
    ).toEqual({
      windows: [
        w('2025-11-17', '2025-11-21', { kind: 'movedOutOfBreak', breakKind: 'other' }, 'm11'),
      ],
      problems: [],
    });
  });
});

describe('every n-th year', () => {
  const survey: TimingRule = {
    kind: 'everyNthYear',
    every: 2,
    remainder: 1,
    rule: { kind: 'month', month: 3, part: 'whole' },
  };
  it('has no occurrence and no problem in a year that does not match', () => {
    expect(resolveRule(survey, cal2025)).toEqual({ windows: [], problems: [] });
  });
  it('keeps the inner occurrences', () => {
    const monthly: TimingRule = {
      kind: 'everyNthYear',
      every: 2,
      remainder: 1,
      rule: { kind: 'everyMonth', months: [9, 3], part: 'whole' },
    };
    // September 2026 is even, March 2027 odd.
    expect(resolveRule(monthly, cal2026)).toEqual({
      windows: [w('2027-03-08', '2027-03-31', null, 'm03')],
      problems: [],
    });
  });
});

describe('problems', () => {
  const noSpring: SchoolYear = {
    ...jamsa2025,
    lastDay: d('2025-12-19'),
    breaks: [jamsa2025.breaks[0]!],
    extraSchoolDays: [],
  };
  const noSchool: SchoolYear = {
    ...jamsa2025,
    firstDay: d('2025-10-13'),
    lastDay: d('2025-10-17'),
    extraSchoolDays: [],
    breaks: [jamsa2025.breaks[0]!],
  };
  it.each<[string, TimingRule, SchoolYear, string]>([
    ['week 53 in a 52-week year', { kind: 'isoWeek', week: 53 }, jamsa2025, 'WEEK_NOT_IN_YEAR'],
    ['week 0', { kind: 'isoWeek', week: 0 }, jamsa2025, 'INVALID_RULE'],
    ['week 54', { kind: 'isoWeek', week: 54 }, jamsa2026, 'INVALID_RULE'],
    ['month 13', { kind: 'month', month: 13 as 12, part: 'whole' }, jamsa2025, 'INVALID_RULE'],
    ['school week 0', { kind: 'schoolWeek', term: 'autumn', n: 0 }, jamsa2025, 'INVALID_RULE'],
    [
      'school week 20 of autumn',
      { kind: 'schoolWeek', term: 'autumn', n: 20 },
      jamsa2025,
      'SCHOOL_WEEK_NOT_IN_TERM',
    ],
    [
      'spring in a year without one',
      { kind: 'schoolWeek', term: 'spring', n: 1 },
      noSpring,
      'TERM_NOT_IN_YEAR',
    ],
    [
      'a break the year lacks',
      {
        kind: 'relative',
        anchor: { kind: 'breakStart', breakKind: 'other' },
        offsetSchoolDays: 0,
        lengthSchoolDays: 1,
      },
      jamsa2025,
      'BREAK_NOT_IN_YEAR',
    ],
    [
      'length 0',
      {
        kind: 'relative',
        anchor: { kind: 'termStart', term: 'autumn' },
        offsetSchoolDays: 0,
        lengthSchoolDays: 0,
      },
      jamsa2025,
      'INVALID_RULE',
    ],
    [
      '30 February',
      { kind: 'dateRange', start: '02-30', end: '03-05' },
      jamsa2025,
      'INVALID_MONTH_DAY',
    ],
    [
      'an unpadded month',
      { kind: 'dateRange', start: '2-01', end: '03-05' },
      jamsa2025,
      'INVALID_MONTH_DAY',
    ],
    [
      'a range ending before it starts',
      { kind: 'dateRange', start: '03-01', end: '02-01' },
      jamsa2025,
      'INVALID_RULE',
    ],
    [
      'every 0 years',
      { kind: 'everyNthYear', every: 0, remainder: 0, rule: { kind: 'isoWeek', week: 45 } },
      jamsa2025,
      'INVALID_RULE',
    ],
    ['a year without school days', { kind: 'isoWeek', week: 45 }, noSchool, 'NO_SCHOOL_DAYS'],
  ])('%s', (_name, rule, year, code) => {
    expect(resolveRule(rule, buildSchoolCalendar(year))).toEqual({
      windows: [],
      problems: [{ occurrence: '', code }],
    });
  });
});
