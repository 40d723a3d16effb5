import { describe, expect, it } from 'vitest';
import type { ProgressMark } from './layout-wheel';
import { progressMarkPlace } from './progress-mark';

describe('progressMarkPlace', () => {
  it.each([
    // kind, lane thickness, lane index, font size → radius, shift along the arc
    // A thick lane (a desktop's wheel): as large as the text allows, in its place.
    ['done', 20, 0, 12, 7.2, 0],
    ['overdue', 20, 1, 12, 7.2, 0],
    // A lane just thick enough for the largest mark.
    ['done', 16.4, 1, 12, 7.2, 0],
    // A middling lane: the mark fills it, and a disc beside it (same start) would just touch.
    ['skipped', 14, 1, 12, 6, 0],
    // A phone's thin lane: the sign stays readable (half the text's size), out of its lane; in
    // every other lane it moves one mark along so neighbours do not meet.
    ['done', 9.4, 0, 12, 6, 0],
    ['overdue', 9.4, 1, 12, 6, 13],
    ['skipped', 9.4, 2, 12, 6, 0],
    ['overdue', 9.4, 3, 12, 6, 13],
    // The same in a larger text: the floor follows the font size, and a mark covers three
    // lanes: lane by lane they move 0, 1, 2 marks along, so no two of three lanes meet.
    ['done', 9.4, 0, 20, 10, 0],
    ['done', 9.4, 1, 20, 10, 21],
    ['overdue', 9.4, 2, 20, 10, 42],
    ['done', 9.4, 3, 20, 10, 0],
    // A tiny wheel's hairline lanes: a mark (13 wide) covers six.
    ['overdue', 2.5, 4, 12, 6, 52],
    ['overdue', 2.5, 5, 12, 6, 65],
    ['overdue', 2.5, 6, 12, 6, 0],
    // An open task's blank disc stays inside its lane...
    ['open', 9.4, 1, 12, 3.7, 0],
    ['open', 20, 0, 12, 7.2, 0],
    // ...unless thinner than a disc of 2, the least drawn, which then moves along too.
    ['open', 4, 0, 12, 2, 0],
    ['open', 4, 1, 12, 2, 5],
  ] as const satisfies readonly (readonly [
    ProgressMark,
    number,
    number,
    number,
    number,
    number,
  ])[])(
    '%s in a lane %d thick (lane %d, text %d): radius %d, shift %d',
    (kind, lane, laneIndex, fontSize, r, shift) => {
      const place = progressMarkPlace(kind, lane, laneIndex, fontSize);
      expect(place.r).toBeCloseTo(r, 9);
      expect(place.shift).toBeCloseTo(shift, 9);
    },
  );
});
