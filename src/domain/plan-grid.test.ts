import { describe, expect, it } from 'vitest';
import { jamsa2025, jamsa2026 } from './calendars/jamsa';
import { templateId, themeId } from './ids';
import type { TaskTemplate } from './model';
import { moveRuleToMonth, planGrid, SCHOOL_YEAR_MONTHS, type GridRow } from './plan-grid';
import { resolveRule } from './schedule/resolve-window';
import { buildSchoolCalendar } from './school-calendar';
import type { TimingRule } from './timing-rule';

function template(id: string, overrides: Partial<TaskTemplate> = {}): TaskTemplate {
  const text = { fi: id, sv: id, en: id };
  return {
    id: templateId(id),
    title: text,
    description: text,
    themeId: themeId('th-1'),
    grades: [1],
    scope: 'class',
    responsible: ['classTeacher'],
    timing: { kind: 'month', month: 9, part: 'whole' },
    materials: [],
    ...overrides,
  };
}

/** The row's cells as 'month: ids' for the months that hold something. */
function filled(row: GridRow | undefined): string[] {
  return (row?.cells ?? []).flatMap((cell, i) =>
    cell.length === 0
      ? []
      : [`${SCHOOL_YEAR_MONTHS[i]}: ${cell.map((t) => t.templateId).join(' ')}`],
  );
}

describe('planGrid', () => {
  it('has rows esiopetus, 1-9, school and organization, and 12 months each from August', () => {
    const rows = planGrid([], buildSchoolCalendar(jamsa2025));
    expect(rows.map((r) => (r.kind === 'grade' ? r.grade : r.kind))).toEqual([
      0,
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      'school',
      'organization',
    ]);
    expect(rows.every((r) => r.cells.length === 12 && r.cells.every((c) => c.length === 0))).toBe(
      true,
    );
  });

  it.each([
    // [rule, year, months in which the grade-1 row shows it]
    [{ kind: 'month', month: 9, part: 'whole' }, jamsa2025, ['9: t']],
    // ISO week 45 of 2025 starts Mon 3 Nov.
    [{ kind: 'isoWeek', week: 45 }, jamsa2025, ['11: t']],
    // Week 52 of 2025 (22-26 Dec) is in the Christmas break: it moves to Wed 7 Jan 2026.
    [{ kind: 'isoWeek', week: 52 }, jamsa2025, ['1: t']],
    // A window from 25 Sep to 3 Oct 2025 stands in September, where it starts.
    [{ kind: 'dateRange', start: '09-25', end: '10-03' }, jamsa2025, ['9: t']],
    [{ kind: 'everyMonth', months: [10, 2], part: 'firstHalf' }, jamsa2025, ['10: t', '2: t']],
    // The survey in odd years: spring 2027 is in the year starting 2026, not in 2025's.
    [
      {
        kind: 'everyNthYear',
        every: 2,
        remainder: 1,
        rule: { kind: 'month', month: 3, part: 'whole' },
      },
      jamsa2025,
      [],
    ],
    [
      {
        kind: 'everyNthYear',
        every: 2,
        remainder: 1,
        rule: { kind: 'month', month: 3, part: 'whole' },
      },
      jamsa2026,
      ['3: t'],
    ],
  ] satisfies [TimingRule, unknown, string[]][])('%j in %#', (timing, year, months) => {
    const rows = planGrid([template('t', { timing })], buildSchoolCalendar(year));
    expect(filled(rows[1])).toEqual(months);
    expect(filled(rows[2])).toEqual([]);
  });

  it('lists a class task in the row of each of its grades, school and organization tasks in their own rows', () => {
    const rows = planGrid(
      [
        template('t-07', { grades: [0, 7] }),
        template('t-school', { scope: 'school', grades: [1, 2, 3] }),
        template('t-org', {
          scope: 'organization',
          grades: [9],
          timing: { kind: 'isoWeek', week: 38 },
        }),
      ],
      buildSchoolCalendar(jamsa2025),
    );
    expect(rows.map(filled)).toEqual([
      ['9: t-07'],
      [],
      [],
      [],
      [],
      [],
      [],
      ['9: t-07'],
      [],
      [],
      ['9: t-school'],
      ['9: t-org'],
    ]);
  });

  it('orders a cell by where the windows start, then by template id, each task once', () => {
    const rows = planGrid(
      [
        template('t-b', { timing: { kind: 'month', month: 9, part: 'secondHalf' } }),
        template('t-c', { timing: { kind: 'month', month: 9, part: 'whole' } }),
        template('t-a', { timing: { kind: 'month', month: 9, part: 'whole' } }),
      ],
      buildSchoolCalendar(jamsa2025),
    );
    expect(filled(rows[1])).toEqual(['9: t-a t-c t-b']);
  });
});

