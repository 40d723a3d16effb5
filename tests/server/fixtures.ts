/**
 * A small organization for server tests: two schools, three classes, a theme and three task
 * templates (per class, per school, for the organization), and one account per role (plus a second teacher and a coordinator of another organization).
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

/** A task of `scope` for grades 1-2, with the organization's theme. */
function templateRow(id: string, scope: string, timing: Record<string, unknown>) {
  return {
    id,
    title: { fi: 'Tehtävä', sv: 'Uppgift', en: 'Task' },
    description: { fi: '', sv: '', en: '' },
    themeId: 'th-1',
    grades: [1, 2],
    scope,
    responsible: ['classTeacher'],
    timing,
    materials: [],
  };
}

/** The plan: every action of ACTION is one that its templates give in YEAR. */
export const PLAN_ROWS: readonly SeedRow[] = [
  { entity: 'organization', data: { id: SPACE, name: 'Testikunta' } },
  {
    entity: 'school',
    data: {
      id: 's-north',
      organizationId: SPACE,
      name: 'Pohjoinen',
      grades: [0, 1, 2, 3, 4, 5, 6],
    },
  },
  {
    entity: 'school',
    data: { id: 's-south', organizationId: SPACE, name: 'Eteläinen', grades: [1, 2, 3, 4, 5, 6] },
  },
  {
    entity: 'schoolYear',
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
  },
  { entity: 'group', data: groupRow('g-n1', 's-north') },
  { entity: 'group', data: groupRow('g-n2', 's-north', { grades: [2] }) },
  { entity: 'group', data: groupRow('g-s1', 's-south') },
  { entity: 'theme', data: themeRow('th-1') },
  // Class actions every September ('m09'), a school action and an organization action in May.
  {
    entity: 'template',
    data: templateRow('tpl-1', 'class', { kind: 'everyMonth', months: [9], part: 'whole' }),
  },
  {
    entity: 'template',
    data: templateRow('tpl-s', 'school', { kind: 'month', month: 5, part: 'whole' }),
  },
  {
    entity: 'template',
    data: templateRow('tpl-o', 'organization', { kind: 'month', month: 5, part: 'whole' }),
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
