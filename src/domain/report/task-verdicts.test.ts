import { describe, expect, it } from 'vitest';
import type { TaskRow } from '../progress/progress-summary';
import type { Ratings } from '../progress/tally';
import { TEMPLATES } from '../progress/test-plan';
import { taskVerdict, taskVerdicts, type TaskVerdict } from './task-verdicts';

/** Ratings written as [well, partly, not, unrated]. */
const rated = ([well, partly, not, unrated]: [number, number, number, number]): Ratings => ({
  well,
  partly,
  not,
  unrated,
});

describe('taskVerdict (at least 3 ratings; a third "not" did not work, else two thirds "well" worked)', () => {
  it.each<[string, [number, number, number, number], TaskVerdict]>([
    ['never rated', [0, 0, 0, 0], 'tooFewRatings'],
    ['done but rated by nobody', [0, 0, 0, 12], 'tooFewRatings'],
    ['two ratings, both well', [2, 0, 0, 5], 'tooFewRatings'],
    ['two ratings, both not', [0, 0, 2, 0], 'tooFewRatings'],
    ['three well', [3, 0, 0, 0], 'worked'],
    ['exactly two thirds well', [2, 1, 0, 4], 'worked'],
    ['just under two thirds well', [5, 3, 0, 0], 'mixed'],
    ['exactly a third not', [2, 0, 1, 0], 'didNotWork'],
    ['just under a third not, the rest well', [7, 0, 3, 0], 'worked'],
    ['a third not outweighs two thirds well', [6, 0, 3, 0], 'didNotWork'],
    ['mostly partly', [1, 4, 1, 0], 'mixed'],
    ['all not', [0, 0, 4, 0], 'didNotWork'],
    ['unrated ones do not dilute the shares', [3, 0, 0, 100], 'worked'],
  ])('%s: %j', (_, ratings, expected) => {
    expect(taskVerdict(rated(ratings))).toBe(expected);
  });

  it('a smaller minimum judges a task with fewer ratings', () => {
    expect(taskVerdict(rated([0, 0, 1, 0]), 1)).toBe('didNotWork');
    expect(taskVerdict(rated([0, 0, 1, 0]), 2)).toBe('tooFewRatings');
  });
});

describe('taskVerdicts', () => {
  const row = (
    i: number,
    ratings: [number, number, number, number],
    done = ratings.reduce((a, b) => a + b),
  ): TaskRow => ({
    template: TEMPLATES[i]!,
    targets: 1,
    ratings: rated(ratings),
    tally: {
      total: done + 1,
      done,
      skipped: 0,
      open: 1,
      due: 0,
      overdue: 0,
      percentDone: null,
      percentKeptUp: null,
    },
  });

  it('lists the tasks that worked, most "well" first, and those that did not, most "not" first', () => {
    const verdicts = taskVerdicts([
      row(0, [3, 1, 0, 0]), // 75 % well
      row(1, [4, 0, 0, 2]), // 100 % well
      row(2, [0, 1, 2, 0]), // 67 % not
      row(3, [2, 0, 1, 0]), // 33 % not
    ]);
    expect(verdicts.worked.map((r) => r.template.id)).toEqual(['t-grade5', 't-lesson']);
    expect(verdicts.didNotWork.map((r) => r.template.id)).toEqual(['t-school', 't-org']);
    expect([verdicts.mixed, verdicts.tooFewRatings]).toEqual([0, 0]);
  });

  it('with equal shares the more rated first; mixed and too few counted, undone tasks not', () => {
    const verdicts = taskVerdicts([
      row(0, [3, 0, 0, 0]),
      row(1, [6, 0, 0, 0]),
      row(2, [1, 1, 0, 3]), // done, 2 ratings: too few
      row(3, [0, 0, 0, 0], 0), // nothing done: not counted at all
    ]);
    expect(verdicts.worked.map((r) => r.template.id)).toEqual(['t-grade5', 't-lesson']);
    expect([verdicts.mixed, verdicts.tooFewRatings]).toEqual([0, 1]);
    expect(taskVerdicts([row(0, [1, 2, 0, 0])]).mixed).toBe(1);
  });
});
