/**
 * A small school year for the progress tests, written out by hand so every expected figure can be
 * counted on paper: two schools (Etelä started tracking on 1 Oct), seven classes (one combined,
 * 5–6), a lesson a month for grades 1-6, a nurse's task for grade 5, a school task and one of the
 * organization, and their progress on Monday 10 Nov 2025.
 */
import {
  actionId,
  groupId,
  organizationId,
  schoolId,
  schoolYearId,
  templateId,
  themeId,
} from '../ids';
import type { GroupId, SchoolId, TemplateId } from '../ids';
import { mustParseLocalDate as d } from '../local-date';
import type {
  Action,
  Grade,
  Group,
  Progress,
  ProgressState,
  Rating,
  School,
  TaskTemplate,
} from '../model';
import type { ProgressPlan } from './progress-plan';

export const YEAR = schoolYearId('sy-2025');
export const TODAY = d('2025-11-10');
export const NORTH = schoolId('s-north');
export const SOUTH = schoolId('s-south');
export const THEME_A = themeId('th-a');
export const THEME_B = themeId('th-b');
export const LESSON = templateId('t-lesson');
export const GRADE5 = templateId('t-grade5');
export const SCHOOL_TASK = templateId('t-school');
export const ORG_TASK = templateId('t-org');

const org = organizationId('org');
export const SCHOOLS: School[] = [
  { id: NORTH, organizationId: org, name: 'Pohjoinen', grades: [1, 2, 3, 4, 5, 6] },
  {
    id: SOUTH,
    organizationId: org,
    name: 'Etelä',
    grades: [1, 2, 3, 4, 5, 6],
    trackingFrom: d('2025-10-01'),
  },
];

const group = (id: string, school: SchoolId, name: string, grades: Grade[]): Group => ({
  id: groupId(id),
  schoolId: school,
  schoolYearId: YEAR,
  name,
  grades,
});
export const GROUPS: Group[] = [
  group('n-5-6', NORTH, '5–6', [5, 6]),
  group('n-1c', NORTH, '1C', [1]),
  group('n-1a', NORTH, '1A', [1]),
  group('n-1b', NORTH, '1B', [1]),
  group('s-1a', SOUTH, '1A', [1]),
  group('s-5a', SOUTH, '5A', [5]),
  group('s-6a', SOUTH, '6A', [6]),
  // Another year's class: not counted.
  { ...group('n-1a-2024', NORTH, '1A', [1]), schoolYearId: schoolYearId('sy-2024') },
];

const template = (
  id: TemplateId,
  scope: TaskTemplate['scope'],
  grades: Grade[],
  responsible: TaskTemplate['responsible'],
): TaskTemplate => ({
  id,
  title: { fi: id, sv: id, en: id },
  description: { fi: '', sv: '', en: '' },
  themeId: null,
  grades,
  scope,
  responsible,
  timing: { kind: 'month', month: 9, part: 'whole' },
  materials: [],
});
export const TEMPLATES: TaskTemplate[] = [
  template(LESSON, 'class', [1, 2, 3, 4, 5, 6], ['classTeacher']),
  template(GRADE5, 'class', [5], ['nurse', 'classTeacher']),
  template(SCHOOL_TASK, 'school', [1, 2, 3, 4, 5, 6], ['principal']),
  template(ORG_TASK, 'organization', [1, 2, 3, 4, 5, 6], ['coordinator']),
];

/** An action of `template` for a class ('g:<id>'), a school ('s:<id>') or the organization ('org'). */
function action(
  target: string,
  tpl: TemplateId,
  occurrence: string,
  start: string,
  end: string,
  theme: string | null,
): Action {
  const [kind, id] = target.split(':') as ['g' | 's' | 'org', string | undefined];
  const groupOf = GROUPS.find((g) => g.id === id);
  return {
    id: actionId(`sy-2025~${target}~${tpl}~${occurrence}`),
    templateId: tpl,
    schoolYearId: YEAR,
    scope: kind === 'g' ? 'class' : kind === 's' ? 'school' : 'organization',
    groupId: kind === 'g' ? (id as GroupId) : null,
    schoolId: kind === 'g' ? groupOf!.schoolId : kind === 's' ? (id as SchoolId) : null,
    occurrence,
    start: d(start),
    end: d(end),
    themeId: theme === null ? null : themeId(theme),
    adjustment: null,
  };
}

