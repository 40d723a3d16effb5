import { describe, expect, it } from 'vitest';
import { jamsa2025, jamsa2026 } from '@/domain/calendars/jamsa';
import { BREAK_KINDS, GRADES } from '@/domain/model';
import { resolveRule } from '@/domain/schedule/resolve-window';
import { buildSchoolCalendar } from '@/domain/school-calendar';
import { MONTH_PARTS, TERMS, type TimingRule } from '@/domain/timing-rule';
import { builtInTemplates } from './templates/index';
import { monthlyThemes } from './themes';

const calendars = [jamsa2025, jamsa2026].map(buildSchoolCalendar);

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Position of 'MM-DD' in the school year (August first), or null when no year has that day. */
function schoolYearOrdinal(md: string): number | null {
  const m = MONTH_DAY.exec(md);
  if (!m) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > (DAYS_IN_MONTH[month - 1] ?? 0)) return null;
  return ((month + 4) % 12) * 100 + day;
}

const isMonth = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12;

/** What is structurally wrong with a rule, independent of any school year ([] when nothing). */
function ruleProblems(rule: TimingRule): string[] {
  switch (rule.kind) {
    case 'month':
      return [
        ...(isMonth(rule.month) ? [] : [`month ${rule.month}`]),
        ...(MONTH_PARTS.includes(rule.part) ? [] : [`part ${rule.part}`]),
      ];
    case 'isoWeek':
      return Number.isInteger(rule.week) && rule.week >= 1 && rule.week <= 53
        ? []
        : [`week ${rule.week}`];
    case 'schoolWeek':
      return [
        ...(TERMS.includes(rule.term) ? [] : [`term ${rule.term}`]),
        ...(Number.isInteger(rule.n) && rule.n >= 1 && rule.n <= 20
          ? []
          : [`school week ${rule.n}`]),
      ];
    case 'relative': {
      const { anchor } = rule;
      const anchorOk =
        anchor.kind === 'termStart' || anchor.kind === 'termEnd'
          ? TERMS.includes(anchor.term)
          : BREAK_KINDS.includes(anchor.breakKind);
      return [
        ...(anchorOk ? [] : ['anchor']),
        ...(Number.isInteger(rule.offsetSchoolDays) ? [] : ['offset']),
        ...(Number.isInteger(rule.lengthSchoolDays) &&
        rule.lengthSchoolDays >= 1 &&
        rule.lengthSchoolDays <= 60
          ? []
          : [`length ${rule.lengthSchoolDays}`]),
      ];
    }
    case 'dateRange': {
      const start = schoolYearOrdinal(rule.start);
      const end = schoolYearOrdinal(rule.end);
      if (start === null || end === null) return [`range ${rule.start}..${rule.end}`];
      return start <= end ? [] : [`range ends before it starts ${rule.start}..${rule.end}`];
    }
    case 'everyMonth':
      return [
        ...rule.months.filter((m) => !isMonth(m)).map((m) => `month ${m}`),
        ...(new Set(rule.months).size === rule.months.length ? [] : ['repeated month']),
        ...(MONTH_PARTS.includes(rule.part) ? [] : [`part ${rule.part}`]),
      ];
    case 'everyNthYear':
      return [
        ...(Number.isInteger(rule.every) && rule.every >= 2 ? [] : [`every ${rule.every}`]),
        ...(Number.isInteger(rule.remainder) && rule.remainder >= 0 && rule.remainder < rule.every
          ? []
          : [`remainder ${rule.remainder}`]),
        ...ruleProblems(rule.rule),
      ];
  }
}

describe('the timing rules of the library', () => {
  it('are structurally valid: months 1-12, weeks 1-53, known parts, valid MM-DD ranges', () => {
    for (const t of builtInTemplates) expect(ruleProblems(t.timing), t.id).toEqual([]);
  });

  it('are checked by a check that rejects broken rules', () => {
    expect(ruleProblems({ kind: 'isoWeek', week: 54 })).not.toEqual([]);
    expect(ruleProblems({ kind: 'dateRange', start: '02-30', end: '03-01' })).not.toEqual([]);
    expect(ruleProblems({ kind: 'dateRange', start: '03-01', end: '09-01' })).not.toEqual([]);
    expect(ruleProblems({ kind: 'dateRange', start: '3-01', end: '03-05' })).not.toEqual([]);
    expect(ruleProblems({ kind: 'dateRange', start: '10-01', end: '04-30' })).toEqual([]);
    expect(ruleProblems({ kind: 'everyMonth', months: [9, 9], part: 'whole' })).not.toEqual([]);
    expect(
      ruleProblems({
        kind: 'everyNthYear',
        every: 2,
        remainder: 2,
        rule: { kind: 'month', month: 3, part: 'whole' },
      }),
    ).not.toEqual([]);
  });

  it('use every kind of timing rule', () => {
    const kinds = new Set<string>();
    const collect = (rule: TimingRule): void => {
      kinds.add(rule.kind);
      if (rule.kind === 'everyNthYear') collect(rule.rule);
    };
    for (const t of builtInTemplates) collect(t.timing);
    expect([...kinds].sort()).toEqual([
      'dateRange',
      'everyMonth',
      'everyNthYear',
      'isoWeek',
      'month',
      'relative',
      'schoolWeek',
    ]);
  });

  it('resolve without problems in both Jämsä school years', () => {
    for (const calendar of calendars) {
      for (const t of builtInTemplates) {
        const { windows, problems } = resolveRule(t.timing, calendar);
        expect(problems, `${t.id} in ${calendar.year.id}`).toEqual([]);
        if (t.timing.kind !== 'everyNthYear')
          expect(windows.length, `${t.id} in ${calendar.year.id}`).toBeGreaterThan(0);
      }
    }
  });

  it('gives every grade, esiopetus included, class tasks in at least 8 months of each year', () => {
    for (const calendar of calendars) {
      for (const grade of GRADES) {
        const months = new Set<string>();
        for (const t of builtInTemplates) {
          if (t.scope !== 'class' || !t.grades.includes(grade)) continue;
          for (const w of resolveRule(t.timing, calendar).windows) months.add(w.start.slice(0, 7));
        }
        expect(months.size, `grade ${grade} in ${calendar.year.id}`).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('gives grades 1-9 a monthly theme lesson in each month from August to May', () => {
    const monthlyThemeIds = new Set<string>(monthlyThemes.map((th) => th.id));
    for (const grade of GRADES.filter((g) => g > 0)) {
      const lessons = builtInTemplates.filter(
        (t) =>
          t.id.startsWith('tpl-lesson-') &&
          t.grades.includes(grade) &&
          t.themeId !== null &&
          monthlyThemeIds.has(t.themeId),
      );
      const months = lessons.map((t) => (t.timing.kind === 'month' ? t.timing.month : null));
      expect(
        [...months].sort((a, b) => (a ?? 0) - (b ?? 0)),
        `grade ${grade}`,
      ).toEqual([1, 2, 3, 4, 5, 8, 9, 10, 11, 12]);
    }
  });
});
