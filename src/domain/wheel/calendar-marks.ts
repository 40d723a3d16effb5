/**
 * What the wheel shows of the calendar itself, as dates and angles (no radii): the months, the
 * ISO weeks and the days without school (the breaks, the summer outside the term, and the
 * national holidays that would otherwise be school days).
 */
import type { HolidayCode } from '../holidays';
import {
  addDays,
  isoDayOfWeek,
  isoWeekOf,
  localDate,
  daysInMonth,
  mondayOfIsoWeek,
  type LocalDate,
} from '../local-date';
import type { BreakKind, SchoolYear } from '../model';
import { SCHOOL_YEAR_MONTHS } from '../plan-grid';
import { buildSchoolCalendar, schoolYearSpan } from '../school-calendar';
import { calendarYearOfMonth } from '../year-month';
import { dayAngle, windowAngles } from './year-angle';

export interface MonthMark {
  /** 1 = January. */
  readonly month: number;
  readonly year: number;
  readonly start: number;
  readonly end: number;
  /** Today is in this month. */
  readonly current: boolean;
}

/** The twelve months, August first, with their angles; `current` marks the month of `today`. */
export function monthMarks(startYear: number, today: LocalDate | null): MonthMark[] {
  return SCHOOL_YEAR_MONTHS.map((month) => {
    const year = calendarYearOfMonth(startYear, month);
    const first = localDate(year, month, 1);
    const next = addDays(localDate(year, month, daysInMonth(year, month)), 1);
    return {
      month,
      year,
      start: dayAngle(first, startYear),
      end: dayAngle(next, startYear),
      current: today !== null && today.slice(0, 7) === first.slice(0, 7),
    };
  });
}

export interface WeekMark {
  /** The ISO week number (1-53). */
  readonly week: number;
  readonly isoYear: number;
  /** Where its Monday begins; null for the week already running on 1 August (no tick there). */
  readonly tick: number | null;
  /** The part of the week inside the year: its number goes in the middle of it. */
  readonly start: number;
  readonly end: number;
}

/**
 * The ISO weeks the school year starting in `startYear` touches, in order: a tick where each
 * Monday begins, and the span of the week (cut at 1 August and 31 July).
 */
export function weekMarks(startYear: number): WeekMark[] {
  const { yearStart, yearEnd } = schoolYearSpan(startYear);
  const marks: WeekMark[] = [];
  const first = isoWeekOf(yearStart);
  let monday = mondayOfIsoWeek(first.isoYear, first.week);
  while (monday <= yearEnd) {
    const { week, isoYear } = isoWeekOf(monday);
    const span = windowAngles(monday, addDays(monday, 6), startYear);
    if (span) {
      marks.push({
        week,
        isoYear,
        tick: monday >= yearStart ? span.start : null,
        start: span.start,
        end: span.end,
      });
    }
    monday = addDays(monday, 7);
  }
  return marks;
}

/** A span with no school: a break, the summer, or a national holiday on what would be a school day. */
export type OffDayKind =
  | { readonly kind: 'break'; readonly breakKind: BreakKind }
  | { readonly kind: 'summer' }
  | { readonly kind: 'holiday'; readonly holiday: HolidayCode };

export type OffDayMark = OffDayKind & {
  readonly startDay: LocalDate;
  readonly endDay: LocalDate;
  readonly start: number;
  readonly end: number;
};

/**
 * The days without school in `year`, by date: the summer before the first school day and after
 * the last, each break, and each national holiday that falls on a weekday (or an extra school
 * day) of the term outside the breaks. A holiday inside a break is already shaded by the break.
 */
export function offDayMarks(year: SchoolYear): OffDayMark[] {
  const { yearStart, yearEnd } = schoolYearSpan(year.startYear);
  const marks: OffDayMark[] = [];
  const push = (kind: OffDayKind, startDay: LocalDate, endDay: LocalDate) => {
    const span = windowAngles(startDay, endDay, year.startYear);
    if (span) marks.push({ ...kind, startDay, endDay, start: span.start, end: span.end });
  };
  if (year.firstDay > yearStart) push({ kind: 'summer' }, yearStart, addDays(year.firstDay, -1));
  for (const b of year.breaks) push({ kind: 'break', breakKind: b.kind }, b.start, b.end);
  const calendar = buildSchoolCalendar(year);
  const extra = new Set(year.extraSchoolDays);
  for (const h of calendar.holidays) {
    const inTerm = h.date >= year.firstDay && h.date <= year.lastDay;
    const wouldBeSchool = isoDayOfWeek(h.date) <= 5 || extra.has(h.date);
    const inBreak = year.breaks.some((b) => b.start <= h.date && h.date <= b.end);
    if (inTerm && wouldBeSchool && !inBreak)
      push({ kind: 'holiday', holiday: h.code }, h.date, h.date);
  }
  if (year.lastDay < yearEnd) push({ kind: 'summer' }, addDays(year.lastDay, 1), yearEnd);
  return marks.sort((a, b) => a.start - b.start);
}
