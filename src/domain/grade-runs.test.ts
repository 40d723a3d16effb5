import { describe, expect, it } from 'vitest';
import type { Grade } from './model';
import { gradeRuns } from './grade-runs';

describe('gradeRuns', () => {
  it.each<[Grade[], string]>([
    [[], ''],
    [[3], '3'],
    [[1, 2, 3, 4, 5, 6], '1-6'],
    [[9, 7, 8], '7-9'],
    [[2, 3, 4, 6, 7, 9], '2-4 6-7 9'],
    [[0, 1, 2], '0 1-2'],
    [[5, 5, 6], '5-6'],
  ])('%j is %s', (grades, runs) => {
    expect(
      gradeRuns(grades)
        .map(({ from, to }) => (from === to ? `${from}` : `${from}-${to}`))
        .join(' '),
    ).toBe(runs);
  });
});
