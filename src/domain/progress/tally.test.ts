import { describe, expect, it } from 'vitest';
import { median, wholePercent } from './tally';

describe('wholePercent', () => {
  it.each<[number, number, number | null]>([
    [0, 0, null],
    [0, 5, 0],
    [1, 3, 33],
    [2, 3, 66],
    [29, 100, 29],
    [57, 100, 57],
    [199, 200, 99],
    [999, 1000, 99],
    [7, 7, 100],
  ])('%i of %i is %s %', (part, whole, expected) => {
    expect(wholePercent(part, whole)).toBe(expected);
  });
});

describe('median', () => {
  it.each<[number[], number | null]>([
    [[], null],
    [[40], 40],
    [[100, 0, 66], 66],
    [[10, 80, 70, 100], 75],
    [[33, 66], 49.5],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});
