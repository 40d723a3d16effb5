import { describe, expect, it } from 'vitest';
import {
  actionId,
  groupId,
  schoolId,
  schoolYearId,
  templateId,
  themeId,
  type TemplateId,
} from '../ids';
import { mustParseLocalDate as d } from '../local-date';
import type { Action, Grade, Group, School, TaskTemplate, Theme } from '../model';
import {
  classChecklistActions,
  gradeCalendarActions,
  gradesOfSchool,
  monthByMonth,
  themesOf,
} from './print-calendar';

const NORTH = schoolId('s-north');
const SOUTH = schoolId('s-south');

function action(
  id: string,
  start: string,
  end: string,
  over: Partial<Action> & { template?: string } = {},
): Action {
  const { template, ...rest } = over;
  return {
    id: actionId(id),
    templateId: templateId(template ?? `t-${id}`),
    schoolYearId: schoolYearId('sy-2026'),
    scope: 'class',
    groupId: groupId('g-1a'),
    schoolId: NORTH,
    occurrence: '',
    start: d(start),
    end: d(end),
    themeId: null,
    adjustment: null,
    ...rest,
  };
}

function template(id: string, grades: readonly Grade[]): [TemplateId, TaskTemplate] {
  const text = { fi: id, sv: id, en: id };
  return [
    templateId(id),
    {
      id: templateId(id),
      title: text,
      description: text,
      themeId: null,
      grades,
      scope: 'class',
      responsible: [],
      timing: { kind: 'isoWeek', week: 45 },
      materials: [],
    },
  ];
}

function group(id: string, grades: readonly Grade[], school = NORTH): Group {
  return {
    id: groupId(id),
    schoolId: school,
    schoolYearId: schoolYearId('sy-2026'),
    name: id,
    grades,
  };
}

const groups = [
  group('g-1a', [1]),
  group('g-1b', [1]),
  group('g-5-6', [5, 6]),
  group('g-south-1', [1], SOUTH),
];
const templates = new Map([
  template('t-g1', [1]),
  template('t-g5', [5]),
  template('t-g6', [6]),
  template('t-school-1', [1, 2]),
  template('t-school-9', [9]),
  template('t-org', [1]),
]);

const actions = [
  // Grade 1's task in both classes of the north school and in the south school.
  action('1a-g1', '2026-11-02', '2026-11-06', { template: 't-g1', groupId: groupId('g-1a') }),
  action('1b-g1', '2026-11-02', '2026-11-06', { template: 't-g1', groupId: groupId('g-1b') }),
  action('s1-g1', '2026-11-09', '2026-11-13', {
    template: 't-g1',
    groupId: groupId('g-south-1'),
    schoolId: SOUTH,
  }),
  // The combined class 5-6 has the tasks of both grades.
  action('56-g5', '2026-09-01', '2026-09-30', { template: 't-g5', groupId: groupId('g-5-6') }),
  action('56-g6', '2026-08-12', '2026-08-14', { template: 't-g6', groupId: groupId('g-5-6') }),
  // Two occurrences of a school task (every month) and one meant for grade 9 only.
  action('sch-1-m08', '2026-08-12', '2026-08-31', {
    template: 't-school-1',
    scope: 'school',
    groupId: null,
    occurrence: 'm08',
  }),
  action('sch-1-m01', '2027-01-07', '2027-01-29', {
    template: 't-school-1',
    scope: 'school',
    groupId: null,
    occurrence: 'm01',
  }),
  action('sch-9', '2026-10-01', '2026-10-09', {
    template: 't-school-9',
    scope: 'school',
    groupId: null,
  }),
  action('org', '2026-12-01', '2026-12-11', {
    template: 't-org',
    scope: 'organization',
    groupId: null,
    schoolId: null,
  }),
];
const ids = (list: readonly Action[]) => list.map((a) => a.id);

