import { describe, expect, it } from 'vitest';
import { mustParseLocalDate as d } from '../local-date';
import { NO_PROGRESS_FILTER } from '../progress/progress-filter';
import { indexProgressPlan } from '../progress/progress-plan';
import { progressSummary } from '../progress/progress-summary';
import { NORTH, PLAN, RECORDS, TODAY, mark } from '../progress/test-plan';
import { progressReport } from './progress-report';
import { wholeYearPeriod } from './report-period';

const index = indexProgressPlan(PLAN);
const YEAR_2025 = wholeYearPeriod(2025);

describe('progressReport of the test year on 10 Nov 2025', () => {
  it('over the whole year is the progress summary of everything, figure for figure', () => {
    const report = progressReport({
      index,
      progress: RECORDS,
      today: TODAY,
      schools: null,
      period: YEAR_2025,
    });
    expect(report.summary).toEqual(
      progressSummary({ index, progress: RECORDS, today: TODAY, filter: NO_PROGRESS_FILTER }),
    );
    expect(report.period).toEqual({ from: '2025-08-01', to: '2026-07-31' });
  });

  it('over a period counts the actions whose window ends within it, in the schools counted', () => {
    const report = progressReport({
      index,
      progress: RECORDS,
      today: TODAY,
      schools: new Set([NORTH]),
      period: { from: d('2025-09-01'), to: d('2025-09-30') },
    });
    // Pohjoinen's four September lessons (two done) and its own school task (done, 19 Sep).
    expect([report.summary.total.total, report.summary.total.done]).toEqual([5, 4]);
    expect(report.summary.byMonth.map((r) => r.month)).toEqual([9]);
    expect(report.summary.bySchool.map((r) => r.school.name)).toEqual(['Pohjoinen']);
  });

  it('judges the tasks by their ratings: the lesson worked (2 of 3 well), grade 5’s has one rating', () => {
    const report = progressReport({
      index,
      progress: RECORDS,
      today: TODAY,
      schools: null,
      period: YEAR_2025,
    });
    expect(report.verdicts.worked.map((r) => r.template.id)).toEqual(['t-lesson']);
    expect(report.verdicts.didNotWork).toEqual([]);
    // grade 5's task (1 rating) and the school task (done, unrated).
    expect(report.verdicts.tooFewRatings).toBe(2);
    expect(report.minRatings).toBe(3);
  });

  it('with a second "not" on grade 5’s task (its skip made done) it did not work, judged by 2; not by 3, nor in a period without its window', () => {
    const records = [
      ...RECORDS,
      mark('sy-2025~g:n-5-6~t-grade5~', 'done', '', '2025-10-16', 'not'),
    ];
    const judged = (period = YEAR_2025, minRatings?: number) =>
      progressReport({ index, progress: records, today: TODAY, schools: null, period, minRatings })
        .verdicts;
    expect(judged(YEAR_2025, 2).didNotWork.map((r) => r.template.id)).toEqual(['t-grade5']);
    expect(judged().didNotWork).toEqual([]);
    const september = { from: d('2025-09-01'), to: d('2025-09-30') };
    expect(judged(september, 2).didNotWork).toEqual([]);
  });
});
