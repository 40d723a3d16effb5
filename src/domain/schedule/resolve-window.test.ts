import { describe, expect, it } from 'vitest';
import { jamsa2025, jamsa2026 } from '../calendars/jamsa';
import { mustParseLocalDate as d } from '../local-date';
import type { BreakKind, SchoolYear, TaskTemplate, WindowAdjustment } from '../model';
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
  spansBreaks?: readonly BreakKind[],
): ResolvedWindow {
  return { occurrence, start: d(start), end: d(end), adjustment, spansBreaks };
}
const autumnBreak = { kind: 'movedOutOfBreak', breakKind: 'autumn', direction: 'after' } as const;
const christmasBreak = {
  kind: 'movedOutOfBreak',
  breakKind: 'christmas',
  direction: 'after',
} as const;
const winterBreak = { kind: 'movedOutOfBreak', breakKind: 'winter', direction: 'after' } as const;
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
    // Sat 5 Jun (the spring celebration) is an extra school day of the week: it is included.
    ['week 22', { kind: 'isoWeek', week: 22 }, w('2027-05-31', '2027-06-05')],
    // Sat 19 Dec 2026 is a school day too.
    ['week 51', { kind: 'isoWeek', week: 51 }, w('2026-12-14', '2026-12-19')],
    // A week whose Saturday is not a school day ends on Friday.
    ['week 50', { kind: 'isoWeek', week: 50 }, w('2026-12-07', '2026-12-11')],
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
        // The autumn break (13-19 Oct) lies inside October's window.
        w('2025-10-01', '2025-10-31', null, 'm10', ['autumn']),
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
        w(
          '2025-11-17',
          '2025-11-21',
          { kind: 'movedOutOfBreak', breakKind: 'other', direction: 'after' },
          'm11',
        ),
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

/*
 * Where a window that falls wholly in a break goes (TaskTemplate.breakShift). Jämsä 2025-2026:
 * the autumn term ends Fri 19 Dec, the spring term starts Wed 7 Jan (Tue 6 Jan is Epiphany);
 * Jämsä 2026-2027: the autumn term ends Sat 19 Dec (a school day), the spring term starts Thu 7 Jan.
 */
describe('break shift', () => {
  const before = (breakKind: BreakKind) =>
    ({ kind: 'movedOutOfBreak', breakKind, direction: 'before' }) as const;
  it.each<[string, TimingRule, SchoolYear, TaskTemplate['breakShift'], ResolvedWindow]>([
    // 22-23 Dec has two weekdays: the last two school days before the break, Thu 18 - Fri 19 Dec.
    [
      'a December range before Christmas',
      { kind: 'dateRange', start: '12-22', end: '12-23' },
      jamsa2025,
      'before',
      w('2025-12-18', '2025-12-19', before('christmas')),
    ],
    [
      'the same range after Christmas (the default)',
      { kind: 'dateRange', start: '12-22', end: '12-23' },
      jamsa2025,
      undefined,
      w('2026-01-07', '2026-01-08', christmasBreak),
    ],
    [
      'the same range, after said explicitly',
      { kind: 'dateRange', start: '12-22', end: '12-23' },
      jamsa2025,
      'after',
      w('2026-01-07', '2026-01-08', christmasBreak),
    ],
    // Week 52 (21-25 Dec 2026): the last five school days before the break are Tue 15 - Sat
    // 19 Dec (the Saturday is a school day).
    [
      'week 52 before Christmas, with its Saturday school day',
      { kind: 'isoWeek', week: 52 },
      jamsa2026,
      'before',
      w('2026-12-15', '2026-12-19', before('christmas')),
    ],
    // Week 42 of 2025 (13-17 Oct): the school week before, Mon 6 - Fri 10 Oct.
    [
      'the autumn break week, before',
      { kind: 'isoWeek', week: 42 },
      jamsa2025,
      'before',
      w('2025-10-06', '2025-10-10', before('autumn')),
    ],
    [
      'the winter break week, before',
      { kind: 'isoWeek', week: 9 },
      jamsa2025,
      'before',
      w('2026-02-16', '2026-02-20', before('winter')),
    ],
    // Not a break: a holiday moves to the following school day whatever the shift says.
    [
      'May Day, before (a holiday, not a break)',
      { kind: 'dateRange', start: '05-01', end: '05-01' },
      jamsa2025,
      'before',
      w('2026-05-04', '2026-05-04', offHoliday),
    ],
    // A window only partly in the break is trimmed, not moved, whatever the shift.
    [
      'second half of December, before',
      { kind: 'month', month: 12, part: 'secondHalf' },
      jamsa2025,
      'before',
      w('2025-12-16', '2025-12-19'),
    ],
    [
      'a first half of October that is all break, before',
      { kind: 'month', month: 10, part: 'firstHalf' },
      { ...jamsa2025, breaks: [{ kind: 'autumn', start: d('2025-10-01'), end: d('2025-10-15') }] },
      'before',
      w('2025-09-24', '2025-09-30', before('autumn')),
    ],
  ])('%s', (_name, rule, year, shift, expected) => {
    expect(resolveRule(rule, buildSchoolCalendar(year), shift)).toEqual({
      windows: [expected],
      problems: [],
    });
  });

  it('moves after a break that begins the year, where no school day comes before it', () => {
    const year: SchoolYear = {
      ...jamsa2025,
      breaks: [{ kind: 'other', start: d('2025-08-06'), end: d('2025-08-08') }],
    };
    expect(
      resolveRule(
        { kind: 'dateRange', start: '08-06', end: '08-06' },
        buildSchoolCalendar(year),
        'before',
      ),
    ).toEqual({
      windows: [
        w('2025-08-11', '2025-08-11', {
          kind: 'movedOutOfBreak',
          breakKind: 'other',
          direction: 'after',
        }),
      ],
      problems: [],
    });
  });
});

