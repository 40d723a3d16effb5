import { describe, expect, it } from 'vitest';
import { mustParseLocalDate as d } from './local-date';
import { suggestedTrackingStart } from './tracking-start';

describe('suggestedTrackingStart', () => {
  it.each([
    ['2026-11-10', '2026-11-02'], // the 1st a Sunday
    ['2026-08-20', '2026-08-03'], // the 1st a Saturday
    ['2026-10-31', '2026-10-01'], // the 1st a Thursday
    ['2027-02-01', '2027-02-01'], // the 1st a Monday, and today
    ['2027-05-15', '2027-05-03'], // the 1st a Saturday
  ])('%s: %s', (today, day) => {
    expect(suggestedTrackingStart(d(today))).toBe(day);
  });
});