describe('gradeCalendarActions', () => {
  it.each([
    // Grade 1 of the north school: its task once (two classes), the school task's two
    // occurrences; not the south school's, not the organization's, not grade 9's.
    [NORTH, 1, ['sch-1-m08', '1a-g1', 'sch-1-m01']],
    // The combined class 5-6 gives each grade only its own tasks.
    [NORTH, 5, ['56-g5']],
    [NORTH, 6, ['56-g6']],
    [NORTH, 9, ['sch-9']],
    [NORTH, 2, ['sch-1-m08', 'sch-1-m01']],
    [SOUTH, 1, ['s1-g1']],
  ] as const)('of school %s, grade %i: %j', (school, grade, expected) => {
    expect(
      ids(gradeCalendarActions({ actions, groups, templates, schoolId: school, grade })),
    ).toEqual(expected);
  });
});

describe('classChecklistActions', () => {
  it.each([
    ['g-1b', ['sch-1-m08', '1b-g1', 'sch-1-m01']],
    ['g-5-6', ['56-g6', '56-g5']],
    ['g-south-1', ['s1-g1']],
  ] as const)('of class %s: %j', (id, expected) => {
    const chosen = groups.find((g) => g.id === id);
    if (!chosen) expect.unreachable();
    expect(ids(classChecklistActions({ actions, group: chosen, templates }))).toEqual(expected);
  });
});

describe('monthByMonth', () => {
  it('lists August to July with each task in the month its window starts, with ISO weeks', () => {
    const months = monthByMonth(
      [
        action('dec-jan', '2026-12-28', '2027-01-08'),
        action('nov', '2026-11-02', '2026-11-06'),
        action('aug', '2026-08-12', '2026-08-14'),
        action('nov-early', '2026-11-02', '2026-11-04'),
        action('next-year-aug', '2027-08-11', '2027-08-13'),
      ],
      2026,
    );
    expect(months.map((m) => [m.year, m.month])).toEqual([
      [2026, 8],
      [2026, 9],
      [2026, 10],
      [2026, 11],
      [2026, 12],
      [2027, 1],
      [2027, 2],
      [2027, 3],
      [2027, 4],
      [2027, 5],
      [2027, 6],
      [2027, 7],
    ]);
    const entries = months.map((m) => m.entries.map((e) => [e.action.id, e.startWeek, e.endWeek]));
    expect(entries[0]).toEqual([['aug', 33, 33]]);
    expect(entries[3]).toEqual([
      ['nov-early', 45, 45],
      ['nov', 45, 45],
    ]);
    // Week 53 of 2026, then week 1 of 2027.
    expect(entries[4]).toEqual([['dec-jan', 53, 1]]);
    expect(entries[5]).toEqual([]);
    // August of the next school year is not on this one's page.
    expect(months.flatMap((m) => m.entries).map((e) => e.action.id)).not.toContain('next-year-aug');
  });
});

describe('themesOf', () => {
  const theme = (id: string): Theme => ({
    id: themeId(id),
    name: { fi: id, sv: id, en: id },
    color: '#1d4e89',
  });
  const themes = Array.from({ length: 28 }, (_, i) => theme(`th-${i}`));

  it('lists the themes a page uses, in the themes’ order', () => {
    const used = [
      action('x', '2026-11-02', '2026-11-06', { themeId: themeId('th-5') }),
      action('y', '2026-11-02', '2026-11-06', { themeId: themeId('th-2') }),
      action('z', '2026-11-02', '2026-11-06', { themeId: themeId('th-5') }),
      action('w', '2026-11-02', '2026-11-06'),
    ];
    expect(themesOf(used, themes).map((t) => t.id)).toEqual(['th-2', 'th-5']);
  });
});

describe('gradesOfSchool', () => {
  it('joins the grades the school teaches and those of its classes, ascending', () => {
    const school: School = {
      id: NORTH,
      organizationId: 'org' as School['organizationId'],
      name: 'N',
      grades: [3, 1],
    };
    expect(gradesOfSchool(school, groups)).toEqual([1, 3, 5, 6]);
  });
});
