/**
 * How a class's progress mark sits on a task's arc. A mark holding a sign to read (✓ done,
 * ! overdue, – skipped) is as large as its lane allows, up to the size of the wheel's text, and
 * never smaller than stays readable at that text size, even where the lanes are thinner than
 * that (a phone's wheel); an open task's mark, a blank disc, reads at any size and stays inside
 * its lane. A mark standing out of its lane would meet the mark of an arc beside it that starts
 * at the same time: there, the marks of every other lane move one mark further along their arcs.
 * In the layout's units, like the font size.
 */
import type { ProgressMark } from './layout-wheel';

/**
 * The radius of the smallest mark with a sign, in font sizes: the sign, drawn 1.6 radii high
 * (src/ui/wheel/arc-markup.ts), is then 0.8 of the text.
 */
export const MIN_MARK_RADIUS = 0.5;
/** The radius of the largest mark, in font sizes. */
export const MAX_MARK_RADIUS = 0.6;

export interface MarkPlace {
  /** The disc's radius. */
  readonly r: number;
  /** How much further along the arc than its usual place (near the start) the mark sits. */
  readonly shift: number;
}

/**
 * The mark of `kind` on an arc in lane `laneIndex` (0 outermost) of lanes `lane` thick
 * (r1 - r0), on a wheel whose text is `fontSize`.
 */
export function progressMarkPlace(
  kind: ProgressMark,
  lane: number,
  laneIndex: number,
  fontSize: number,
): MarkPlace {
  const fitted = Math.min(lane / 2 - 1, MAX_MARK_RADIUS * fontSize);
  const r = Math.max(kind === 'open' ? 2 : MIN_MARK_RADIUS * fontSize, fitted);
  // Discs in neighbouring lanes lie `lane` apart: they meet when wider than that.
  const meets = 2 * r + 1 > lane;
  return { r, shift: meets && laneIndex % 2 === 1 ? 2 * r + 1 : 0 };
}