describe('moveRuleToMonth', () => {
  const every = (n: number, remainder: number, rule: TimingRule): TimingRule => ({
    kind: 'everyNthYear',
    every: n,
    remainder,
    rule,
  });
  const month = (m: number, part: 'whole' | 'firstHalf' = 'whole'): TimingRule => ({
    kind: 'month',
    month: m as 1,
    part,
  });
  it.each<[string, TimingRule, number, number, unknown]>([
    ['the same month', month(9, 'firstHalf'), 9, 9, { kind: 'same' }],
    [
      'another month, its part kept',
      month(9, 'firstHalf'),
      11,
      9,
      { kind: 'changeMonth', rule: month(11, 'firstHalf') },
    ],
    [
      'every 2nd year, within the spring: the same years',
      every(2, 1, month(3)),
      4,
      3,
      { kind: 'changeMonth', rule: every(2, 1, month(4)) },
    ],
    [
      'every 3rd year, September 2027 to January 2028: the same school year',
      every(3, 2, month(9)),
      1,
      9,
      { kind: 'changeMonth', rule: every(3, 0, month(1)) },
    ],
    [
      'every 2nd year, March 2027 to October 2026: the same school year',
      every(2, 1, month(3)),
      10,
      3,
      { kind: 'changeMonth', rule: every(2, 0, month(10)) },
    ],
    [
      'every 3rd year, January 2028 to December 2027: the same school year',
      every(3, 0, month(1)),
      12,
      1,
      { kind: 'changeMonth', rule: every(3, 2, month(12)) },
    ],
    [
      'every year, over New Year',
      every(1, 0, month(11)),
      2,
      11,
      { kind: 'changeMonth', rule: every(1, 0, month(2)) },
    ],
    ['a week rule', { kind: 'isoWeek', week: 45 }, 12, 11, { kind: 'replace', rule: month(12) }],
    [
      'a rule relative to the term',
      {
        kind: 'relative',
        anchor: { kind: 'termStart', term: 'autumn' },
        offsetSchoolDays: 0,
        lengthSchoolDays: 5,
      },
      8,
      8,
      { kind: 'replace', rule: month(8) },
    ],
    [
      'every month',
      { kind: 'everyMonth', months: [], part: 'whole' },
      1,
      9,
      { kind: 'replace', rule: month(1) },
    ],
    [
      'every 2nd year, week 10 (March) to February',
      every(2, 1, { kind: 'isoWeek', week: 10 }),
      2,
      3,
      { kind: 'replace', rule: every(2, 1, month(2)) },
    ],
    [
      'every 2nd year, week 10 (March) to November',
      every(2, 1, { kind: 'isoWeek', week: 10 }),
      11,
      3,
      { kind: 'replace', rule: every(2, 0, month(11)) },
    ],
  ])('%s', (_, rule, to, from, expected) => {
    expect(moveRuleToMonth(rule, to as 1, from as 1)).toEqual(expected);
  });
});

describe('a move keeps an every-n-th-year task in the same school years', () => {
  // The real scheduler decides: the task falls in a school year before the move exactly when it
  // does after it, for every count, remainder, month it stands in and month it moves to.
  const calendars = [jamsa2025, jamsa2026].map((year) => buildSchoolCalendar(year));
  const cases = [2, 3, 4].flatMap((every) =>
    Array.from({ length: every }, (_, remainder) => remainder).flatMap((remainder) =>
      SCHOOL_YEAR_MONTHS.flatMap((from) =>
        SCHOOL_YEAR_MONTHS.filter((to) => to !== from).map((to) => ({
          every,
          remainder,
          from,
          to,
        })),
      ),
    ),
  );
  it(`holds in ${cases.length} moves over the school years 2025-2026 and 2026-2027`, () => {
    const inYears = (rule: TimingRule) =>
      calendars.map((calendar) => resolveRule(rule, calendar).windows.length > 0);
    for (const { every, remainder, from, to } of cases) {
      const rule: TimingRule = {
        kind: 'everyNthYear',
        every,
        remainder,
        rule: { kind: 'month', month: from, part: 'whole' },
      };
      const moved = moveRuleToMonth(rule, to, from);
      if (moved.kind === 'same') throw new Error(`${from} to ${to} changed nothing`);
      expect([every, remainder, from, to, inYears(moved.rule)]).toEqual([
        every,
        remainder,
        from,
        to,
        inYears(rule),
      ]);
    }
  });
});
