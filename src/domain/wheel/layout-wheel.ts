/**
 * The whole wheel as data: every radius, path and label position an SVG needs, from a school
 * year, its rings and the items (task windows) in them. Pure and fast (2,000 items lay out in a
 * few milliseconds): the component only draws what this returns.
 *
 * From the outside in: the month names, the ISO weeks, a band naming the days without school,
 * then the rings (the first ring of the input innermost), each split into lanes so that items
 * overlapping in time lie side by side, and a hole in the middle naming the year. Breaks and
 * holidays are shaded across the rings too; today is a hand from the hole to the rim.
 */
import type { LocalDate } from '../local-date';
import type { SchoolYear } from '../model';
import {
  monthMarks,
  offDayMarks,
  weekMarks,
  type MonthMark,
  type OffDayKind,
  type OffDayMark,
  type WeekMark,
} from './calendar-marks';
import { CAPITALS_LINE, estimateTextWidth, labelFits, type TextWidth } from './label-fit';
import { assignLanes, type LaneInterval } from './lanes';
import { ringWidths } from './ring-widths';
import { progressMarkPlace } from './progress-mark';
import {
  annularSectorPath,
  arcLength,
  arcPath,
  polar,
  radialLinePath,
  readsReversed,
  type Point,
} from './svg-path';
import { dayMidAngle, windowAngles } from './year-angle';

/** A ring: a grade, a theme, or the school's or the organization's tasks. */
export interface WheelRingInput {
  readonly key: string;
  /** Drawn on the ring at the top when it fits ('3', 'eo'); the full name belongs in a legend. */
  readonly shortLabel: string;
}

/** How far a class has come with a task (the wheel of one class shows it). */
export const PROGRESS_MARKS = ['done', 'open', 'overdue', 'skipped'] as const;
export type ProgressMark = (typeof PROGRESS_MARKS)[number];

/** One arc: a task's window in a ring. */
export interface WheelItemInput {
  /** Unique among the items. */
  readonly key: string;
  readonly ring: string;
  /** First and last day, both inclusive. */
  readonly start: LocalDate;
  readonly end: LocalDate;
  /** Written on the arc when it fits. */
  readonly label: string;
  /**
   * Written instead where the label does not fit, when it does: a printed wheel's theme letter,
   * which paper in black and white keeps where the arc's colour is lost. Capital letters: they
   * fit a thinner lane than words (CAPITALS_LINE).
   */
  readonly shortLabel?: string;
  readonly mark?: ProgressMark | null;
}

export interface WheelTexts {
  /** Month names by calendar month, January first (12). */
  readonly monthNames: readonly string[];
  /** Shorter month names, used where the full one does not fit (12). */
  readonly monthShortNames: readonly string[];
  /** The name written on a span without school (a break, the summer); holidays are not named on the wheel. */
  readonly offDayName: (kind: OffDayKind) => string;
  /** Written in the hole, e.g. '2026–2027'. */
  readonly yearLabel: string;
}

export interface WheelInput {
  readonly schoolYear: SchoolYear;
  /** Today: the hand and the current month; null for none (e.g. a printed plan). */
  readonly today: LocalDate | null;
  /** The wheel's width and height, in the units it is drawn in (CSS pixels on a screen). */
  readonly size: number;
  /** The size of its text (default 12); labels are fitted at this size. */
  readonly fontSize?: number;
  /** Inside out. An item whose ring is not listed is left out. */
  readonly rings: readonly WheelRingInput[];
  readonly items: readonly WheelItemInput[];
  readonly texts: WheelTexts;
  readonly textWidth?: TextWidth;
}

/** A label drawn along an arc: the path its text runs on (textPath) from the middle. */
export interface ArcLabel {
  readonly text: string;
  readonly path: string;
}

/** A horizontal label centred on a point. */
export interface PointLabel extends Point {
  readonly text: string;
}

export interface WheelArc {
  readonly key: string;
  readonly ring: string;
  readonly lane: number;
  readonly r0: number;
  readonly r1: number;
  readonly a0: number;
  readonly a1: number;
  readonly path: string;
  /** The window began before 1 August or ended after 31 July and is cut there. */
  readonly cutAtStart: boolean;
  readonly cutAtEnd: boolean;
  /** Its label when it fits on the arc at the wheel's font size; else null (shown elsewhere). */
  readonly label: ArcLabel | null;
  /** Its progress mark: a disc centred on (x, y) of radius r near the arc's start. */
  readonly mark: (Point & { readonly kind: ProgressMark; readonly r: number }) | null;
}

