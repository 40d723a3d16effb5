import { adjustmentIdFor } from '../adjustment-ids';
import { describe, expect, it } from 'vitest';
import { jamsa2025, jamsa2026 } from '../calendars/jamsa';
import { unscheduledFields, type Entity } from '../entities';
import { groupId, organizationId, schoolId, schoolYearId, templateId, themeId } from '../ids';
import {
  type Grade,
  type Group,
  type School,
  type SchoolAdjustment,
  type TaskTemplate,
} from '../model';
import type { TimingRule } from '../timing-rule';
import { materializeActions } from './materialize-actions';
import { actionIdFor } from './schedule-ids';
import type { PlanSnapshot } from './materialize-actions';

function school(id: string, grades: Grade[]): School {
  return { id: schoolId(id), organizationId: organizationId('org-demo'), name: id, grades };
}
function group(id: string, school: string, grades: Grade[], year = 'sy-2025'): Group {
  return {
    id: groupId(id),
    schoolId: schoolId(school),
    schoolYearId: schoolYearId(year),
    name: id,
    grades,
  };
}
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
    timing: { kind: 'isoWeek', week: 45 },
    materials: [],
    ...overrides,
  };
}

const schools = [school('s-north', [0, 1, 2, 3, 4, 5, 6]), school('s-high', [7, 8, 9])];
const groups = [
  group('g-1a', 's-north', [1]),
  group('g-12', 's-north', [1, 2]),
  group('g-3', 's-north', [3]),
  group('g-7a', 's-high', [7]),
  group('g-1a-next', 's-north', [1], 'sy-2026'),
];
function plan(templates: TaskTemplate[], year = jamsa2025): PlanSnapshot {
  return { schools, schoolYear: year, groups, templates };
}

describe('materializeActions', () => {
  it('gives a class task once to each class of the year with a matching grade, a combined class once', () => {
    const { actions, problems } = materializeActions(plan([template('t-1', { grades: [1, 2] })]));
    expect(problems).toEqual([]);
    expect(actions).toEqual([
      {
        id: 'sy-2025~g:g-1a~t-1~',
        templateId: 't-1',
        schoolYearId: 'sy-2025',
        scope: 'class',
        groupId: 'g-1a',
        schoolId: 's-north',
        occurrence: '',
        start: '2025-11-03',
        end: '2025-11-07',
        themeId: 'th-1',
        adjustment: null,
      },
      {
        id: 'sy-2025~g:g-12~t-1~',
        templateId: 't-1',
        schoolYearId: 'sy-2025',
        scope: 'class',
        groupId: 'g-12',
        schoolId: 's-north',
        occurrence: '',
        start: '2025-11-03',
        end: '2025-11-07',
        themeId: 'th-1',
        adjustment: null,
      },
    ]);
  });

  it('gives a school task to each school teaching one of its grades', () => {
    const { actions } = materializeActions(
      plan([template('t-s', { scope: 'school', grades: [6, 7] })]),
    );
    expect(actions.map((a) => [a.id, a.schoolId, a.groupId])).toEqual([
      ['sy-2025~s:s-north~t-s~', 's-north', null],
      ['sy-2025~s:s-high~t-s~', 's-high', null],
    ]);
  });

  it('gives an organization task once', () => {
    const { actions } = materializeActions(
      plan([template('t-o', { scope: 'organization', grades: [] })]),
    );
    expect(actions.map((a) => [a.id, a.schoolId, a.groupId, a.scope])).toEqual([
      ['sy-2025~org~t-o~', null, null, 'organization'],
    ]);
  });

  it('fans every occurrence out with its own id', () => {
    const timing: TimingRule = { kind: 'everyMonth', months: [9, 10], part: 'firstHalf' };
    const { actions } = materializeActions(plan([template('t-m', { timing, grades: [7] })]));
    expect(actions.map((a) => [a.id, a.start, a.end])).toEqual([
      ['sy-2025~g:g-7a~t-m~m09', '2025-09-01', '2025-09-15'],
      ['sy-2025~g:g-7a~t-m~m10', '2025-10-01', '2025-10-10'],
    ]);
  });

  it('carries the reason a window moved', () => {
    const { actions } = materializeActions(
      plan([template('t-42', { timing: { kind: 'isoWeek', week: 42 }, grades: [3] })]),
    );
    expect(actions.map((a) => [a.start, a.end, a.adjustment])).toEqual([
      [
        '2025-10-20',
        '2025-10-24',
        { kind: 'movedOutOfBreak', breakKind: 'autumn', direction: 'after' },
      ],
    ]);
  });

  it('moves a window out of a break the way its template says', () => {
    const timing: TimingRule = { kind: 'dateRange', start: '12-22', end: '12-23' };
    const { actions } = materializeActions(
      plan([
        template('t-before', { timing, breakShift: 'before' }),
        template('t-after', { timing, breakShift: 'after' }),
        template('t-old', { timing }),
      ]),
    );
    const of1a = actions.filter((a) => a.groupId === 'g-1a');
    expect(of1a.map((a) => [a.templateId, a.start, a.end, a.adjustment])).toEqual([
      [
        't-before',
        '2025-12-18',
        '2025-12-19',
        { kind: 'movedOutOfBreak', breakKind: 'christmas', direction: 'before' },
      ],
      [
        't-after',
        '2026-01-07',
        '2026-01-08',
        { kind: 'movedOutOfBreak', breakKind: 'christmas', direction: 'after' },
      ],
      [
        't-old',
        '2026-01-07',
        '2026-01-08',
        { kind: 'movedOutOfBreak', breakKind: 'christmas', direction: 'after' },
      ],
    ]);
  });

  it('says which breaks a window spans, on every action of the template', () => {
    const { actions } = materializeActions(
      plan([
        template('t-over', {
          grades: [1, 2],
          timing: { kind: 'dateRange', start: '12-15', end: '01-15' },
        }),
        template('t-nov', { grades: [1], timing: { kind: 'month', month: 11, part: 'whole' } }),
      ]),
    );
    expect(actions.map((a) => [a.id, a.spansBreaks])).toEqual([
      ['sy-2025~g:g-1a~t-over~', ['christmas']],
      ['sy-2025~g:g-12~t-over~', ['christmas']],
      ['sy-2025~g:g-1a~t-nov~', undefined],
      ['sy-2025~g:g-12~t-nov~', undefined],
    ]);
  });

  it('runs the odd-year survey in 2026-2027 only', () => {
    const survey = template('t-survey', {
      grades: [1],
      timing: {
        kind: 'everyNthYear',
        every: 2,
        remainder: 1,
        rule: { kind: 'month', month: 3, part: 'whole' },
      },
    });
    expect(materializeActions(plan([survey], jamsa2025))).toEqual({ actions: [], problems: [] });
    const next = materializeActions(plan([survey], jamsa2026));
    expect(next.actions.map((a) => [a.id, a.start, a.end])).toEqual([
      ['sy-2026~g:g-1a-next~t-survey~', '2027-03-08', '2027-03-31'],
    ]);
  });

  it('reports a rule that cannot be placed and goes on with the others', () => {
    const { actions, problems } = materializeActions(
      plan([template('t-53', { timing: { kind: 'isoWeek', week: 53 } }), template('t-45')]),
    );
    expect(problems).toEqual([{ templateId: 't-53', occurrence: '', code: 'WEEK_NOT_IN_YEAR' }]);
    expect(actions.map((a) => a.templateId)).toEqual(['t-45', 't-45']);
  });

  it('gives the same ids every time, also after the rule moves', () => {
    const first = materializeActions(plan([template('t-1', { grades: [1, 2, 7] })]));
    const again = materializeActions(plan([template('t-1', { grades: [1, 2, 7] })]));
    const moved = materializeActions(
      plan([
        template('t-1', { grades: [1, 2, 7], timing: { kind: 'month', month: 1, part: 'whole' } }),
      ]),
    );
    const ids = first.actions.map((a) => a.id);
    expect(again.actions.map((a) => a.id)).toEqual(ids);
    expect(moved.actions.map((a) => a.id)).toEqual(ids);
    expect(moved.actions.map((a) => a.start)).toEqual(['2026-01-07', '2026-01-07', '2026-01-07']);
  });
});

