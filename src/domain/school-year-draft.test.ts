import { describe, expect, it } from 'vitest';
import { jamsa2025, jamsa2026 } from './calendars/jamsa';
import {
  draftOf,
  schoolDaysOfDraft,
  schoolYearWarnings,
  validateDraft,
  type DraftError,
  type SchoolYearDraft,
} from './school-year-draft';

const base = draftOf(jamsa2026);
const draft = (o: Partial<SchoolYearDraft>): SchoolYearDraft => ({ ...base, ...o });
const [autumn, christmas, winter] = base.breaks as [
  SchoolYearDraft['breaks'][number],
  SchoolYearDraft['breaks'][number],
  SchoolYearDraft['breaks'][number],
];

describe('validateDraft', () => {
  it('gives the stored year back from its draft', () => {
    expect(validateDraft(base)).toEqual({ ok: true, year: jamsa2026 });
  });

  it('sorts the listed days', () => {
    const result = validateDraft(draft({ extraDaysOff: ['2027-02-01', '2026-11-02'] }));
    expect(result.ok && result.year.extraDaysOff).toEqual(['2026-11-02', '2027-02-01']);
  });

  it.each<[string, Partial<SchoolYearDraft>, DraftError[]]>([
    ['an empty first day', { firstDay: '' }, [{ field: 'firstDay', code: 'DATE_INVALID' }]],
    [
      '30 February as the last day',
      { lastDay: '2027-02-30' },
      [{ field: 'lastDay', code: 'DATE_INVALID' }],
    ],
    [
      'a first day before 1 August',
      { firstDay: '2026-07-31' },
      [{ field: 'firstDay', code: 'OUTSIDE_YEAR' }],
    ],
    [
      'a last day after 31 July',
      { lastDay: '2027-08-01' },
      [{ field: 'lastDay', code: 'OUTSIDE_YEAR' }],
    ],
    // Nothing else is judged against a term that does not exist.
    [
      'a last day before the first',
      { lastDay: '2026-08-11' },
      [{ field: 'lastDay', code: 'LAST_DAY_NOT_AFTER_FIRST' }],
    ],
    [
      'a last day equal to the first',
      { lastDay: '2026-08-12' },
      [{ field: 'lastDay', code: 'LAST_DAY_NOT_AFTER_FIRST' }],
    ],
    [
      'a break ending before it starts',
      { breaks: [autumn, christmas, { ...winter, end: '2027-02-26' }] },
      [{ field: 'breaks.2.end', code: 'BREAK_END_BEFORE_START' }],
    ],
    [
      'a break after the last day',
      {
        breaks: [
          autumn,
          christmas,
          winter,
          { kind: 'other', start: '2027-06-07', end: '2027-06-08' },
        ],
      },
      [
        { field: 'breaks.3.start', code: 'OUTSIDE_TERM' },
        { field: 'breaks.3.end', code: 'OUTSIDE_TERM' },
      ],
    ],
    [
      'a break before the first day',
      { breaks: [{ kind: 'other', start: '2026-08-03', end: '2026-08-14' }] },
      [{ field: 'breaks.0.start', code: 'OUTSIDE_TERM' }],
    ],
    [
      'overlapping breaks, the later one named',
      {
        breaks: [
          autumn,
          christmas,
          winter,
          { kind: 'other', start: '2027-01-05', end: '2027-01-08' },
        ],
      },
      [{ field: 'breaks.3.start', code: 'BREAKS_OVERLAP' }],
    ],
    [
      'two winter breaks',
      {
        breaks: [
          autumn,
          christmas,
          winter,
          { kind: 'winter', start: '2027-04-12', end: '2027-04-16' },
        ],
      },
      [{ field: 'breaks.3.kind', code: 'DUPLICATE_BREAK' }],
    ],
    [
      'a break day that is not a day',
      { breaks: [{ ...autumn, start: '12.10.2026' }, christmas, winter] },
      [{ field: 'breaks.0.start', code: 'DATE_INVALID' }],
    ],
    [
      'a day off outside the term, and one listed twice',
      { extraDaysOff: ['2026-11-02', '2027-07-01', '2026-11-02'] },
      [
        { field: 'extraDaysOff.1', code: 'OUTSIDE_TERM' },
        { field: 'extraDaysOff.2', code: 'DUPLICATE_DAY' },
      ],
    ],
    [
      'an empty extra school day',
      { extraSchoolDays: ['2026-12-19', ''] },
      [{ field: 'extraSchoolDays.1', code: 'DATE_INVALID' }],
    ],
    [
      'errors in the order of the form',
      { extraSchoolDays: ['x'], firstDay: 'y', breaks: [{ ...autumn, end: '' }] },
      [
        { field: 'firstDay', code: 'DATE_INVALID' },
        { field: 'breaks.0.end', code: 'DATE_INVALID' },
        { field: 'extraSchoolDays.0', code: 'DATE_INVALID' },
      ],
    ],
    [
      'a year that is all break',
      {
        firstDay: '2026-08-12',
        lastDay: '2026-08-14',
        breaks: [{ kind: 'other', start: '2026-08-12', end: '2026-08-14' }],
        extraSchoolDays: [],
      },
      [{ field: 'year', code: 'NO_SCHOOL_DAYS' }],
    ],
  ])('refuses %s', (_name, change, errors) => {
    expect(validateDraft(draft(change))).toEqual({ ok: false, errors });
  });
});

describe('the live count and its warnings', () => {
  it.each<[string, SchoolYearDraft, number | null]>([
    // Jämsä publishes 188 and 189.
    ['Jämsä 2025-2026', draftOf(jamsa2025), 188],
    ['Jämsä 2026-2027', base, 189],
    // Winter break moved from week 9 to week 8 (22-26 Feb 2027): still five weekdays.
    [
      'the winter break in week 8',
      draft({
        breaks: [autumn, christmas, { kind: 'winter', start: '2027-02-22', end: '2027-02-26' }],
      }),
      189,
    ],
    // A break still being typed does not count: five more school days.
    [
      'a winter break without its end',
      draft({ breaks: [autumn, christmas, { ...winter, end: '' }] }),
      194,
    ],
    ['a day off', draft({ extraDaysOff: ['2026-11-02'] }), 188],
    ['no last day', draft({ lastDay: '' }), null],
  ])('%s', (_name, d, count) => {
    expect(schoolDaysOfDraft(d)).toBe(count);
  });

  it.each<[string, SchoolYearDraft, ReturnType<typeof schoolYearWarnings>]>([
    ['none for Jämsä 2026-2027', base, []],
    ['none for Jämsä 2025-2026', draftOf(jamsa2025), []],
    [
      'a day off too many',
      draft({ extraDaysOff: ['2026-11-02'] }),
      [{ code: 'SCHOOL_DAYS_DIFFER', count: 188, expected: 189 }],
    ],
    // Ending Fri 11 Jun 2027 (week 23): five more school days too.
    [
      'a last day in week 23',
      draft({ lastDay: '2027-06-11', extraSchoolDays: ['2026-12-19'] }),
      [
        { code: 'SCHOOL_DAYS_DIFFER', count: 193, expected: 189 },
        { code: 'LAST_DAY_NOT_IN_WEEK_22', week: 23 },
      ],
    ],
  ])('warns of %s', (_name, d, warnings) => {
    expect(schoolYearWarnings(d, schoolDaysOfDraft(d))).toEqual(warnings);
  });
});
