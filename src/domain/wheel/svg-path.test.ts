import { describe, expect, it } from 'vitest';
import {
  annularSectorPath,
  arcLength,
  arcPath,
  polar,
  radialLinePath,
  readsReversed,
} from './svg-path';

// Around (100, 100); 0° is 12 o'clock, angles run clockwise; coordinates to tenths.
describe('annularSectorPath', () => {
  it.each([
    [
      'a quarter from 12 to 3 o’clock',
      [40, 50, 0, 90],
      'M100 50A50 50 0 0 1 150 100L140 100A40 40 0 0 0 100 60Z',
    ],
    [
      'more than half the ring: the large arcs',
      [40, 50, 90, 300],
      'M150 100A50 50 0 1 1 56.7 75L65.4 80A40 40 0 1 0 140 100Z',
    ],
    [
      'the whole ring: two halves (an SVG arc cannot end where it starts)',
      [40, 50, 10, 370],
      'M108.7 50.8A50 50 0 0 1 91.3 149.2L93.1 139.4A40 40 0 0 0 106.9 60.6Z' +
        'M91.3 149.2A50 50 0 0 1 108.7 50.8L106.9 60.6A40 40 0 0 0 93.1 139.4Z',
    ],
  ] as const)('%s', (_, [r0, r1, a0, a1], path) => {
    expect(annularSectorPath(100, 100, r0, r1, a0, a1)).toBe(path);
  });
});

describe('the text paths and marks', () => {
  it('runs an arc clockwise, or reversed (counter-clockwise) to stay upright below', () => {
    expect(arcPath(100, 100, 45, 0, 90)).toBe('M100 55A45 45 0 0 1 145 100');
    expect(arcPath(100, 100, 45, 135, 225, true)).toBe('M68.2 131.8A45 45 0 0 0 131.8 131.8');
  });

  it('draws a radial line, places a point and measures an arc', () => {
    expect(radialLinePath(100, 100, 20, 60, 90)).toBe('M120 100L160 100');
    expect(polar(100, 100, 50, 45)).toEqual({ x: 135.4, y: 64.6 });
    expect(arcLength(10, 0, 180)).toBeCloseTo(10 * Math.PI, 10);
  });

  it.each([
    [45, false],
    [90, false],
    [91, true],
    [180, true],
    [269, true],
    [270, false],
    [-90, false],
    [540, true],
  ])('text centred at %i° reads reversed: %s', (angle, reversed) => {
    expect(readsReversed(angle)).toBe(reversed);
  });
});
