import { describe, expect, it } from 'vitest';
import { jamsa2025, jamsa2026 } from '../calendars/jamsa';
import { mustParseLocalDate as d } from '../local-date';
import type { SchoolYear } from '../model';
import { buildSchoolCalendar, validateSchoolYear } from '../school-calendar';
import { proposeNextCalendar, sameIsoWeekNextYear } from './next-calendar';

describe('sameIsoWeekNextYear', () => {
  it.each([
    // Wed of week 32 (2025) -> Wed of week 32 (2026).
    ['2025-08-06', '2026-08-05'],
    // Mon of week 42.
    ['2025-10-13', '2026-10-12'],
    // Mon of week 9 (2026) -> week 9 of 2027.
    ['2026-02-23', '2027-03-01'],
    // Week 53 of 2026 (Mon 28 Dec) -> week 52 of 2027, which has no week 53.
    ['2026-12-28', '2027-12-27'],
    // Sunday of week 1 of 2027 (ISO year 2027) -> Sunday of week 1 of 2028.
    ['2027-01-10', '2028-01-09'],
  ])('%s -> %s', (from, to) => {
    expect(sameIsoWeekNextYear(d(from))).toBe(to);
  });
});

describe('proposeNextCalendar', () => {
  it('proposes from Jämsä 2025-2026 the breaks and last day Jämsä published for 2026-2027', () => {
    const { year, notCarried } = proposeNextCalendar(jamsa2025);
    expect(year).toEqual({
      id: 'sy-2026',
      organizationId: 'org-demo',
      startYear: 2026,
      // The Wednesday nearest the legal figure: Jämsä's own first day (week 33; week 32's 5 Aug
      // would give 193 days against 189).
      firstDay: '2026-08-12',
      lastDay: '2027-06-05',
      breaks: [
        { kind: 'autumn', start: '2026-10-12', end: '2026-10-18' },
        { kind: 'christmas', start: '2026-12-20', end: '2027-01-06' },
        { kind: 'winter', start: '2027-03-01', end: '2027-03-07' },
      ],
      extraDaysOff: [],
      // The Saturday spring celebration carries over to the new last day.
      extraSchoolDays: ['2027-06-05'],
    });
    expect(notCarried).toEqual({ extraDaysOff: [], extraSchoolDays: [] });
    // Jämsä's published year has the same breaks (Mon-Fri) and last day as the proposal.
    expect(year.lastDay).toBe(jamsa2026.lastDay);
    expect(year.breaks.map((b) => b.start)).toEqual(jamsa2026.breaks.map((b) => b.start));
  });

  it('names the listed days of Jämsä 2026-2027 it does not repeat', () => {
    const { year, notCarried } = proposeNextCalendar(jamsa2026);
    expect(year.id).toBe('sy-2027');
    // Week 33 would start on 18 Aug 2027 with 180 days against 187; week 32 gives 185.
    expect(year.firstDay).toBe('2027-08-11');
    expect(buildSchoolCalendar(year).schoolDayCount).toBe(185);
    expect(year.lastDay).toBe('2028-06-03');
    expect(year.extraSchoolDays).toEqual(['2028-06-03']);
    // Sat 19 Dec 2026 was a school day of that year only.
    expect(notCarried.extraSchoolDays).toEqual(['2026-12-19']);
  });

  it('adds a Christmas break of 22 Dec - 6 Jan when the source has none, and drops days off', () => {
    const source: SchoolYear = {
      ...jamsa2025,
      breaks: jamsa2025.breaks.filter((b) => b.kind !== 'christmas'),
      extraDaysOff: [d('2025-11-14')],
      extraSchoolDays: [],
    };
    const { year, notCarried } = proposeNextCalendar(source);
    expect(year.breaks.map((b) => [b.kind, b.start, b.end])).toEqual([
      ['autumn', '2026-10-12', '2026-10-18'],
      ['christmas', '2026-12-22', '2027-01-06'],
      ['winter', '2027-03-01', '2027-03-07'],
    ]);
    // Without a celebration the Saturday last day is not a school day.
    expect(year.extraSchoolDays).toEqual([]);
    expect(year.extraDaysOff).toEqual([]);
    expect(notCarried.extraDaysOff).toEqual(['2025-11-14']);
  });

  it('proposes a year whose school days can be counted', () => {
    // Jämsä's 189 days of 2026-2027, less Sat 19 Dec 2026 (not carried over): 188.
    expect(buildSchoolCalendar(proposeNextCalendar(jamsa2025).year).schoolDayCount).toBe(188);
  });

  it.each([
    ['2025-2026', jamsa2025],
    ['2026-2027', jamsa2026],
  ])('proposes from Jämsä %s a year the school year rules accept', (_name, source) => {
    const next = proposeNextCalendar(source).year;
    expect(validateSchoolYear(next)).toEqual([]);
    expect(validateSchoolYear(proposeNextCalendar(next).year)).toEqual([]);
  });
});
