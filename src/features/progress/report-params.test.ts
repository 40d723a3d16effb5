import { describe, expect, it } from 'vitest';
import { schoolYearId } from '@/domain/ids';
import {
  NO_REPORT_CHOICES,
  reportChoicesFrom,
  reportParamsOf,
  type ReportChoices,
} from './report-params';

describe('the report’s choices in the address', () => {
  it.each([
    ['', NO_REPORT_CHOICES],
    [
      'year=sy-2026&school=s-1&from=2026-08-01&to=2026-12-31&csv=comma',
      {
        year: 'sy-2026',
        school: 's-1',
        from: '2026-08-01',
        to: '2026-12-31',
        delimiter: ',',
      },
    ],
    // Kept as written: the page says what is wrong with a day.
    ['from=1.8.2026&csv=tab', { ...NO_REPORT_CHOICES, from: '1.8.2026' }],
    ['year=&school=%20&to=', NO_REPORT_CHOICES],
  ])('%j', (search, choices) => {
    expect(reportChoicesFrom(new URLSearchParams(search))).toEqual(choices);
  });

  it('round-trips, leaving the defaults out', () => {
    const choices: ReportChoices = {
      ...NO_REPORT_CHOICES,
      year: schoolYearId('sy-2026'),
      to: '2027-01-31',
      delimiter: ',',
    };
    const params = reportParamsOf(choices);
    expect(params.toString()).toBe('year=sy-2026&to=2027-01-31&csv=comma');
    expect(reportChoicesFrom(params)).toEqual(choices);
    expect(reportParamsOf(NO_REPORT_CHOICES).toString()).toBe('');
  });
});
