import { describe, expect, it } from 'vitest';
import { assignLanes } from './lanes';

const iv = (key: string, start: number, end: number) => ({ key, start, end });
const lanesOf = (intervals: ReturnType<typeof iv>[]) => {
  const { lanes, count } = assignLanes(intervals);
  return { count, lanes: Object.fromEntries(intervals.map((i) => [i.key, lanes.get(i.key)])) };
};

describe('assignLanes', () => {
  it.each([
    ['nothing', [], 0, {}],
    ['apart: one lane', [iv('a', 0, 10), iv('b', 20, 30)], 1, { a: 0, b: 0 }],
    // Half-open: an interval ending where the next begins does not overlap it.
    ['touching: one lane', [iv('a', 0, 10), iv('b', 10, 20)], 1, { a: 0, b: 0 }],
    ['overlapping: two lanes', [iv('a', 0, 10), iv('b', 5, 15)], 2, { a: 0, b: 1 }],
    [
      'a long one under three short ones: the long one first',
      [iv('s1', 0, 5), iv('long', 0, 100), iv('s2', 10, 15), iv('s3', 20, 25)],
      2,
      { long: 0, s1: 1, s2: 1, s3: 1 },
    ],
    [
      'a freed lower lane is taken again before a new one',
      [iv('a', 0, 10), iv('b', 2, 30), iv('c', 4, 12), iv('d', 11, 20)],
      3,
      { a: 0, b: 1, c: 2, d: 0 },
    ],
    [
      'same start and end: by key',
      [iv('z', 0, 10), iv('m', 0, 10), iv('a', 0, 10)],
      3,
      { a: 0, m: 1, z: 2 },
    ],
  ])('%s', (_name, intervals, count, lanes) => {
    expect(lanesOf(intervals)).toEqual({ count, lanes });
  });

  it('uses as many lanes as the most intervals overlapping at once, and none shares a lane with an overlapping one', () => {
    // 300 windows of 5-40 days over a year, spread by a fixed rule (no randomness).
    const intervals = Array.from({ length: 300 }, (_, i) =>
      iv(`k${i}`, (i * 37) % 330, ((i * 37) % 330) + 5 + ((i * 13) % 36)),
    );
    const { lanes, count } = assignLanes(intervals);
    let depth = 0;
    for (let t = 0; t < 400; t += 0.5) {
      depth = Math.max(depth, intervals.filter((i) => i.start <= t && t < i.end).length);
    }
    expect(count).toBe(depth);
    for (const a of intervals) {
      for (const b of intervals) {
        if (a !== b && lanes.get(a.key) === lanes.get(b.key)) {
          expect(a.end <= b.start || b.end <= a.start).toBe(true);
        }
      }
    }
    // The same input in another order gives the same lanes.
    expect(assignLanes([...intervals].reverse()).lanes).toEqual(lanes);
  });
});
