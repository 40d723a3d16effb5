import { describe, expect, it } from 'vitest';
import { CAPITALS_LINE, estimateTextWidth, labelFits } from './label-fit';

describe('estimateTextWidth', () => {
  it.each([
    ['', 12, 0],
    ['45', 10, 11.2],
    // Narrow letters are narrower than wide ones.
    ['ill', 10, 9],
    ['mmm', 10, 25.8],
    ['Vappu', 10, 6.9 + 4 * 5.6],
  ])('%j at %i is about %f wide', (text, size, width) => {
    expect(estimateTextWidth(text, size)).toBeCloseTo(width, 9);
  });

  it('errs wide for an average Finnish title (about half an em a character or more)', () => {
    const title = 'Teematunti: hyvinvointi ja terveys';
    expect(estimateTextWidth(title, 12)).toBeGreaterThan(title.length * 12 * 0.45);
  });
});

describe('labelFits', () => {
  it.each([
    // 'syysloma' at 12 is about 50 wide.
    ['syysloma', 12, 60, 18, 2, true],
    ['syysloma', 12, 50, 18, 2, false],
    // The band must be 1.2 lines thick.
    ['syysloma', 12, 200, 14.39, 2, false],
    ['syysloma', 12, 200, 14.4, 2, true],
    ['', 12, 200, 20, 2, false],
  ])('%j at %i in %f × %f (padding %f): %s', (text, size, length, thickness, padding, fits) => {
    expect(labelFits(text, size, length, thickness, padding)).toBe(fits);
  });

  it('takes a measuring function', () => {
    expect(labelFits('abc', 10, 31, 20, 0, (t, s) => t.length * s)).toBe(true);
    // Capitals alone (a theme's mark) fit a band thinner than a line of words needs.
    expect(labelFits('B', 10, 30, 10, 0)).toBe(false);
    expect(labelFits('B', 10, 30, 10, 0, undefined, CAPITALS_LINE)).toBe(true);
    expect(labelFits('B', 10, 30, 8.5, 0, undefined, CAPITALS_LINE)).toBe(false);
    expect(labelFits('abc', 10, 29, 20, 0, (t, s) => t.length * s)).toBe(false);
  });
});
