/**
 * The colours a theme may have, and the WCAG contrast arithmetic that admits them. A theme's
 * colour is a swatch next to its name (never the only cue) and may be the background of white
 * text, so each palette colour keeps 4.5:1 with white text and 3:1 (non-text contrast) with the
 * page's backgrounds.
 */

/** The app's page backgrounds a swatch sits on (styles.css --paper and --wash). */
export const SWATCH_BACKGROUNDS = ['#ffffff', '#f3f5f8'] as const;
/** The text colour a theme colour may carry. */
export const THEME_TEXT_COLOR = '#ffffff';

/**
 * The palette: id (the key of its translated name) and colour; the built-in themes' colours
 * (library/themes.ts) are all in it.
 */
export const THEME_PALETTE = [
  { id: 'blue', color: '#1d6a96' },
  { id: 'darkBlue', color: '#0d47a1' },
  { id: 'indigo', color: '#283593' },
  { id: 'deepPurple', color: '#4527a0' },
  { id: 'purple', color: '#6a1b9a' },
  { id: 'violet', color: '#7b1fa2' },
  { id: 'pink', color: '#ad1457' },
  { id: 'red', color: '#c62828' },
  { id: 'rust', color: '#b23c17' },
  { id: 'brown', color: '#8a3b00' },
  { id: 'darkBrown', color: '#5d4037' },
  { id: 'olive', color: '#6b5800' },
  { id: 'darkGreen', color: '#1b5e20' },
  { id: 'green', color: '#2e7d32' },
  { id: 'teal', color: '#00695c' },
  { id: 'petrol', color: '#00596b' },
  { id: 'slate', color: '#37474f' },
] as const;
export type PaletteColorId = (typeof THEME_PALETTE)[number]['id'];

/** '#rgb', '#rrggbb' (alpha forms ignore their alpha) as 0-255 channels, or null. */
export function parseHexColor(hex: string): [number, number, number] | null {
  const m = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(hex);
  if (!m) return null;
  const h = m[1]!;
  const full = h.length <= 4 ? [...h.slice(0, 3)].map((c) => c + c).join('') : h.slice(0, 6);
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG 2.1 relative luminance of an sRGB colour (0 black ... 1 white). */
export function relativeLuminance([r, g, b]: readonly [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2.1 contrast ratio of two hex colours (1 ... 21), or null when one is not a colour. */
export function contrastRatio(a: string, b: string): number | null {
  const ca = parseHexColor(a);
  const cb = parseHexColor(b);
  if (ca === null || cb === null) return null;
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (hi + 0.05) / (lo + 0.05);
}

/** Whether `color` keeps AA contrast: 4.5:1 with the text it carries, 3:1 with each background. */
export function keepsContrast(color: string): boolean {
  const text = contrastRatio(color, THEME_TEXT_COLOR);
  return (
    text !== null &&
    text >= 4.5 &&
    SWATCH_BACKGROUNDS.every((bg) => (contrastRatio(color, bg) ?? 0) >= 3)
  );
}

/** The palette entry of `color` (any case), or null for a colour outside the palette. */
export function paletteEntry(color: string) {
  return THEME_PALETTE.find((p) => p.color.toLowerCase() === color.toLowerCase()) ?? null;
}