export interface WheelRing extends WheelRingInput {
  readonly r0: number;
  readonly r1: number;
  readonly lanes: number;
  readonly path: string;
  /** The short label's place (text ends there), or null when the ring is too thin for it. */
  readonly label: PointLabel | null;
}

export interface WheelLayout {
  readonly size: number;
  readonly cx: number;
  readonly cy: number;
  readonly fontSize: number;
  /** The week numbers' size (smaller than fontSize, never below 10). */
  readonly weekFontSize: number;
  readonly hole: { readonly r: number; readonly label: PointLabel };
  readonly months: readonly (MonthMark & {
    readonly path: string;
    readonly separator: string;
    readonly label: ArcLabel | null;
  })[];
  readonly weeks: readonly (WeekMark & {
    readonly tickPath: string | null;
    readonly label: PointLabel | null;
  })[];
  readonly offDays: readonly (OffDayMark & {
    /** Across the rings, behind the arcs. */
    readonly shade: string;
    /** In the band of days without school. */
    readonly band: string;
    readonly label: ArcLabel | null;
  })[];
  readonly rings: readonly WheelRing[];
  /** In reading order: by start, then ring (inside out), then lane. */
  readonly arcs: readonly WheelArc[];
  readonly today: { readonly angle: number; readonly path: string; readonly tip: Point } | null;
  /** Keys of the items with no day in the school year (not drawn). */
  readonly outside: readonly string[];
}

/** A ring's name is drawn on it when it is this many lines thick. */
const RING_LABEL_LINES = 1.1;

/** An arc narrower than this many degrees (about a day and a half) is widened to it, to be seen and hit. */
const MIN_ARC_DEGREES = 1.5;

/** An item on the wheel: a lane interval (its angles) with its ring. */
interface Placed extends LaneInterval {
  readonly item: WheelItemInput;
  readonly ringIndex: number;
  readonly cutAtStart: boolean;
  readonly cutAtEnd: boolean;
}

