import { describe, expect, it } from 'vitest';
import { builtInThemes } from './themes';
import { contrastRatio, keepsContrast, paletteEntry, THEME_PALETTE } from './theme-palette';

describe('contrastRatio (WCAG 2.1)', () => {
  // Figures from the WebAIM contrast checker.
  it.each([
    ['#000000', '#ffffff', 21],
    ['#ffffff', '#ffffff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777', '#fff', 4.48],
    ['#0000ff', '#ffffff', 8.59],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 1);
  });
  it('is null for something that is not a hex colour', () => {
    expect(contrastRatio('red', '#fff')).toBeNull();
  });
});

describe('the theme palette', () => {
  it.each(THEME_PALETTE)(
    '$id ($color) keeps AA contrast with white text and the backgrounds',
    ({ color }) => {
      expect(keepsContrast(color)).toBe(true);
    },
  );
  it.each(['#ffbf47', '#ffffff', '#8a8a8a', '#00aaff'])('%s would not', (color) => {
    expect(keepsContrast(color)).toBe(false);
  });
  it('holds every built-in theme colour', () => {
    expect(builtInThemes.filter((t) => paletteEntry(t.color) === null)).toEqual([]);
  });
  it('has distinct colours, found in any case', () => {
    expect(new Set(THEME_PALETTE.map((p) => p.color)).size).toBe(THEME_PALETTE.length);
    expect(paletteEntry('#1D6A96')?.id).toBe('blue');
    expect(paletteEntry('#123456')).toBeNull();
  });
});