describe('every n-th year is judged on the rule’s own date', () => {
  // 28-31 Dec falls in the Christmas break and moves to January of the next calendar year.
  const oddYearsLateDecember: TimingRule = {
    kind: 'everyNthYear',
    every: 2,
    remainder: 1,
    rule: { kind: 'dateRange', start: '12-28', end: '12-31' },
  };
  const oddYearsWeek1: TimingRule = {
    kind: 'everyNthYear',
    every: 2,
    remainder: 1,
    rule: { kind: 'everyMonth', months: [12, 1], part: 'secondHalf' },
  };
  it.each<[string, TimingRule, SchoolYear, ResolvedWindow[]]>([
    // Own date Dec 2025 (odd): kept, although the window moved into 2026 (three weekdays, 29-31
    // Dec, so Wed 7 - Fri 9 Jan).
    [
      'odd December moved into an even January',
      oddYearsLateDecember,
      jamsa2025,
      [w('2026-01-07', '2026-01-09', christmasBreak)],
    ],
    // Own date Dec 2026 (even): left out, although the window moved into 2027.
    ['even December moved into an odd January', oddYearsLateDecember, jamsa2026, []],
    // Every month: December 2025 (odd) is kept, January 2026 (even) left out.
    [
      'every month in 2025-2026',
      oddYearsWeek1,
      jamsa2025,
      [w('2025-12-16', '2025-12-19', null, 'm12')],
    ],
    [
      'every month in 2026-2027',
      oddYearsWeek1,
      jamsa2026,
      [w('2027-01-18', '2027-01-29', null, 'm01')],
    ],
  ])('%s', (_name, rule, year, expected) => {
    expect(resolveRule(rule, buildSchoolCalendar(year), 'after')).toEqual({
      windows: expected,
      problems: [],
    });
  });

  it('is judged on the ISO week’s Monday: week 1 of 2027 begins in 2027', () => {
    // Week 53 of 2026 (28 Dec - 1 Jan) moves to Thu 7 Jan 2027 but is judged on Mon 28 Dec 2026.
    const evenWeek53: TimingRule = {
      kind: 'everyNthYear',
      every: 2,
      remainder: 0,
      rule: { kind: 'isoWeek', week: 53 },
    };
    expect(resolveRule(evenWeek53, cal2026).windows).toEqual([
      w('2027-01-07', '2027-01-13', christmasBreak),
    ]);
  });
});

describe('windows that span a break', () => {
  it.each<[string, TimingRule, SchoolYear, ResolvedWindow]>([
    [
      'a date range over Christmas',
      { kind: 'dateRange', start: '12-15', end: '01-15' },
      jamsa2025,
      w('2025-12-15', '2026-01-15', null, '', ['christmas']),
    ],
    [
      'October holds the autumn break',
      { kind: 'month', month: 10, part: 'whole' },
      jamsa2026,
      w('2026-10-01', '2026-10-30', null, '', ['autumn']),
    ],
    [
      'autumn to spring holds all three, in date order',
      { kind: 'dateRange', start: '09-01', end: '03-31' },
      jamsa2025,
      w('2025-09-01', '2026-03-31', null, '', ['autumn', 'christmas', 'winter']),
    ],
    [
      'a relative window of twenty school days from the last week before the winter break',
      {
        kind: 'relative',
        anchor: { kind: 'breakStart', breakKind: 'winter' },
        offsetSchoolDays: -5,
        lengthSchoolDays: 10,
      },
      jamsa2026,
      w('2027-02-22', '2027-03-12', null, '', ['winter']),
    ],
    // Ends at the break, not over it.
    [
      'the first half of December',
      { kind: 'month', month: 12, part: 'firstHalf' },
      jamsa2025,
      w('2025-12-01', '2025-12-15'),
    ],
  ])('%s', (_name, rule, year, expected) => {
    expect(resolveRule(rule, buildSchoolCalendar(year))).toEqual({
      windows: [expected],
      problems: [],
    });
  });
});
