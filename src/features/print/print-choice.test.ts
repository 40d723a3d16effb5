import { describe, expect, it } from 'vitest';
import { groupId, organizationId, schoolId, schoolYearId } from '@/domain/ids';
import type { Grade, Group, School } from '@/domain/model';
import type { SessionUser } from '@/domain/sync/protocol';
import { resolvePrintChoice, unusedPrintParams, withChoice } from './print-choice';

const school = (id: string, grades: readonly Grade[]): School => ({
  id: schoolId(id),
  organizationId: organizationId('org'),
  name: id,
  grades,
});
const group = (id: string, school: string, grades: readonly Grade[]): Group => ({
  id: groupId(id),
  schoolId: schoolId(school),
  schoolYearId: schoolYearId('sy-2026'),
  name: id,
  grades,
});
const schools = [school('north', [1, 2, 3]), school('south', [7, 8, 9])];
const groups = [
  group('n-3a', 'north', [3]),
  group('n-1a', 'north', [1]),
  group('s-8a', 'south', [8]),
  group('s-7a', 'south', [7]),
];
const user = (role: SessionUser['role'], own: { schools?: string[]; groups?: string[] }) =>
  ({
    username: 'u',
    displayName: 'U',
    role,
    organizationId: 'org',
    schools: own.schools ?? [],
    groups: own.groups ?? [],
  }) satisfies SessionUser;

const choose = (search: string, who: SessionUser | null = null) => {
  const choice = resolvePrintChoice(new URLSearchParams(search), schools, groups, who);
  return (
    choice && {
      school: choice.school.id,
      what: choice.what,
      grade: choice.grade,
      group: choice.group?.id ?? null,
      showDone: choice.showDone,
    }
  );
};

describe('resolvePrintChoice', () => {
  it.each([
    // Nothing named: the first school, all its grades, its first class by grade.
    ['', null, { school: 'north', what: 'school', grade: 1, group: 'n-1a', showDone: true }],
    // What the address names.
    [
      'school=south&what=grade&grade=8',
      null,
      { school: 'south', what: 'grade', grade: 8, group: 's-7a', showDone: true },
    ],
    [
      'school=south&what=class&class=s-8a&done=0',
      null,
      { school: 'south', what: 'class', grade: 7, group: 's-8a', showDone: false },
    ],
    // Wrong names fall back: an unknown school, a kind, a grade the school lacks, another
    // school's class.
    [
      'school=west&what=poster&grade=12&class=s-8a',
      null,
      { school: 'north', what: 'school', grade: 1, group: 'n-1a', showDone: true },
    ],
    // A teacher: their class's checklist in its school (and its grade, for one grade's page).
    [
      '',
      user('teacher', { groups: ['s-8a'] }),
      { school: 'south', what: 'class', grade: 8, group: 's-8a', showDone: true },
    ],
    // A principal: their school's grades.
    [
      '',
      user('principal', { schools: ['south'] }),
      { school: 'south', what: 'school', grade: 7, group: 's-7a', showDone: true },
    ],
  ] as const)('%j for %j', (search, who, expected) => {
    expect(choose(search, who)).toEqual(expected);
  });

  it('is null with no school', () => {
    expect(resolvePrintChoice(new URLSearchParams(), [], [], null)).toBeNull();
  });
});

describe('the grades printed', () => {
  const grades = (search: string, who: SessionUser | null) => {
    const choice = resolvePrintChoice(new URLSearchParams(search), schools, groups, who);
    return choice && { grades: choice.grades, own: choice.ownGrades, grade: choice.grade };
  };
  it.each([
    // Local mode: every grade of the school, a grade with no class too (north has no 2).
    ['what=school', null, { grades: [1, 2, 3], own: false, grade: 1 }],
    // The coordinator and a principal: the same (south has no class of grade 9).
    ['school=south', user('coordinator', {}), { grades: [7, 8, 9], own: false, grade: 7 }],
    [
      'what=school',
      user('principal', { schools: ['south'] }),
      { grades: [7, 8, 9], own: false, grade: 7 },
    ],
    // A teacher: their classes' grades in the school, and one of them chosen.
    ['what=school', user('teacher', { groups: ['s-8a'] }), { grades: [8], own: true, grade: 8 }],
    [
      'what=grade&grade=7',
      user('teacher', { groups: ['s-8a'] }),
      { grades: [8], own: true, grade: 8 },
    ],
    [
      'school=north&what=school',
      user('teacher', { groups: ['s-8a', 'n-3a', 'n-1a'] }),
      { grades: [1, 3], own: true, grade: 1 },
    ],
    // A teacher in a school where they have no class: every grade of that school.
    [
      'school=north&what=school',
      user('teacher', { groups: ['s-8a'] }),
      { grades: [1, 2, 3], own: false, grade: 1 },
    ],
  ] as const)('%s for %j: %j', (search, who, expected) => {
    expect(grades(search, who)).toEqual(expected);
  });
});

describe('withChoice', () => {
  it.each([
    ['what=grade&grade=3', 'grade', '2', 'what=grade&grade=2'],
    // Another school or year forgets the grade and the class of the last one.
    ['what=class&grade=3&class=n-3a', 'school', 'south', 'what=class&school=south'],
    ['school=south&grade=8&class=s-8a', 'year', 'sy-2025', 'school=south&year=sy-2025'],
  ] as const)('%s, %s=%s: %s', (search, key, value, expected) => {
    expect(withChoice(new URLSearchParams(search), key, value).toString()).toBe(expected);
  });
});

describe('unusedPrintParams', () => {
  it.each([
    ['', []],
    ['year=sy-2026&school=south&what=grade&grade=8&class=s-7a&done=0', []],
    ['school=nope&grade=42', ['school', 'grade']],
    ['school=south&grade=3', ['grade']],
    ['school=north&class=s-8a', ['class']],
    ['what=poster&done=yes', ['what', 'done']],
    ['year=sy-1999', ['year']],
  ])('%s: %j', (search, unused) => {
    const params = new URLSearchParams(search);
    const choice = resolvePrintChoice(params, schools, groups, null);
    expect(choice && unusedPrintParams(params, choice, 'sy-2026')).toEqual(unused);
  });
});
