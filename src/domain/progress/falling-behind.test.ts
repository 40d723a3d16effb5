import { describe, expect, it } from 'vitest';
import { groupId, organizationId, schoolId, schoolYearId } from '../ids';
import type { Grade, School } from '../model';
import { fallingBehind, BEHIND_MARGIN, BEHIND_MIN_DUE } from './falling-behind';
import type { Level } from './progress-filter';
import { wholePercent, type Tally } from './tally';

const school: School = {
  id: schoolId('s'),
  organizationId: organizationId('o'),
  name: 'Koulu',
  grades: [1, 5, 6],
};

/** A class with `due` actions due, `kept` of them done or skipped. */
function cls(name: string, grades: Grade[], kept: number, due: number) {
  const tally: Tally = {
    total: due,
    done: kept,
    skipped: 0,
    open: due - kept,
    due,
    overdue: due - kept,
    percentDone: wholePercent(kept, due),
    percentKeptUp: wholePercent(kept, due),
  };
  const group = {
    id: groupId(name),
    schoolId: school.id,
    schoolYearId: schoolYearId('y'),
    name,
    grades,
  };
  return { group, school, tally };
}

const behind = (classes: ReturnType<typeof cls>[], level: Level | null = null) =>
  fallingBehind(classes, level).map((b) => [b.group.name, b.grade, b.gradeMedian]);

describe('fallingBehind', () => {
  it('has the margin and the minimum the view explains', () => {
    expect([BEHIND_MARGIN, BEHIND_MIN_DUE]).toEqual([20, 3]);
  });

  it.each<[string, ReturnType<typeof cls>[], (string | number)[][]]>([
    [
      'below the median minus 20 points (median 80: 59 is behind, 60 is not)',
      [
        cls('1A', [1], 10, 10),
        cls('1B', [1], 9, 10),
        cls('1C', [1], 8, 10),
        cls('1D', [1], 6, 10),
        cls('1E', [1], 59, 100),
      ],
      [['1E', 1, 80]],
    ],
    [
      'an even count takes the mean of the middle two (median 75: 54 is behind, 55 is not)',
      [
        cls('1A', [1], 10, 10),
        cls('1B', [1], 8, 10),
        cls('1C', [1], 7, 10),
        cls('1D', [1], 55, 100),
        cls('1E', [1], 54, 100),
        cls('1F', [1], 100, 100),
      ],
      [['1E', 1, 75]],
    ],
    [
      'a class with fewer than 3 due is neither compared nor counted in the median',
      [cls('1A', [1], 3, 3), cls('1B', [1], 3, 3), cls('1C', [1], 0, 2), cls('1D', [1], 0, 3)],
      [['1D', 1, 100]],
    ],
    [
      'a combined class counts in both grades and is behind only below the lower median’s margin',
      [
        cls('5A', [5], 9, 10),
        cls('5B', [5], 9, 10),
        cls('6A', [6], 5, 10),
        cls('6B', [6], 5, 10),
        // Grade 5's median is 90, grade 6's 50 (both with 5–6 at 40 in them): 40 ≥ 50 − 20.
        cls('5–6', [5, 6], 4, 10),
      ],
      [],
    ],
    [
      'a combined class far below both medians is behind, named with the lower one',
      [
        cls('5A', [5], 9, 10),
        cls('5B', [5], 9, 10),
        cls('6A', [6], 7, 10),
        cls('6B', [6], 7, 10),
        cls('5–6', [5, 6], 1, 10),
      ],
      [['5–6', 6, 70]],
    ],
    ['a grade with one class: the median is its own', [cls('1A', [1], 0, 5)], []],
  ])('%s', (_, classes, expected) => {
    expect(behind(classes)).toEqual(expected);
  });

  it('with a grade filter a combined class is compared with that grade only', () => {
    const classes = [
      cls('5A', [5], 9, 10),
      cls('5B', [5], 9, 10),
      cls('6A', [6], 5, 10),
      cls('6B', [6], 5, 10),
      cls('5–6', [5, 6], 4, 10),
    ];
    expect(behind(classes, 5)).toEqual([['5–6', 5, 90]]);
    expect(behind(classes, 'school')).toEqual([]);
  });
});
