/**
 * The wheel's colours and font, written on its SVG elements as attributes (the figure carries no
 * style sheet, so a downloaded SVG or PNG looks as it does on screen). Text colours keep WCAG AA
 * contrast (4.5:1) on what they stand on; the days without school are also hatched, so a
 * black-and-white print keeps them.
 */
import { contrastRatio } from '@/domain/library/theme-palette';

export const WHEEL_COLORS = {
  ink: '#1a1a1a',
  muted: '#4a4f57',
  paper: '#ffffff',
  line: '#c5ccd6',
  ringEven: '#f3f5f8',
  ringOdd: '#ffffff',
  month: '#e3e8ef',
  /** The current month: white bold text on it (11:1). */
  currentMonth: '#1d4e89',
  offDayBand: '#d5dbe3',
  offDayShade: '#eef1f5',
  offDayHatch: '#c9d0da',
  today: '#a4161a',
  overdue: '#a4161a',
  /** Tasks with no theme. */
  noTheme: '#37474f',
} as const;

/** Metric-compatible with the widths estimated in src/domain/wheel/label-fit.ts. */
export const WHEEL_FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";

/** White text on `color` where it keeps 4.5:1, else near-black. */
export function textColorOn(color: string): string {
  return (contrastRatio(color, WHEEL_COLORS.paper) ?? 0) >= 4.5
    ? WHEEL_COLORS.paper
    : WHEEL_COLORS.ink;
}
