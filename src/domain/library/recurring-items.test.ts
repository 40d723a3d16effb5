import { describe, expect, it } from 'vitest';
import { jamsa2025, jamsa2026 } from '@/domain/calendars/jamsa';
import { GRADES, type Grade, type TaskTemplate } from '@/domain/model';
import { resolveRule } from '@/domain/schedule/resolve-window';
import { buildSchoolCalendar } from '@/domain/school-calendar';
import type { TimingRule } from '@/domain/timing-rule';
import { builtInTemplates } from './templates/index';

const calendars = [jamsa2025, jamsa2026].map(buildSchoolCalendar);

function byId(id: string): TaskTemplate {
  const template = builtInTemplates.find((t) => t.id === id);
  if (!template) throw new Error(`no template ${id}`);
  return template;
}

describe('the recurring items of the wellbeing year', () => {
  /** Class templates for `grade` whose timing is exactly `timing`. */
  const classTasks = (grade: Grade, timing: TimingRule) =>
    builtInTemplates.filter(
      (t) =>
        t.scope === 'class' &&
        t.grades.includes(grade) &&
        JSON.stringify(t.timing) === JSON.stringify(timing),
    );

  it('runs the school health survey in odd years only: grades 4-5 in March, 8-9 in April', () => {
    const oddYears = (month: 3 | 4): TimingRule => ({
      kind: 'everyNthYear',
      every: 2,
      remainder: 1,
      rule: { kind: 'month', month, part: 'whole' },
    });
    expect(byId('tpl-health-survey-4-5').timing).toEqual(oddYears(3));
    expect(byId('tpl-health-survey-8-9').timing).toEqual(oddYears(4));
    const [year2025, year2026] = calendars;
    // Spring 2026 is even: no survey in 2025-2026; spring 2027 is odd.
    expect(resolveRule(byId('tpl-health-survey-4-5').timing, year2025!).windows).toEqual([]);
    // 1 March 2027 is in the winter break (week 9): the window starts after it.
    expect(
      resolveRule(byId('tpl-health-survey-4-5').timing, year2026!).windows.map((w) => w.start),
    ).toEqual(['2027-03-08']);
    expect(
      resolveRule(byId('tpl-health-survey-8-9').timing, year2026!).windows.map((w) => w.start),
    ).toEqual(['2027-04-01']);
    // The results reach the schools in the autumn of the survey year: October 2025, not 2026.
    expect(
      resolveRule(byId('tpl-health-survey-results-school').timing, year2025!).windows,
    ).toHaveLength(1);
    expect(resolveRule(byId('tpl-health-survey-results-school').timing, year2026!).windows).toEqual(
      [],
    );
  });

  it('places the national theme weeks by ISO week for every grade', () => {
    for (const grade of GRADES) {
      expect(
        classTasks(grade, { kind: 'isoWeek', week: 45 }),
        `week 45, grade ${grade}`,
      ).toHaveLength(1);
      expect(
        classTasks(grade, { kind: 'isoWeek', week: 47 }),
        `week 47, grade ${grade}`,
      ).toHaveLength(1);
      expect(
        classTasks(grade, { kind: 'isoWeek', week: 7 }),
        `week 7, grade ${grade}`,
      ).toHaveLength(1);
    }
  });

  it('reviews absences in September, November, March and May in every class', () => {
    for (const grade of GRADES) {
      expect(
        classTasks(grade, { kind: 'everyMonth', months: [9, 11, 3, 5], part: 'whole' }),
        `grade ${grade}`,
      ).toHaveLength(1);
    }
  });

  it('forms the group in the first two school weeks and sets class rules in every class', () => {
    const firstTwoWeeks: TimingRule = {
      kind: 'relative',
      anchor: { kind: 'termStart', term: 'autumn' },
      offsetSchoolDays: 0,
      lengthSchoolDays: 10,
    };
    for (const grade of GRADES) {
      expect(
        classTasks(grade, firstTwoWeeks).filter((t) => t.id.startsWith('tpl-group-formation-')),
        `grade ${grade}`,
      ).toHaveLength(1);
      expect(
        classTasks(grade, { kind: 'schoolWeek', term: 'autumn', n: 2 }),
        `grade ${grade}`,
      ).toHaveLength(1);
    }
  });

  it('holds a parent evening for every class in the autumn', () => {
    for (const grade of GRADES) {
      const evenings = builtInTemplates.filter(
        (t) =>
          t.scope === 'class' && t.grades.includes(grade) && t.id.startsWith('tpl-parent-evening-'),
      );
      expect(evenings, `grade ${grade}`).toHaveLength(1);
      for (const calendar of calendars) {
        const [window] = resolveRule(evenings[0]!.timing, calendar).windows;
        expect(['09', '10']).toContain(window?.start.slice(5, 7));
      }
    }
  });

  it('checks health: extended checks for grades 1, 5 and 8, yearly checks for the others, Move! for 5 and 8', () => {
    const extended = builtInTemplates.filter((t) => t.id.startsWith('tpl-health-check-extended-'));
    expect(extended.flatMap((t) => t.grades).sort()).toEqual([1, 5, 8]);
    for (const t of extended) expect(t.responsible).toEqual(['nurse', 'doctor']);
    const yearly = builtInTemplates.filter((t) => t.id.startsWith('tpl-health-check-yearly-'));
    expect(yearly.flatMap((t) => t.grades).sort()).toEqual([2, 3, 4, 6, 7, 9]);
    expect(byId('tpl-move-5-8').grades).toEqual([5, 8]);
    for (const calendar of calendars) {
      const [window] = resolveRule(byId('tpl-move-5-8').timing, calendar).windows;
      expect(window!.start.slice(5, 7)).toBe('08');
      expect(window!.end.slice(5, 7)).toBe('09');
    }
  });

  it('reports to the steering group in December and May, for the whole organization', () => {
    const report = byId('tpl-steering-group-progress-report');
    expect(report.scope).toBe('organization');
    expect(report.responsible).toEqual(['coordinator']);
    const months = resolveRule(report.timing, calendars[1]!).windows.map((w) =>
      w.start.slice(0, 7),
    );
    expect(months).toEqual(['2026-12', '2027-05']);
  });

  it('runs the communal student welfare year at school level: plan, mid-year check before Christmas, report', () => {
    const [, year2026] = calendars;
    const window = (id: string) => {
      const t = byId(id);
      expect(t.scope, id).toBe('school');
      const [w] = resolveRule(t.timing, year2026!).windows;
      return [w!.start, w!.end];
    };
    expect(window('tpl-welfare-group-year-plan')[0]).toBe('2026-08-12');
    // Autumn term ends on Saturday 19 December 2026, a school day.
    expect(window('tpl-welfare-group-mid-year-check')[1]).toBe('2026-12-19');
    expect(window('tpl-welfare-group-year-report')[1]).toBe('2027-06-05');
    expect(window('tpl-equality-plan-pupil-input')[0]!.slice(0, 7)).toBe('2027-01');
    expect(window('tpl-equality-plan-evaluation')[0]!.slice(0, 7)).toBe('2027-05');
  });

  it('covers the transitions: pre-primary to grade 1, grade 6 to 7, and grade 9’s joint application', () => {
    const transitions = builtInTemplates.filter((t) => t.themeId === 'theme-transitions');
    const gradesOf = (prefix: string) =>
      transitions.filter((t) => t.id.startsWith(prefix)).flatMap((t) => t.grades);
    expect(new Set(gradesOf('tpl-transition-0-1-'))).toEqual(new Set([0]));
    expect(new Set(gradesOf('tpl-transition-6-7-'))).toEqual(new Set([6, 7]));
    expect(new Set(gradesOf('tpl-joint-application-'))).toEqual(new Set([9]));
    const [, year2026] = calendars;
    const period = resolveRule(byId('tpl-joint-application-period-9').timing, year2026!)
      .windows[0]!;
    expect([period.start.slice(5, 7), period.end.slice(5, 7)]).toEqual(['02', '03']);
  });
});
