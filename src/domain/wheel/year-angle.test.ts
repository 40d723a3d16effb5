import { describe, expect, it } from 'vitest';
import { mustParseLocalDate as d } from '../local-date';
import { dayAngle, dayMidAngle, schoolYearLength, windowAngles } from './year-angle';

describe('schoolYearLength', () => {
  it.each([
    [2025, 365],
    [2026, 365],
    // 29 February 2028 falls in the school year 2027-2028.
    [2027, 366],
    [2023, 366],
  ])('the school year starting in %i has %i days', (startYear, days) => {
    expect(schoolYearLength(startYear)).toBe(days);
  });
});

describe('dayAngle: 1 August at the top, clockwise', () => {
  it.each([
    ['2026-08-01', 2026, 0],
    // 153 days after 1 August (August-December): 153 / 365 of the circle.
    ['2027-01-01', 2026, (153 * 360) / 365],
    // 1 February is 184 days in: a little past half way.
    ['2027-02-01', 2026, (184 * 360) / 365],
    ['2027-07-31', 2026, (364 * 360) / 365],
    ['2027-08-01', 2026, 360],
    ['2026-07-31', 2026, -360 / 365],
    // In a leap school year a day is 360 / 366 degrees.
    ['2028-03-01', 2027, (213 * 360) / 366],
  ])('%s in the year starting %i is at %f°', (day, startYear, angle) => {
    expect(dayAngle(d(day), startYear)).toBeCloseTo(angle, 9);
  });

  it('puts the middle of a day half a day on', () => {
    expect(dayMidAngle(d('2026-11-10'), 2026)).toBeCloseTo((101.5 * 360) / 365, 9);
  });
});

describe('windowAngles', () => {
  const day = 360 / 365;
  it.each([
    // One day: from its beginning to the next day's.
    ['2026-08-01', '2026-08-01', 0, day, false, false],
    // Week 45 of 2026, Monday to Friday.
    ['2026-11-02', '2026-11-06', 93 * day, 98 * day, false, false],
    // Over New Year: one continuous arc from late December into January.
    ['2026-12-28', '2027-01-08', 149 * day, 161 * day, false, false],
    // The last day of the year ends at the top.
    ['2027-07-20', '2027-07-31', 353 * day, 360, false, false],
    // Over the seam: cut at 1 August, and at 31 July.
    ['2026-07-20', '2026-08-10', 0, 10 * day, true, false],
    ['2027-07-25', '2027-08-05', 358 * day, 360, false, true],
  ])('%s – %s covers the arc %f° to %f°', (start, end, a0, a1, cutAtStart, cutAtEnd) => {
    const w = windowAngles(d(start), d(end), 2026);
    expect(w?.start).toBeCloseTo(a0, 9);
    expect(w?.end).toBeCloseTo(a1, 9);
    expect([w?.cutAtStart, w?.cutAtEnd]).toEqual([cutAtStart, cutAtEnd]);
  });

  it.each([
    ['2026-06-01', '2026-07-31'],
    ['2027-08-01', '2027-08-31'],
    ['2026-11-06', '2026-11-02'],
  ])('%s – %s has no arc in the year starting 2026', (start, end) => {
    expect(windowAngles(d(start), d(end), 2026)).toBeNull();
  });
});
