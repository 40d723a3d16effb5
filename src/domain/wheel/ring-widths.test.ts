import { describe, expect, it } from 'vitest';
import { ringWidths } from './ring-widths';

const rounded = (xs: number[]) => xs.map((x) => Math.round(x * 1000) / 1000);

describe('ringWidths', () => {
  it.each([
    ['room to spare: every lane at its most', [1, 2, 3], 1000, 10, 5, [10, 20, 30]],
    ['a thin ring of one lane is raised to carry its name', [1, 20], 100, 10, 13.2, [13.2, 86.8]],
    [
      'rings raised to the least, the rest in lanes of one thickness',
      [1, 1, 10, 30],
      120,
      10,
      12,
      [12, 12, 24, 72],
    ],
    ['all the rings at least: nothing else to share', [1, 1], 24, 10, 12, [12, 12]],
    ['too little room for names: lanes shared evenly', [1, 9], 20, 10, 12, [2, 18]],
    ['too little room, lanes at most maxLane', [1, 1], 20, 4, 12, [4, 4]],
    ['no rings', [], 100, 10, 12, []],
  ] as const)('%s', (_, lanes, room, maxLane, minRing, expected) => {
    const widths = ringWidths(lanes, room, maxLane, minRing);
    expect(rounded(widths)).toEqual(expected);
    expect(widths.reduce((n, w) => n + w, 0)).toBeLessThanOrEqual(room + 1e-9);
  });

  it('keeps lanes one thickness in the rings above the least', () => {
    const lanes = [2, 5, 7, 1, 12];
    const widths = ringWidths(lanes, 150, 20, 14);
    const perLane = widths.map((w, i) => w / lanes[i]!).filter((_, i) => widths[i]! > 14 + 1e-6);
    expect(perLane.length).toBe(3);
    for (const lane of perLane) expect(lane).toBeCloseTo(perLane[0]!, 6);
    expect(widths.reduce((n, w) => n + w, 0)).toBeCloseTo(150, 6);
  });
});
