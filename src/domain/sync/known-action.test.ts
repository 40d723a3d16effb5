import { describe, expect, it } from 'vitest';
import { jamsa2025, jamsa2026 } from '../calendars/jamsa';
import { groupId, organizationId, schoolId, schoolYearId, templateId } from '../ids';
import type { Grade, Group, School, SchoolYear, TaskTemplate } from '../model';
import { parseActionId } from './action-ids';
import { unknownActionReason, type ActionPlanRows } from './known-action';

function school(id: string, grades: Grade[]): School {
  return { id: schoolId(id), organizationId: organizationId('org-demo'), name: id, grades };
}
function group(id: string, grades: Grade[], year = 'sy-2025'): Group {
  return {
    id: groupId(id),
    schoolId: schoolId('s-north'),
    schoolYearId: schoolYearId(year),
    name: id,
    grades,
  };
}
function template(overrides: Partial<TaskTemplate> = {}): TaskTemplate {
  const text = { fi: 't', sv: 't', en: 't' };
  return {
    id: templateId('t-1'),
    title: text,
    description: text,
    themeId: null,
    grades: [1, 2],
    scope: 'class',
    responsible: ['classTeacher'],
    timing: { kind: 'everyMonth', months: [9, 1], part: 'whole' },
    materials: [],
    ...overrides,
  };
}

const CLASS_1A = group('g-1a', [1]);
const NORTH = school('s-north', [0, 1, 2, 3, 4, 5, 6]);

function reason(
  actionId: string,
  rows: Partial<ActionPlanRows> & { readonly schoolYear?: SchoolYear | null } = {},
) {
  const action = parseActionId(actionId);
  if (action === null) throw new Error(`not an action id: ${actionId}`);
  return unknownActionReason(actionId, action, {
    schoolYear: jamsa2025,
    template: template(),
    group: action.target.kind === 'group' ? CLASS_1A : null,
    school: action.target.kind === 'school' ? NORTH : null,
    ...rows,
  });
}

describe('unknownActionReason', () => {
  it.each<[string, string, Partial<ActionPlanRows>]>([
    ['a class action of each month the rule gives', 'sy-2025~g:g-1a~t-1~m09', {}],
    ['the same rule in January', 'sy-2025~g:g-1a~t-1~m01', {}],
    [
      'a school action',
      'sy-2025~s:s-north~t-1~',
      { template: template({ scope: 'school', timing: { kind: 'isoWeek', week: 45 } }) },
    ],
    [
      'an organization action',
      'sy-2025~org~t-1~',
      { template: template({ scope: 'organization', timing: { kind: 'isoWeek', week: 45 } }) },
    ],
    [
      'a combined class that has one of the grades',
      'sy-2025~g:g-56~t-1~m09',
      { group: group('g-56', [2, 3]) },
    ],
  ])('knows %s', (_what, actionId, rows) => {
    expect(reason(actionId, rows)).toBeNull();
  });

  it.each<[string, string, Partial<ActionPlanRows>, string]>([
    ['no school year', 'sy-2025~g:g-1a~t-1~m09', { schoolYear: null }, 'No school year sy-2025'],
    ['no template', 'sy-2025~g:g-1a~t-1~m09', { template: null }, 'No task t-1'],
    ['no class', 'sy-2025~g:g-1a~t-1~m09', { group: null }, 'No class g-1a in school year sy-2025'],
    [
      'a class of another year',
      'sy-2025~g:g-1a~t-1~m09',
      { group: group('g-1a', [1], 'sy-2026') },
      'No class g-1a in school year sy-2025',
    ],
    ['no school', 'sy-2025~s:s-north~t-1~', { school: null }, 'No school s-north'],
    [
      'a month the rule does not give',
      'sy-2025~g:g-1a~t-1~m10',
      {},
      'Task t-1 gives no action sy-2025~g:g-1a~t-1~m10 in school year sy-2025',
    ],
    [
      'a single occurrence of a monthly rule',
      'sy-2025~g:g-1a~t-1~',
      {},
      'Task t-1 gives no action sy-2025~g:g-1a~t-1~ in school year sy-2025',
    ],
    [
      'a class whose grades the task does not concern',
      'sy-2025~g:g-7a~t-1~m09',
      { group: group('g-7a', [7]) },
      'Task t-1 gives no action sy-2025~g:g-7a~t-1~m09 in school year sy-2025',
    ],
    [
      'a school action of a class task',
      'sy-2025~s:s-north~t-1~m09',
      {},
      'Task t-1 gives no action sy-2025~s:s-north~t-1~m09 in school year sy-2025',
    ],
    [
      'a school whose grades the task does not concern',
      'sy-2025~s:s-high~t-1~',
      { school: school('s-high', [7, 8, 9]), template: template({ scope: 'school' }) },
      'Task t-1 gives no action sy-2025~s:s-high~t-1~ in school year sy-2025',
    ],
    [
      // The national school health survey: odd years only; autumn 2025 is in 2025.
      'a year an every-other-year rule skips',
      'sy-2025~org~t-1~',
      {
        template: template({
          scope: 'organization',
          timing: {
            kind: 'everyNthYear',
            every: 2,
            remainder: 0,
            rule: { kind: 'month', month: 10, part: 'whole' },
          },
        }),
      },
      'Task t-1 gives no action sy-2025~org~t-1~ in school year sy-2025',
    ],
  ])('refuses %s', (_what, actionId, rows, expected) => {
    expect(reason(actionId, rows)).toBe(expected);
  });

  it('asks the year named by the id: ISO week 53 is in 2026/27, not in 2025/26', () => {
    const week53 = template({ scope: 'organization', timing: { kind: 'isoWeek', week: 53 } });
    expect(reason('sy-2026~org~t-1~', { schoolYear: jamsa2026, template: week53 })).toBeNull();
    expect(reason('sy-2025~org~t-1~', { template: week53 })).toBe(
      'Task t-1 gives no action sy-2025~org~t-1~ in school year sy-2025',
    );
  });
});
