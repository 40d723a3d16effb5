/**
 * A small organization for server tests: two schools, three classes, a theme and a template,
 * and one account per role (plus a second teacher and a coordinator of another organization).
 */
import type { SeedRow } from '@/server/storage';

export const SPACE = 'org-test';
export const OTHER_SPACE = 'org-other';
export const YEAR = 'sy-2026';

/** Class actions of each class, school actions of each school, and an organization action. */
export const ACTION = {
  north1: `${YEAR}~g:g-n1~tpl-1~m09`,
  north2: `${YEAR}~g:g-n2~tpl-1~m09`,
  south1: `${YEAR}~g:g-s1~tpl-1~m09`,
  northSchool: `${YEAR}~s:s-north~tpl-s~`,
  southSchool: `${YEAR}~s:s-south~tpl-s~`,
  org: `${YEAR}~org~tpl-o~`,
} as const;

export function themeRow(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    name: { fi: `Teema ${id}`, sv: `Tema ${id}`, en: `Theme ${id}` },
    color: '#1d6a96',
    ...overrides,
  };
}

export function progressRow(actionId: string, overrides: Record<string, unknown> = {}) {
  return { actionId, state: 'done', day: '2026-09-07', by: 'Testi', note: '', ...overrides };
}

export function groupRow(id: string, schoolId: string, overrides: Record<string, unknown> = {}) {
  return { id, schoolId, schoolYearId: YEAR, name: id.toUpperCase(), grades: [1], ...overrides };
}

export const PLAN_ROWS: readonly SeedRow[] = [
  { entity: 'organization', id: SPACE, data: { id: SPACE, name: 'Testikunta' }, schoolId: null },
  {
    entity: 'school',
    id: 's-north',
    data: {
      id: 's-north',
      organizationId: SPACE,
      name: 'Pohjoinen',
      grades: [0, 1, 2, 3, 4, 5, 6],
    },
    schoolId: 's-north',
  },
  {
    entity: 'school',
    id: 's-south',
    data: { id: 's-south', organizationId: SPACE, name: 'Eteläinen', grades: [1, 2, 3, 4, 5, 6] },
    schoolId: 's-south',
  },
  {
    entity: 'schoolYear',
    id: YEAR,
    data: {
      id: YEAR,
      organizationId: SPACE,
      startYear: 2026,
      firstDay: '2026-08-12',
      lastDay: '2027-06-05',
      breaks: [],
      extraDaysOff: [],
      extraSchoolDays: [],
    },
    schoolId: null,
  },
  { entity: 'group', id: 'g-n1', data: groupRow('g-n1', 's-north'), schoolId: 's-north' },
  {
    entity: 'group',
    id: 'g-n2',
    data: groupRow('g-n2', 's-north', { grades: [2] }),
    schoolId: 's-north',
  },
  { entity: 'group', id: 'g-s1', data: groupRow('g-s1', 's-south'), schoolId: 's-south' },
  { entity: 'theme', id: 'th-1', data: themeRow('th-1'), schoolId: null },
  {
    entity: 'template',
    id: 'tpl-1',
    data: {
      id: 'tpl-1',
      title: { fi: 'Tehtävä', sv: 'Uppgift', en: 'Task' },
      description: { fi: '', sv: '', en: '' },
      themeId: 'th-1',
      grades: [1, 2],
      scope: 'class',
      responsible: ['classTeacher'],
      timing: { kind: 'month', month: 9, part: 'whole' },
      materials: [],
    },
    schoolId: null,
  },
];

export const USERS = {
  teacher: { role: 'teacher', organizationId: SPACE, schools: ['s-north'], groups: ['g-n1'] },
  teacher2: { role: 'teacher', organizationId: SPACE, schools: ['s-north'], groups: ['g-n2'] },
  southTeacher: { role: 'teacher', organizationId: SPACE, schools: ['s-south'], groups: ['g-s1'] },
  principal: { role: 'principal', organizationId: SPACE, schools: ['s-north'], groups: [] },
  coordinator: { role: 'coordinator', organizationId: SPACE, schools: [], groups: [] },
  coordinator2: { role: 'coordinator', organizationId: SPACE, schools: [], groups: [] },
  admin: { role: 'admin', organizationId: SPACE, schools: [], groups: [] },
  otherCoordinator: { role: 'coordinator', organizationId: OTHER_SPACE, schools: [], groups: [] },
} as const;
export type TestUser = keyof typeof USERS;

export const PASSWORD = 'correct horse battery';