const CLASS_IDS = ['n-1a', 'n-1b', 'n-1c', 'n-5-6', 's-1a', 's-5a', 's-6a'];
export const ACTIONS: Action[] = [
  ...CLASS_IDS.flatMap((g) => [
    action(`g:${g}`, LESSON, 'm09', '2025-09-01', '2025-09-05', 'th-a'),
    action(`g:${g}`, LESSON, 'm10', '2025-10-06', '2025-10-10', 'th-a'),
    action(`g:${g}`, LESSON, 'm11', '2025-11-17', '2025-11-21', 'th-a'),
  ]),
  action('g:n-5-6', GRADE5, '', '2025-10-13', '2025-10-17', 'th-b'),
  action('g:s-5a', GRADE5, '', '2025-10-13', '2025-10-17', 'th-b'),
  action('s:s-north', SCHOOL_TASK, '', '2025-09-15', '2025-09-19', null),
  action('s:s-south', SCHOOL_TASK, '', '2025-09-15', '2025-09-19', null),
  action('org', ORG_TASK, '', '2025-12-01', '2025-12-05', null),
];

export const PLAN: ProgressPlan = {
  schoolYearId: YEAR,
  actions: ACTIONS,
  schools: SCHOOLS,
  groups: GROUPS,
  templates: TEMPLATES,
};

/** A progress record of the action `sy-2025~<target>~<template>~<occurrence>`. */
export function mark(
  id: string,
  state: ProgressState,
  note = '',
  day = '2025-10-01',
  rating?: Rating,
): Progress {
  return {
    actionId: actionId(id),
    state,
    day: state === 'todo' ? null : d(day),
    by: 'Opettaja',
    note,
    ...(rating ? { rating } : {}),
    updatedAt: 1,
  };
}

export const RECORDS: Progress[] = [
  mark('sy-2025~g:n-1a~t-lesson~m09', 'done', '', '2025-10-01', 'well'),
  mark('sy-2025~g:n-1a~t-lesson~m10', 'done', '', '2025-10-01', 'partly'),
  mark('sy-2025~g:n-1b~t-lesson~m09', 'done', '', '2025-10-01', 'well'),
  mark('sy-2025~g:n-1b~t-lesson~m10', 'skipped', 'Retkipäivä, tunti siirtyi', '2025-10-09'),
  mark('sy-2025~g:n-1b~t-lesson~m11', 'done'),
  mark('sy-2025~g:n-5-6~t-lesson~m09', 'done'),
  mark('sy-2025~g:n-5-6~t-lesson~m10', 'done'),
  mark('sy-2025~g:n-5-6~t-grade5~', 'skipped', 'Terveydenhoitaja sairaana', '2025-10-16'),
  mark('sy-2025~s:s-north~t-school~', 'done'),
  mark('sy-2025~g:s-1a~t-lesson~m10', 'done'),
  // A note without a mark: still open.
  mark('sy-2025~g:s-1a~t-lesson~m11', 'todo', 'Aloitettu'),
  mark('sy-2025~g:s-5a~t-grade5~', 'done', '', '2025-10-01', 'not'),
  mark('sy-2025~g:s-6a~t-lesson~m10', 'done'),
  // No longer in the plan (a retired task): kept, not counted.
  mark('sy-2025~g:n-1a~t-retired~', 'done'),
  // Another year's: left out.
  mark('sy-2024~g:n-1a-2024~t-lesson~m09', 'done'),
];