/** Lays out the wheel: see the module comment and WheelLayout. */
export function layoutWheel(input: WheelInput): WheelLayout {
  const { schoolYear, size, texts } = input;
  const f = input.fontSize ?? 12;
  const width = input.textWidth ?? estimateTextWidth;
  const startYear = schoolYear.startYear;
  const cx = size / 2;
  const cy = size / 2;
  const weekFont = Math.max(10, Math.round(f * 0.85));

  // Bands from the rim inwards.
  const outer = size / 2 - 1;
  const monthInner = outer - 2 * f;
  const weekInner = monthInner - 1.5 * weekFont;
  const offInner = weekInner - 1.5 * f;
  const ringsOuter = offInner - 2;

  // Items on the wheel, widened to be visible, in lanes per ring.
  const ringIndex = new Map(input.rings.map((r, i) => [r.key, i]));
  const placed: Placed[] = [];
  const outside: string[] = [];
  for (const item of input.items) {
    const index = ringIndex.get(item.ring);
    if (index === undefined) continue;
    const span = windowAngles(item.start, item.end, startYear);
    if (!span) {
      outside.push(item.key);
      continue;
    }
    let { start: a0, end: a1 } = span;
    if (a1 - a0 < MIN_ARC_DEGREES) {
      const mid = (a0 + a1) / 2;
      a0 = Math.max(0, mid - MIN_ARC_DEGREES / 2);
      a1 = Math.min(360, a0 + MIN_ARC_DEGREES);
      a0 = a1 - MIN_ARC_DEGREES;
    }
    placed.push({
      key: item.key,
      start: a0,
      end: a1,
      item,
      ringIndex: index,
      cutAtStart: span.cutAtStart,
      cutAtEnd: span.cutAtEnd,
    });
  }
  const perRing: Placed[][] = input.rings.map(() => []);
  for (const p of placed) perRing[p.ringIndex]!.push(p);
  const assignments = perRing.map(assignLanes);

  // Radii: every lane equally thick (at most 2.2 lines), each ring thick enough for its name
  // while they all fit (ringWidths), rings apart by a gap; the hole takes what is left, at least
  // enough for the year's name.
  const gap = Math.max(2, f / 4);
  const laneCounts = assignments.map((a) => Math.max(1, a.count));
  const minHole = Math.max(width(texts.yearLabel, f) / 2 + f / 2, size * 0.06);
  const room = Math.max(0, ringsOuter - minHole - gap * input.rings.length);
  const labelled = RING_LABEL_LINES * f;
  const widths = ringWidths(laneCounts, room, 2.2 * f, labelled);
  const rings: WheelRing[] = [];
  let r = ringsOuter - widths.reduce((n, w) => n + w + gap, 0) + gap;
  const holeR = Math.max(minHole, r - gap);
  input.rings.forEach((ring, i) => {
    const r0 = r;
    const r1 = r0 + widths[i]!;
    r = r1 + gap;
    rings.push({
      ...ring,
      r0,
      r1,
      lanes: laneCounts[i]!,
      path: annularSectorPath(cx, cy, r0, r1, 0, 360),
      label:
        r1 - r0 >= labelled - 1e-9
          ? { ...polar(cx, cy, (r0 + r1) / 2, -1), text: ring.shortLabel }
          : null,
    });
  });

  // In reading order (see WheelLayout.arcs), sorted before the arcs are made.
  const laneOf = placed.map((p) => assignments[p.ringIndex]!.lanes.get(p.item.key) ?? 0);
  const order = placed.map((_, i) => i);
  order.sort((i, j) => {
    const a = placed[i]!;
    const b = placed[j]!;
    return (
      a.start - b.start ||
      a.ringIndex - b.ringIndex ||
      laneOf[i]! - laneOf[j]! ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)
    );
  });
  const arcs = order.map((i): WheelArc => {
    const p = placed[i]!;
    const ring = rings[p.ringIndex]!;
    const laneIndex = laneOf[i]!;
    const lane = (ring.r1 - ring.r0) / ring.lanes;
    // Lane 0 is outermost, next to the calendar.
    const r1 = ring.r1 - laneIndex * lane;
    const r0 = r1 - lane;
    const { label, mark } = arcDecoration(p, laneIndex, r0, r1, f, width, cx, cy);
    return {
      key: p.item.key,
      ring: p.item.ring,
      lane: laneIndex,
      r0,
      r1,
      a0: p.start,
      a1: p.end,
      path: annularSectorPath(cx, cy, r0 + 0.5, r1 - 0.5, p.start, p.end),
      cutAtStart: p.cutAtStart,
      cutAtEnd: p.cutAtEnd,
      label,
      mark,
    };
  });

  return {
    size,
    cx,
    cy,
    fontSize: f,
    weekFontSize: weekFont,
    hole: { r: holeR, label: { x: cx, y: cy, text: texts.yearLabel } },
    months: monthMarks(startYear, input.today).map((m) => {
      const rm = (monthInner + outer) / 2;
      const names = [texts.monthNames[m.month - 1], texts.monthShortNames[m.month - 1]];
      const length = arcLength(rm, m.start, m.end);
      const text = names.find(
        (n) => n !== undefined && labelFits(n, f, length, outer - monthInner, f / 2, width),
      );
      return {
        ...m,
        path: annularSectorPath(cx, cy, monthInner, outer, m.start, m.end),
        separator: radialLinePath(cx, cy, holeR, outer, m.start),
        label: text ? { text, path: textArc(cx, cy, rm, m.start, m.end, f) } : null,
      };
    }),
    weeks: weekLabels(weekMarks(startYear), cx, cy, weekInner, monthInner, weekFont, width),
    offDays: offDayLabels(
      offDayMarks(schoolYear),
      texts,
      cx,
      cy,
      offInner,
      weekInner,
      f,
      width,
    ).map(({ mark, label }) => ({
      ...mark,
      shade: annularSectorPath(cx, cy, holeR, ringsOuter, mark.start, mark.end),
      band: annularSectorPath(cx, cy, offInner, weekInner, mark.start, mark.end),
      label,
    })),
    rings,
    arcs,
    // From the hole to the months' band: over the weeks, not over a month's name, and its tip
    // inside the picture.
    today: todayHand(input.today, startYear, cx, cy, holeR, monthInner),
    outside,
  };
}

/**
 * The path text runs on along the arc of radius `r` from `a0` to `a1`, with its baseline moved so
 * that the text's middle lies on `r` (inwards for text reading clockwise, outwards on the lower
 * half, where the text reads counter-clockwise).
 */
function textArc(cx: number, cy: number, r: number, a0: number, a1: number, f: number): string {
  const reversed = readsReversed((a0 + a1) / 2);
  const baseline = reversed ? r + 0.35 * f : r - 0.35 * f;
  return arcPath(cx, cy, baseline, a0, a1, reversed);
}

