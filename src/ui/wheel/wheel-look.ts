/** How the wheel shows an arc and a progress mark (shared by the figure and its markup). */
import type { ProgressMark } from '@/domain/wheel/layout-wheel';

/**
 * How the arcs look and what they are called, by arc key. Names are made when asked for: an
 * interactive wheel names only the arc in the tab order, a wheel on paper every arc.
 */
export interface WheelArcLooks {
  /** The arc's fill: its theme's colour. */
  color(key: string): string;
  /** Its accessible name and tooltip: the task, its dates and weeks, its ring (and progress). */
  name(key: string): string;
}

/** The glyph drawn in a progress mark: the mark's meaning is never its colour alone. */
export const MARK_GLYPHS: Readonly<Record<ProgressMark, string>> = {
  done: '✓',
  open: '',
  overdue: '!',
  skipped: '–',
};
