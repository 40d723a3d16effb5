import { describe, expect, it } from 'vitest';
import { mustParseLocalDate as d } from '../local-date';
import { readPeriod, wholeYearPeriod, type PeriodReading } from './report-period';

const ok = (from: string, to: string, wholeYear: boolean): PeriodReading => ({
  ok: true,
  period: { from: d(from), to: d(to) },
  wholeYear,
});

describe('readPeriod of the school year 2026–2027', () => {
  it.each<[string, string | null, string | null, PeriodReading]>([
    ['nothing given: the whole year', null, null, ok('2026-08-01', '2027-07-31', true)],
    ['blanks: the whole year', ' ', '', ok('2026-08-01', '2027-07-31', true)],
    ['the autumn term', '2026-08-01', '2026-12-31', ok('2026-08-01', '2026-12-31', false)],
    [
      'only the first day: to the year’s end',
      '2027-01-01',
      null,
      ok('2027-01-01', '2027-07-31', false),
    ],
    ['one day', '2027-02-28', '2027-02-28', ok('2027-02-28', '2027-02-28', false)],
    [
      'the year’s own ends written out: the whole year',
      '2026-08-01',
      '2027-07-31',
      ok('2026-08-01', '2027-07-31', true),
    ],
    [
      'the first day after the last',
      '2027-03-01',
      '2027-02-01',
      { ok: false, errors: [{ field: 'from', code: 'fromAfterTo' }] },
    ],
    [
      'a day before the year',
      '2026-07-31',
      '2026-12-31',
      { ok: false, errors: [{ field: 'from', code: 'outsideYear' }] },
    ],
    [
      'a day after the year',
      null,
      '2027-08-01',
      { ok: false, errors: [{ field: 'to', code: 'outsideYear' }] },
    ],
    [
      'no such day (2027 is no leap year), and not a date',
      '2027-02-29',
      '1.3.2027',
      {
        ok: false,
        errors: [
          { field: 'from', code: 'notADate' },
          { field: 'to', code: 'notADate' },
        ],
      },
    ],
  ])('%s', (_, from, to, expected) => {
    expect(readPeriod(2026, from, to)).toEqual(expected);
  });

  it('the whole year is 1 Aug to 31 Jul', () => {
    expect(wholeYearPeriod(2025)).toEqual({ from: '2025-08-01', to: '2026-07-31' });
  });
});