describe("a school's adjustments", () => {
  const adjustment = (
    school: string,
    template: string,
    timing: TimingRule | null,
  ): SchoolAdjustment => ({
    id: adjustmentIdFor(schoolId(school), templateId(template)),
    schoolId: schoolId(school),
    templateId: templateId(template),
    kind: timing === null ? 'off' : 'move',
    timing,
  });
  /** Each action as 'target start-end' (+ 'own' when the school's timing). */
  const windows = (p: PlanSnapshot) =>
    materializeActions(p).actions.map(
      (a) =>
        `${a.groupId ?? a.schoolId ?? 'org'} ${a.start}–${a.end}${a.schoolTiming ? ' own' : ''}`,
    );

  it("moves a class task for that school's classes only, keeping the action ids", () => {
    const tasks = [template('t-1', { grades: [1, 7], timing: { kind: 'isoWeek', week: 45 } })];
    const base = plan(tasks);
    // The northern school holds it in week 47 (17-21 Nov 2025), the others in week 45 (3-7 Nov).
    const moved = {
      ...base,
      adjustments: [adjustment('s-north', 't-1', { kind: 'isoWeek', week: 47 })],
    };
    expect(windows(moved)).toEqual([
      'g-1a 2025-11-17–2025-11-21 own',
      'g-12 2025-11-17–2025-11-21 own',
      'g-7a 2025-11-03–2025-11-07',
    ]);
    expect(materializeActions(moved).actions.map((a) => a.id)).toEqual(
      materializeActions(base).actions.map((a) => a.id),
    );
  });

  it('switches a task off for one school: its classes and its own action get none', () => {
    const tasks = [
      template('t-1', { grades: [1, 7] }),
      template('t-s', {
        scope: 'school',
        grades: [1, 7],
        timing: { kind: 'month', month: 10, part: 'whole' },
      }),
      template('t-o', {
        scope: 'organization',
        timing: { kind: 'month', month: 10, part: 'whole' },
      }),
    ];
    const off = {
      ...plan(tasks),
      adjustments: [
        adjustment('s-north', 't-1', null),
        adjustment('s-north', 't-s', null),
        adjustment('s-north', 't-o', null),
      ],
    };
    expect(windows(off)).toEqual([
      'g-7a 2025-11-03–2025-11-07',
      // October 2025: Wed 1 Oct to Fri 31 Oct.
      's-high 2025-10-01–2025-10-31',
      // An organization task is the municipality's: no school switches it off.
      'org 2025-10-01–2025-10-31',
    ]);
  });

  it("moves a school's own task, and a move into a break says where it went", () => {
    const tasks = [
      template('t-s', {
        scope: 'school',
        grades: [1, 7],
        timing: { kind: 'month', month: 10, part: 'whole' },
      }),
    ];
    // Week 42 of 2025 is the autumn break (13-19 Oct): it moves to the next school days.
    const moved = {
      ...plan(tasks),
      adjustments: [adjustment('s-high', 't-s', { kind: 'isoWeek', week: 42 })],
    };
    expect(windows(moved)).toEqual([
      's-north 2025-10-01–2025-10-31',
      's-high 2025-10-20–2025-10-24 own',
    ]);
    expect(materializeActions(moved).actions[1]?.adjustment).toEqual({
      kind: 'movedOutOfBreak',
      breakKind: 'autumn',
      direction: 'after',
    });
  });
});

