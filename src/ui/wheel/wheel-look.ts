/** How the wheel shows an arc and a progress mark (shared by the figure and its markup). */
import type { ProgressMark } from '@/domain/wheel/layout-wheel';

/** How an arc looks and what it is called. */
export interface WheelArcLook {
  readonly color: string;
  /** The arc's accessible name and tooltip: the task, its dates and weeks, its progress. */
  readonly name: string;
}

/** The glyph drawn in a progress mark: the mark's meaning is never its colour alone. */
export const MARK_GLYPHS: Readonly<Record<ProgressMark, string>> = {
  done: '✓',
  open: '',
  overdue: '!',
  skipped: '–',
};
