/**
 * How a class's progress mark sits on a task's arc. A mark holding a sign to read (✓ done,
 * ! overdue, – skipped) is as large as its lane allows, up to the size of the wheel's text, and
 * never smaller than stays readable at that text size, even where the lanes are thinner than
 * that (a phone's wheel); an open task's mark, a blank disc, reads at any size and stays inside
 * its lane. A mark standing out of its lane would meet the marks of arcs in the lanes beside it
 * that start at the same time: there, the marks of those lanes move one, two... marks further
 * along their arcs, as many as a mark covers lanes.
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
  // Discs in lanes n apart lie n lanes apart: a disc wider than a lane meets those of the next
  // `span - 1` lanes. Lane by lane the marks move 0, 1, ... span - 1 marks along, so any two
  // at the same place lie at least `span` lanes, a disc's width, apart.
  const span = Math.ceil((2 * r + 1) / lane);
  return { r, shift: (laneIndex % span) * (2 * r + 1) };
}
