/**
 * Whether a label fits where it would be drawn. The domain cannot measure text, so widths are
 * estimated from the advance widths of a common sans-serif (Arial/Helvetica/Liberation Sans, in
 * ems); the estimate errs wide (unknown characters count as wide), so a label said to fit does.
 */

const NARROW = new Set([..."iljtfrI.,:;!|'()[] "]);
const WIDE = new Set([...'mwMWÖÄÅ@%']);
const CAPITAL = /[A-ZÅÄÖ]/;
const DIGIT = /[0-9]/;

/** The estimated advance width of one character, in ems. */
function charWidth(c: string): number {
  if (NARROW.has(c)) return 0.3;
  if (WIDE.has(c)) return 0.86;
  if (CAPITAL.test(c)) return 0.69;
  if (DIGIT.test(c)) return 0.56;
  if (c === '–' || c === '—') return c === '—' ? 1 : 0.56;
  // Lower-case letters average about half an em; anything else counts as wide.
  return /\p{Ll}/u.test(c) ? 0.56 : 0.9;
}

/** Each character's width once: a wheel measures thousands of labels of a few dozen letters. */
const widths = new Map<string, number>();

/** The estimated width of `text` set at `fontSize` (the unit of the result). */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const c of text) {
    let width = widths.get(c);
    if (width === undefined) widths.set(c, (width = charWidth(c)));
    ems += width;
  }
  return ems * fontSize;
}

/** Measures text: width of `text` at `fontSize`. The default is estimateTextWidth. */
export type TextWidth = (text: string, fontSize: number) => number;

/** The band a line of words needs, in font sizes: its ascenders and descenders and some air. */
export const WORDS_LINE = 1.2;
/** The band capital letters alone need (a theme's mark): no descenders, a cap of about 0.7. */
export const CAPITALS_LINE = 0.9;

/**
 * Whether `text` at `fontSize` fits in a band `length` long and `thickness` thick: the band is at
 * least `line` font sizes thick and holds the text with `padding` on each end.
 */
export function labelFits(
  text: string,
  fontSize: number,
  length: number,
  thickness: number,
  padding: number,
  textWidth: TextWidth = estimateTextWidth,
  line = WORDS_LINE,
): boolean {
  return (
    text.length > 0 &&
    thickness >= fontSize * line &&
    textWidth(text, fontSize) + 2 * padding <= length
  );
}
