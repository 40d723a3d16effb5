import { describe, expect, it } from 'vitest';
import { jamsa2025 } from '../calendars/jamsa';
import { groupId, organizationId, schoolId, schoolYearId, templateId } from '../ids';
import type { Group, School, TaskTemplate } from '../model';
import { buildSchoolCalendar } from '../school-calendar';
import { previewTemplate, templateMonths } from './rule-preview';

const schools: School[] = [
  {
    id: schoolId('s-1'),
    organizationId: organizationId('o'),
    name: 'Koivula',
    grades: [0, 1, 2, 3],
  },
  { id: schoolId('s-2'), organizationId: organizationId('o'), name: 'Alamäki', grades: [7, 8, 9] },
];
const group = (id: string, school: string, name: string, grades: Group['grades']): Group => ({
  id: groupId(id),
  schoolId: schoolId(school),
  schoolYearId: schoolYearId('sy-2025'),
  name,
  grades,
});
const groups = [
  group('g-3b', 's-1', '3B', [3]),
  group('g-23', 's-1', '2-3', [2, 3]),
  group('g-3a', 's-1', '3A', [3]),
  group('g-7', 's-2', '7A', [7]),
];
const plan = { schools, schoolYear: jamsa2025, groups };
const calendar = buildSchoolCalendar(jamsa2025);

function template(overrides: Partial<TaskTemplate>): TaskTemplate {
  return {
    id: templateId('t'),
    title: { fi: 't', sv: '', en: '' },
    description: { fi: '', sv: '', en: '' },
    themeId: null,
    grades: [3],
    scope: 'class',
    responsible: ['classTeacher'],
    timing: { kind: 'isoWeek', week: 45 },
    materials: [],
    ...overrides,
  };
}

describe('previewTemplate', () => {
  it('an ISO week: its dates and week, the classes of the grade by grade and name', () => {
    const preview = previewTemplate(template({}), plan, calendar);
    expect(preview.windows).toEqual([
      {
        occurrence: '',
        start: '2025-11-03',
        end: '2025-11-07',
        startWeek: 45,
        endWeek: 45,
        adjustment: null,
      },
    ]);
    expect(preview.problems).toEqual([]);
    expect(preview.targets).toMatchObject({ scope: 'class' });
    expect(
      preview.targets.scope === 'class' &&
        preview.targets.groups.map((g) => `${g.schoolName} ${g.name}`),
    ).toEqual(['Koivula 2-3', 'Koivula 3A', 'Koivula 3B']);
  });
  // Jämsä 2025: autumn break 13-19 Oct (week 42).
  it.each<[TaskTemplate['breakShift'], string, string, number]>([
    [undefined, '2025-10-20', '2025-10-24', 43],
    ['after', '2025-10-20', '2025-10-24', 43],
    ['before', '2025-10-06', '2025-10-10', 41],
  ])(
    'a week in the autumn break moves out of it (breakShift %s) and says why',
    (breakShift, start, end, week) => {
      const preview = previewTemplate(
        template({ timing: { kind: 'isoWeek', week: 42 }, ...(breakShift ? { breakShift } : {}) }),
        plan,
        calendar,
      );
      expect(preview.windows).toEqual([
        {
          occurrence: '',
          start,
          end,
          startWeek: week,
          endWeek: week,
          adjustment: {
            kind: 'movedOutOfBreak',
            breakKind: 'autumn',
            direction: breakShift ?? 'after',
          },
        },
      ]);
    },
  );
  it('school scope lists the schools; a rule that cannot be placed gives its problem', () => {
    const preview = previewTemplate(
      template({ scope: 'school', grades: [3, 8], timing: { kind: 'isoWeek', week: 53 } }),
      plan,
      calendar,
    );
    expect(preview.windows).toEqual([]);
    expect(preview.problems).toEqual(['WEEK_NOT_IN_YEAR']);
    expect(
      preview.targets.scope === 'school' && preview.targets.schools.map((s) => s.name),
    ).toEqual(['Alamäki', 'Koivula']);
  });
  it('a retired template still previews its windows', () => {
    const preview = previewTemplate(template({ retiredFrom: 2025 }), plan, calendar);
    expect(preview.windows.map((w) => w.start)).toEqual(['2025-11-03']);
    expect(preview.targets.scope === 'class' && preview.targets.groups).toHaveLength(3);
  });
});

describe('templateMonths', () => {
  it('the months each window touches, none for a retired template', () => {
    const months = templateMonths(
      [
        template({
          id: templateId('a'),
          timing: { kind: 'dateRange', start: '11-20', end: '01-15' },
        }),
        template({
          id: templateId('b'),
          timing: { kind: 'everyMonth', months: [9, 3], part: 'whole' },
        }),
        template({ id: templateId('c'), retiredFrom: 2020 }),
      ],
      plan,
      calendar,
    );
    expect(Object.fromEntries([...months].map(([id, set]) => [id, [...set]]))).toEqual({
      a: [11, 12, 1],
      b: [9, 3],
      c: [],
    });
  });
});
