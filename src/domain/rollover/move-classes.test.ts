import { describe, expect, it } from 'vitest';
import { groupId, organizationId, schoolId, schoolYearId } from '../ids';
import type { Grade, Group, School } from '../model';
import { moveClassesUp, movedClassName } from './move-classes';

const Y26 = schoolYearId('sy-2026');
const Y27 = schoolYearId('sy-2027');

function school(id: string, grades: readonly Grade[]): School {
  return { id: schoolId(id), organizationId: organizationId('org'), name: id, grades };
}
function group(id: string, school: string, name: string, grades: Grade[], year = Y26): Group {
  return { id: groupId(id), schoolId: schoolId(school), schoolYearId: year, name, grades };
}

describe('movedClassName', () => {
  it.each<[string, Grade[], Grade[], string]>([
    ['3A', [3], [4], '4A'],
    ['3', [3], [4], '4'],
    ['5–6', [5, 6], [6, 7], '6–7'],
    ['1/2B', [1, 2], [2, 3], '2/3B'],
    ['7 - 8', [7, 8], [8, 9], '8 - 9'],
    // A combined class losing its ninth graders.
    ['8–9', [8, 9], [9], '9'],
    // One grade becoming two (a grade 6 class joins with nothing, so this only happens by hand).
    ['Tähtiluokka', [3], [4], 'Tähtiluokka'],
    ['Eskari-1', [0, 1], [1, 2], 'Eskari-1'],
    // The leading digits are not its grades: kept.
    ['3A', [4], [5], '3A'],
    ['12A', [1], [2], '12A'],
  ])('%s %j -> %j: %s', (name, from, to, expected) => {
    expect(movedClassName(name, from, to)).toBe(expected);
  });
});

describe('moveClassesUp', () => {
  it('moves a whole school up, creates Eskari and 1A, lets grade 9 and pre-primary leave', () => {
    const schools = [school('s1', [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])];
    const groups = [
      group('g-2026-eskari', 's1', 'Eskari', [0]),
      group('g-2026-1a', 's1', '1A', [1]),
      group('g-2026-5-6', 's1', '5–6', [5, 6]),
      group('g-2026-9a', 's1', '9A', [9]),
      // Another year's class is not touched.
      group('g-2025-3a', 's1', '3A', [3], schoolYearId('sy-2025')),
    ];
    const [s1] = moveClassesUp(schools, groups, Y26, Y27, 2027);
    expect(s1?.moved.map((m) => [m.from.id, m.to.id, m.to.name, m.to.grades, m.renamed])).toEqual([
      ['g-2026-1a', 'g-2027-s1-2a', '2A', [2], true],
      ['g-2026-5-6', 'g-2027-s1-6-7', '6–7', [6, 7], true],
    ]);
    expect(s1?.moved.every((m) => m.to.schoolYearId === Y27 && m.to.schoolId === 's1')).toBe(true);
    expect(s1?.leaving.map((l) => [l.group.id, l.reason])).toEqual([
      ['g-2026-eskari', 'toFirstGrade'],
      ['g-2026-9a', 'finishesSchool'],
    ]);
    expect(s1?.created).toEqual([
      { id: 'g-2027-s1-eskari', schoolId: 's1', schoolYearId: Y27, name: 'Eskari', grades: [0] },
      { id: 'g-2027-s1-1a', schoolId: 's1', schoolYearId: Y27, name: '1A', grades: [1] },
    ]);
  });

  it('keeps only the grades a school teaches and creates only the new groups it teaches', () => {
    const schools = [school('ala', [1, 2, 3, 4, 5, 6]), school('yla', [7, 8, 9])];
    const groups = [
      group('a6', 'ala', '6B', [6]),
      group('a56', 'ala', '5–6', [5, 6]),
      group('y78', 'yla', '7–8', [7, 8]),
      group('y89', 'yla', 'Painotus', [8, 9]),
    ];
    const [ala, yla] = moveClassesUp(schools, groups, Y26, Y27, 2027);
    expect(ala?.moved.map((m) => [m.to.name, m.to.grades])).toEqual([['6', [6]]]);
    expect(ala?.leaving.map((l) => [l.group.id, l.reason])).toEqual([['a6', 'gradeNotTaught']]);
    expect(ala?.created.map((g) => g.name)).toEqual(['1A']);
    expect(yla?.moved.map((m) => [m.to.name, m.to.grades, m.renamed])).toEqual([
      ['8–9', [8, 9], true],
      ['Painotus', [9], false],
    ]);
    expect(yla?.created).toEqual([]);
  });

  it('moves a combined pre-primary and first grade group to grades 1 and 2', () => {
    const [s] = moveClassesUp(
      [school('kyla', [0, 1, 2])],
      [group('k01', 'kyla', 'Eskari-1', [0, 1]), group('k2', 'kyla', '2', [2])],
      Y26,
      Y27,
      2027,
    );
    expect(s?.moved.map((m) => [m.to.id, m.to.name, m.to.grades])).toEqual([
      ['g-2027-kyla-eskari-1', 'Eskari-1', [1, 2]],
    ]);
    expect(s?.leaving.map((l) => [l.group.id, l.reason])).toEqual([['k2', 'gradeNotTaught']]);
  });

  it('gives classes whose names read the same distinct ids, and lists classes of a missing school', () => {
    const orphan = group('c', 'closed', '4A', [4]);
    const [s, gone] = moveClassesUp(
      [school('s1', [2, 3])],
      [group('a', 's1', '2A', [2]), group('b', 's1', '2a', [2]), orphan],
      Y26,
      Y27,
      2027,
    );
    expect(s?.moved.map((m) => m.to.id)).toEqual(['g-2027-s1-3a', 'g-2027-s1-3a-2']);
    expect(gone).toEqual({
      schoolId: 'closed',
      created: [],
      moved: [],
      leaving: [{ group: orphan, reason: 'noSchool' }],
    });
  });

  it('keeps ids within 100 characters for long school ids and names', () => {
    const longSchool = 'koulu-' + 'x'.repeat(90);
    const [s] = moveClassesUp(
      [school(longSchool, [3, 4])],
      [group('a', longSchool, '3A ' + 'painotettu '.repeat(10), [3])],
      Y26,
      Y27,
      2027,
    );
    const id = s?.moved[0]?.to.id ?? '';
    expect(id.length).toBeLessThanOrEqual(90);
    expect(id).toMatch(/^g-2027-[0-9a-f]{8}-4a-painotettu-/);
    // The same input gives the same id.
    expect(
      moveClassesUp(
        [school(longSchool, [3, 4])],
        [group('a', longSchool, '3A ' + 'painotettu '.repeat(10), [3])],
        Y26,
        Y27,
        2027,
      )[0]?.moved[0]?.to.id,
    ).toBe(id);
  });
});