describe('actionIdFor', () => {
  it.each([
    [{ kind: 'group', groupId: groupId('g-1a') }, 'm09', 'sy-2025~g:g-1a~t-1~m09'],
    [{ kind: 'school', schoolId: schoolId('s-north') }, '', 'sy-2025~s:s-north~t-1~'],
    [{ kind: 'organization' }, '', 'sy-2025~org~t-1~'],
  ] as const)('%j %j', (target, occurrence, expected) => {
    expect(actionIdFor(schoolYearId('sy-2025'), target, templateId('t-1'), occurrence)).toBe(
      expected,
    );
  });
});

describe('materializeActions with a retired template', () => {
  const cases: {
    retiredFrom: number | null | undefined;
    year: typeof jamsa2025;
    planned: boolean;
  }[] = [
    { retiredFrom: undefined, year: jamsa2025, planned: true },
    { retiredFrom: null, year: jamsa2025, planned: true },
    { retiredFrom: 2026, year: jamsa2025, planned: true },
    { retiredFrom: 2026, year: jamsa2026, planned: false },
    { retiredFrom: 2025, year: jamsa2025, planned: false },
    { retiredFrom: 2025, year: jamsa2026, planned: false },
  ];
  it.each(cases)(
    'retiredFrom $retiredFrom in the year starting $year.startYear: planned $planned',
    ({ retiredFrom, year, planned }) => {
      const retired = template('t-retired', retiredFrom === undefined ? {} : { retiredFrom });
      const { actions, problems } = materializeActions(
        plan([retired, template('t-kept', { timing: { kind: 'isoWeek', week: 53 } })], year),
      );
      expect(actions.some((a) => a.templateId === 't-retired')).toBe(planned);
      // A retired template reports no problem either; the other one still does where it has one.
      expect(problems.some((p) => p.templateId === 't-retired')).toBe(false);
    },
  );
});

describe('the fields the registry declares unscheduled', () => {
  /** `value` changed, keeping its shape: what an edit of only that field could make of it. */
  const changed = (value: unknown): unknown => {
    if (value === undefined || value === null) return '2025-10-01';
    if (typeof value === 'string') return `${value} (muutettu)`;
    if (Array.isArray(value)) return value.length > 0 ? [] : ['principal'];
    if (typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, changed(v)]));
    }
    return value;
  };
  const edited = <Row extends object>(entity: Entity, rows: readonly Row[]): Row[] =>
    rows.map((row) => {
      const copy = { ...row } as Record<string, unknown>;
      for (const field of unscheduledFields(entity)) copy[field] = changed(copy[field]);
      return copy as Row;
    });

  it('move no action when changed, for templates, schools and classes', () => {
    const library = [
      template('t-class', {
        grades: [1, 2, 3],
        timing: { kind: 'month', month: 10, part: 'whole' },
      }),
      template('t-school', { scope: 'school', grades: [1, 7] }),
      template('t-org', {
        scope: 'organization',
        timing: { kind: 'everyMonth', months: [9, 2], part: 'firstHalf' },
      }),
    ];
    const before = materializeActions(plan(library));
    expect(before.actions.length).toBeGreaterThan(0);
    const after = materializeActions({
      schools: edited('school', schools),
      schoolYear: jamsa2025,
      groups: edited('group', groups),
      templates: edited('template', library),
    });
    expect(after).toEqual(before);
    // The edits did change the rows: a field the scheduler reads would have shown.
    expect(edited('template', library)[0]?.title.fi).toBe('t-class (muutettu)');
    expect(unscheduledFields('template')).toContain('title');
  });
});
