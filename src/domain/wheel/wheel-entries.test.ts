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
import { NO_FILTER, wheelEntries, type WheelEntriesInput, type WheelFilter } from './wheel-entries';

const SY = schoolYearId('sy-2026');
const north: School = {
  id: schoolId('north'),
  organizationId: 'org' as never,
  name: 'North',
  grades: [0, 1, 2, 3, 4, 5, 6],
};
const south: School = {
  id: schoolId('south'),
  organizationId: 'org' as never,
  name: 'South',
  grades: [7, 8, 9],
};
const group = (id: string, school: School, grades: Grade[]): Group => ({
  id: groupId(id),
  schoolId: school.id,
  schoolYearId: SY,
  name: id,
  grades,
});
const GROUPS = [
  group('n3a', north, [3]),
  group('n3b', north, [3]),
  group('n56', north, [5, 6]),
  group('s8a', south, [8]),
];
const theme = (id: string, order: number): Theme => ({
  id: themeId(id),
  name: { fi: id, sv: id, en: id },
  color: '#1d6a96',
  order,
});
const THEMES = [theme('health', 1), theme('media', 2)];
const template = (
  id: string,
  scope: TaskTemplate['scope'],
  grades: Grade[],
  over: Partial<TaskTemplate> = {},
): TaskTemplate => ({
  id: templateId(id),
  title: { fi: id, sv: id, en: id },
  description: { fi: '', sv: '', en: '' },
  themeId: themeId('health'),
  grades,
  scope,
  responsible: ['classTeacher'],
  timing: { kind: 'month', month: 11, part: 'whole' },
  materials: [],
  ...over,
});
const TEMPLATES = [
  template('lesson', 'class', [1, 2, 3, 4, 5, 6, 7, 8, 9]),
  template('check5', 'class', [5], { responsible: ['nurse'], themeId: null }),
  template('media', 'class', [3, 8], { themeId: themeId('media') }),
  template('drill', 'school', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], { responsible: ['principal'] }),
  template('transfer', 'school', [6], { responsible: ['principal'] }),
  template('report', 'organization', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], {
    responsible: ['coordinator'],
  }),
];

const classAction = (tpl: string, g: string, start: string, end: string): Action => ({
  id: actionId(`${g}~${tpl}`),
  templateId: templateId(tpl),
  schoolYearId: SY,
  scope: 'class',
  groupId: groupId(g),
  schoolId: GROUPS.find((x) => x.id === g)!.schoolId,
  occurrence: '',
  start: d(start),
  end: d(end),
  themeId: TEMPLATES.find((x) => x.id === tpl)!.themeId,
  adjustment: null,
});
const otherAction = (tpl: string, school: School | null, start: string, end: string): Action => ({
  ...classAction('lesson', 'n3a', start, end),
  id: actionId(`${school?.id ?? 'org'}~${tpl}`),
  templateId: templateId(tpl),
  scope: school ? 'school' : 'organization',
  groupId: null,
  schoolId: school?.id ?? null,
  themeId: TEMPLATES.find((x) => x.id === tpl)!.themeId,
});
const ACTIONS: Action[] = [
  classAction('lesson', 'n3a', '2026-11-02', '2026-11-27'),
  classAction('lesson', 'n3b', '2026-11-02', '2026-11-27'),
  classAction('lesson', 'n56', '2026-11-02', '2026-11-27'),
  classAction('lesson', 's8a', '2026-11-02', '2026-11-27'),
  classAction('check5', 'n56', '2026-09-01', '2026-09-30'),
  classAction('media', 'n3a', '2027-02-15', '2027-02-19'),
  classAction('media', 's8a', '2027-02-15', '2027-02-19'),
  otherAction('drill', north, '2026-09-14', '2026-09-18'),
  otherAction('drill', south, '2026-09-21', '2026-09-25'),
  otherAction('transfer', north, '2027-05-03', '2027-05-07'),
  otherAction('report', null, '2026-12-01', '2026-12-18'),
];