/** An arc's label (when it fits beside its mark) and its progress mark. */
function arcDecoration(
  p: Placed,
  laneIndex: number,
  r0: number,
  r1: number,
  f: number,
  width: TextWidth,
  cx: number,
  cy: number,
): Pick<WheelArc, 'label' | 'mark'> {
  const rm = (r0 + r1) / 2;
  const length = arcLength(rm, p.start, p.end);
  const kind = p.item.mark ?? null;
  let markSpace = 0;
  let mark: WheelArc['mark'] = null;
  if (kind !== null) {
    const { r: radius, shift } = progressMarkPlace(kind, r1 - r0, laneIndex, f);
    markSpace = 2 * radius + 3 + shift;
    // Near the start when the arc is long enough (moved along by lane, on its own arc), else in
    // its middle: a mark is drawn over its own arc, where a tap on it opens its task.
    const along = length >= 2 * markSpace ? radius + 2 + shift : length / 2;
    const angle = p.start + (along / (Math.PI * rm)) * 180;
    mark = { ...polar(cx, cy, rm, angle), kind, r: radius };
  }
  const fits = (s: string | undefined, padding: number, line?: number): s is string =>
    s !== undefined && labelFits(s, f, length - markSpace, r1 - r0, padding, width, line);
  // A letter needs less room at its ends than words: a week's arc holds one.
  const text = fits(p.item.label, f / 3)
    ? p.item.label
    : fits(p.item.shortLabel, f / 8, CAPITALS_LINE)
      ? p.item.shortLabel
      : null;
  if (text === null) return { label: null, mark };
  const startAt = p.start + (markSpace / (Math.PI * rm)) * 180;
  return { label: { text, path: textArc(cx, cy, rm, startAt, p.end, f) }, mark };
}

/**
 * The names of the breaks and the summer in their band, centred on each span and running past
 * its ends when the name is longer than the span (a five-day break is a short arc), as long as
 * it stays clear of the names already placed (the breaks' before the summer's). Holidays are one
 * day each: they are named in the legend, not on the wheel.
 */
function offDayLabels(
  marks: readonly OffDayMark[],
  texts: WheelTexts,
  cx: number,
  cy: number,
  inner: number,
  outer: number,
  f: number,
  width: TextWidth,
): { mark: OffDayMark; label: ArcLabel | null }[] {
  const rm = (inner + outer) / 2;
  const taken: [number, number][] = [];
  const labels = new Map<OffDayMark, ArcLabel>();
  const named = marks.filter((m) => m.kind !== 'holiday');
  const order = [
    ...named.filter((m) => m.kind === 'break'),
    ...named.filter((m) => m.kind !== 'break'),
  ];
  for (const mark of order) {
    const text = texts.offDayName(mark);
    if (!labelFits(text, f, Infinity, outer - inner, 0, width)) continue;
    const need = ((width(text, f) + f) / rm) * (180 / Math.PI);
    const mid = (mark.start + mark.end) / 2;
    const a0 = Math.min(mark.start, mid - need / 2);
    const a1 = Math.max(mark.end, mid + need / 2);
    if (a0 < 0 || a1 > 360 || taken.some(([b0, b1]) => a0 < b1 && b0 < a1)) continue;
    taken.push([a0, a1]);
    labels.set(mark, { text, path: textArc(cx, cy, rm, a0, a1, f) });
  }
  return marks.map((mark) => ({ mark, label: labels.get(mark) ?? null }));
}

/** Week ticks and numbers; numbers only every n-th week when a week is too short for one. */
function weekLabels(
  marks: readonly WeekMark[],
  cx: number,
  cy: number,
  inner: number,
  outer: number,
  font: number,
  width: TextWidth,
) {
  const rm = (inner + outer) / 2;
  const fullWeek = arcLength(rm, 0, (7 * 360) / 365);
  const step = Math.max(1, Math.ceil((width('53', font) + font / 2) / fullWeek));
  return marks.map((w) => {
    const visible = arcLength(rm, w.start, w.end);
    const shown = w.week % step === 0 && visible >= width(String(w.week), font) + 2;
    return {
      ...w,
      tickPath:
        w.tick === null
          ? null
          : radialLinePath(cx, cy, inner, inner + (outer - inner) * 0.4, w.tick),
      label: shown
        ? {
            ...polar(cx, cy, rm + (outer - inner) * 0.12, (w.start + w.end) / 2),
            text: String(w.week),
          }
        : null,
    };
  });
}

function todayHand(
  today: LocalDate | null,
  startYear: number,
  cx: number,
  cy: number,
  from: number,
  to: number,
): WheelLayout['today'] {
  if (today === null) return null;
  const angle = dayMidAngle(today, startYear);
  if (angle < 0 || angle > 360) return null;
  return { angle, path: radialLinePath(cx, cy, from, to, angle), tip: polar(cx, cy, to, angle) };
}
