/**
 * The school year as a circle: 1 August at the top (12 o'clock), clockwise to 31 July. Angles are
 * degrees from 12 o'clock, clockwise, 0 to 360. A day is a slice of the circle: it begins at
 * dayAngle(day) and ends where the next day begins, so a window [start, end] covers
 * dayAngle(start) to dayAngle(end + 1). Pure arithmetic on day numbers.
 */
import { toDayNumber, type LocalDate } from '../local-date';
import { schoolYearSpan } from '../school-calendar';

/** Where the school year starting in `startYear` begins (a day number) and how many days it has. */
interface YearScale {
  readonly first: number;
  readonly days: number;
}

// A wheel asks for thousands of angles of one or two years: each year's scale is kept.
const scales = new Map<number, YearScale>();

function scaleOf(startYear: number): YearScale {
  let scale = scales.get(startYear);
  if (!scale) {
    const { yearStart, yearEnd } = schoolYearSpan(startYear);
    const first = toDayNumber(yearStart);
    scale = { first, days: toDayNumber(yearEnd) - first + 1 };
    scales.set(startYear, scale);
  }
  return scale;
}

/** The days of the school year starting in August of `startYear`: 365, or 366 with a 29 February. */
export function schoolYearLength(startYear: number): number {
  return scaleOf(startYear).days;
}

/**
 * Where `day` begins on the wheel of the school year starting in `startYear`: 0 for 1 August,
 * 360 for the day after 31 July. Days outside the year give angles below 0 or above 360.
 */
export function dayAngle(day: LocalDate, startYear: number): number {
  const { first, days } = scaleOf(startYear);
  return ((toDayNumber(day) - first) * 360) / days;
}

/** The middle of `day` on the wheel (today's hand points there). */
export function dayMidAngle(day: LocalDate, startYear: number): number {
  return dayAngle(day, startYear) + 180 / schoolYearLength(startYear);
}

/** A window's place on the wheel; the ends that lay outside the school year are cut off and named. */
export interface WindowAngles {
  /** Where the first day begins. */
  readonly start: number;
  /** Where the last day ends (start < end <= 360). */
  readonly end: number;
  /** The window began before 1 August (it was cut at the top). */
  readonly cutAtStart: boolean;
  /** The window ended after 31 July (it was cut at the top). */
  readonly cutAtEnd: boolean;
}

/**
 * The angles the window `start`..`end` (both inclusive) covers in the school year starting in
 * `startYear`. One continuous arc whatever months it crosses (December to January is no seam: the
 * wheel's only seam is 31 July / 1 August at the top); a window reaching over that seam is cut to
 * the year and says so; null when no day of it lies in the year (or `end` is before `start`).
 */
export function windowAngles(
  start: LocalDate,
  end: LocalDate,
  startYear: number,
): WindowAngles | null {
  if (end < start) return null;
  const { days } = scaleOf(startYear);
  const a = dayAngle(start, startYear);
  // Where the day after the last begins.
  const b = dayAngle(end, startYear) + 360 / days;
  if (b <= 0 || a >= 360) return null;
  return {
    start: Math.max(0, a),
    end: Math.min(360, b),
    cutAtStart: a < 0,
    cutAtEnd: b > 360,
  };
}