function entries(filter: Partial<WheelFilter>, mode: WheelEntriesInput['mode'] = 'grade') {
  const result = wheelEntries({
    actions: ACTIONS,
    groups: GROUPS,
    schools: [north, south],
    templates: new Map<TemplateId, TaskTemplate>(TEMPLATES.map((t) => [t.id, t])),
    themes: THEMES,
    filter: { ...NO_FILTER, ...filter },
    mode,
  });
  return {
    rings: result.rings.map((r) => r.key),
    entries: result.entries.map((e) => `${e.ring} ${e.templateId} ×${e.actions.length}`),
  };
}

describe('wheelEntries', () => {
  it.each<[string, Partial<WheelFilter>, ReturnType<typeof entries>]>([
    [
      'the whole plan: a task once per ring and window, for every class with it; all ten grades',
      {},
      {
        rings: [
          ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((g) => `grade-${g}`),
          'school',
          'organization',
        ],
        entries: [
          'grade-5 check5 ×1',
          'school drill ×1',
          'school drill ×1',
          'grade-3 lesson ×2',
          // The combined class 5–6 has the lesson in both its grades' rings.
          'grade-5 lesson ×1',
          'grade-6 lesson ×1',
          'grade-8 lesson ×1',
          'organization report ×1',
          'grade-3 media ×1',
          'grade-8 media ×1',
          'school transfer ×1',
        ],
      },
    ],
    [
      'a class: its own actions and its school’s for its grades, no organization’s',
      { groupId: groupId('n56') },
      {
        rings: ['grade-5', 'grade-6', 'school'],
        entries: [
          'grade-5 check5 ×1',
          'school drill ×1',
          'grade-5 lesson ×1',
          'grade-6 lesson ×1',
          'school transfer ×1',
        ],
      },
    ],
    [
      'a school: its classes and its own, the organization’s for its grades, its grades’ rings',
      { schoolId: schoolId('south') },
      {
        rings: ['grade-7', 'grade-8', 'grade-9', 'school', 'organization'],
        entries: [
          'school drill ×1',
          'grade-8 lesson ×1',
          'organization report ×1',
          'grade-8 media ×1',
        ],
      },
    ],
    [
      'a grade: the tasks for it in every scope',
      { grade: 6 },
      {
        rings: ['grade-6', 'school', 'organization'],
        // The two schools' drills fall in different weeks: two arcs.
        entries: [
          'school drill ×1',
          'school drill ×1',
          'grade-6 lesson ×1',
          'organization report ×1',
          'school transfer ×1',
        ],
      },
    ],
    [
      'a theme and a role',
      { themeId: themeId('media'), grade: 3 },
      { rings: ['grade-3'], entries: ['grade-3 media ×1'] },
    ],
    [
      'a responsible role',
      { role: 'nurse' },
      {
        rings: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((g) => `grade-${g}`),
        entries: ['grade-5 check5 ×1'],
      },
    ],
  ])('%s', (_name, filter, expected) => {
    expect(entries(filter)).toEqual(expected);
  });

  it('puts class tasks in a ring per theme (in theme order, no theme last) in theme mode', () => {
    expect(entries({ schoolId: schoolId('north') }, 'theme')).toEqual({
      rings: ['theme-health', 'theme-media', 'theme-none', 'school', 'organization'],
      entries: [
        'theme-none check5 ×1',
        'school drill ×1',
        'theme-health lesson ×3',
        'organization report ×1',
        'theme-media media ×1',
        'school transfer ×1',
      ],
    });
  });

  it('keeps a class’s actions apart (one per arc) and says which', () => {
    const result = wheelEntries({
      actions: ACTIONS,
      groups: GROUPS,
      schools: [north, south],
      templates: new Map<TemplateId, TaskTemplate>(TEMPLATES.map((t) => [t.id, t])),
      themes: THEMES,
      filter: { ...NO_FILTER, groupId: groupId('n3a') },
      mode: 'grade',
    });
    expect(result.entries.map((e) => e.actions.map((a) => a.id))).toEqual([
      ['north~drill'],
      ['n3a~lesson'],
      ['n3a~media'],
    ]);
  });
});
