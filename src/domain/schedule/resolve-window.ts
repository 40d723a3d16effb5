/**
 * Turns a timing rule into windows of school days in one school year. A window starts and ends on
 * a school day. A rule whose raw days hold no school day moves to the nearest school days (the
 * following ones when there are any, else the preceding ones; for days in a break, the preceding
 * ones first when the template's breakShift is 'before') and says why and which way. A window
 * names the breaks that lie inside it. Problems are codes, never exceptions.
 */
import { assertNever } from '../ids';
import {
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  isoDayOfWeek,
  isoWeekOf,
  isoWeeksInYear,
  localDate,
  mondayOfIsoWeek,
  toDayNumber,
  yearOf,
} from '../local-date';
import type { LocalDate } from '../local-date';
import type { Break, BreakKind, BreakShift, WindowAdjustment } from '../model';
import type { SchoolCalendar } from '../school-calendar';
import { MONTH_PARTS } from '../timing-rule';
import type { Anchor, Month, MonthPart, TimingRule } from '../timing-rule';
import { calendarYearOfMonth } from '../year-month';

export const SCHEDULE_PROBLEM_CODES = [
  /** ISO week 53 asked for in a year without one. */
  'WEEK_NOT_IN_YEAR',
  /** The year has no school days, or a month listed explicitly has none. */
  'NO_SCHOOL_DAYS',
  /** The year has no break of the anchor's kind. */
  'BREAK_NOT_IN_YEAR',
  /** The year has no school days in the term the rule names. */
  'TERM_NOT_IN_YEAR',
  /** The term has fewer school weeks than the rule's n. */
  'SCHOOL_WEEK_NOT_IN_TERM',
  /** A date range names a day that no year has ('02-30', '13-01', '2-1'). */
  'INVALID_MONTH_DAY',
  /** Numbers out of range: week 0, a length of 0, every 0, a range ending before it starts... */
  'INVALID_RULE',
] as const;
export type ScheduleProblemCode = (typeof SCHEDULE_PROBLEM_CODES)[number];

/** One occurrence of a rule in a year: its first and last school day. */
export interface ResolvedWindow {
  /** '' for a rule that occurs once; 'm09' for the September occurrence of an every-month rule. */
  readonly occurrence: string;
  readonly start: LocalDate;
  readonly end: LocalDate;
  readonly adjustment: WindowAdjustment | null;
  /** The breaks inside the window, by kind in date order (Action.spansBreaks); undefined when none. */
  readonly spansBreaks?: readonly BreakKind[] | undefined;
}

export interface RuleProblem {
  readonly occurrence: string;
  readonly code: ScheduleProblemCode;
}

export interface RuleResolution {
  readonly windows: readonly ResolvedWindow[];
  readonly problems: readonly RuleProblem[];
}

/** School-year order of the months: August first. */
export const SCHOOL_YEAR_MONTHS: readonly Month[] = [8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7];

/** Longest window, in school days, that a moved rule keeps: one school week. */
const MAX_MOVED_LENGTH = 5;

/** Occurrence key of a month: 'm01'...'m12'. */
export function monthOccurrence(month: Month): string {
  return month < 10 ? `m0${month}` : `m${month}`;
}

/**
 * The windows of `rule` in the calendar's year, or problem codes. Single rules give at most one
 * window with occurrence ''; every-month rules one per month ('m08', 'm09', ...); an every-n-th-year
 * rule gives its inner rule's windows in matching years and nothing otherwise. `breakShift` is
 * the template's (TaskTemplate.breakShift): where a window that falls wholly in a break goes.
 * Each window names the breaks lying inside it (spansBreaks).
 */
export function resolveRule(
  rule: TimingRule,
  calendar: SchoolCalendar,
  breakShift: BreakShift = 'after',
): RuleResolution {
  const resolution = resolveUnspanned(rule, calendar, breakShift);
  const { breaks } = calendar.year;
  if (breaks.length === 0 || resolution.windows.length === 0) return resolution;
  return { ...resolution, windows: resolution.windows.map((w) => withSpans(w, breaks)) };
}

/** `w` with the breaks that lie between its ends, in date order, each kind once. */
function withSpans(w: ResolvedWindow, breaks: readonly Break[]): ResolvedWindow {
  // The ends are school days, never in a break, so a break that meets the window lies inside it.
  const inside = breaks
    .filter((b) => b.start <= w.end && b.end >= w.start)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  if (inside.length === 0) return w;
  const kinds: BreakKind[] = [];
  for (const b of inside) if (!kinds.includes(b.kind)) kinds.push(b.kind);
  return { ...w, spansBreaks: kinds };
}

function resolveUnspanned(
  rule: TimingRule,
  calendar: SchoolCalendar,
  shift: BreakShift,
): RuleResolution {
  if (calendar.schoolDayCount === 0) return problem('', 'NO_SCHOOL_DAYS');
  const { startYear } = calendar.year;
  switch (rule.kind) {
    case 'month': {
      if (!isMonth(rule.month) || !isPart(rule.part)) return problem('', 'INVALID_RULE');
      const [start, end] = monthPartRange(startYear, rule.month, rule.part);
      return single(placeRaw('', start, end, calendar, shift));
    }
    case 'isoWeek':
      return resolveIsoWeek(rule.week, calendar, shift);
    case 'schoolWeek':
      return resolveSchoolWeek(rule.term, rule.n, calendar);
    case 'relative':
      return resolveRelative(rule.anchor, rule.offsetSchoolDays, rule.lengthSchoolDays, calendar);
    case 'dateRange': {
      const start = parseMonthDay(rule.start, startYear);
      const end = parseMonthDay(rule.end, startYear);
      if (start === null || end === null) return problem('', 'INVALID_MONTH_DAY');
      if (end < start) return problem('', 'INVALID_RULE');
      return single(placeRaw('', start, end, calendar, shift));
    }
    case 'everyMonth':
      return resolveEveryMonth(rule.months, rule.part, calendar, shift);
    case 'everyNthYear': {
      const { every, remainder } = rule;
      if (
        !Number.isInteger(every) ||
        every < 1 ||
        !Number.isInteger(remainder) ||
        remainder < 0 ||
        remainder >= every
      ) {
        return problem('', 'INVALID_RULE');
      }
      const inner = resolveUnspanned(rule.rule, calendar, shift);
      // Judged on the day the inner rule names, not on where a break moved it: a late-December
      // rule of an odd year stays in that year's plan even when it moves to January.
      return {
        windows: inner.windows.filter(
          (w) => yearOf(ruleOwnStart(rule.rule, w, startYear)) % every === remainder,
        ),
        problems: inner.problems,
      };
    }
    default:
      return assertNever(rule);
  }
}

function problem(occurrence: string, code: ScheduleProblemCode): RuleResolution {
  return { windows: [], problems: [{ occurrence, code }] };
}

function single(window: ResolvedWindow): RuleResolution {
  return { windows: [window], problems: [] };
}

function isMonth(m: number): m is Month {
  return Number.isInteger(m) && m >= 1 && m <= 12;
}

function isPart(p: string): p is MonthPart {
  return (MONTH_PARTS as readonly string[]).includes(p);
}

/** Days 1-15, 16-end or all of `month` in the school year. */
function monthPartRange(startYear: number, month: Month, part: MonthPart): [LocalDate, LocalDate] {
  const year = calendarYearOfMonth(startYear, month);
  const last = daysInMonth(year, month);
  switch (part) {
    case 'whole':
      return [localDate(year, month, 1), localDate(year, month, last)];
    case 'firstHalf':
      return [localDate(year, month, 1), localDate(year, month, 15)];
    case 'secondHalf':
      return [localDate(year, month, 16), localDate(year, month, last)];
    default:
      return assertNever(part);
  }
}

const MONTH_DAY_PATTERN = /^(\d{2})-(\d{2})$/;

/**
 * 'MM-DD' placed in the school year; 29 February is accepted and becomes the 28th in a year
 * without it. Null when no year has that day.
 */
function parseMonthDay(md: string, startYear: number): LocalDate | null {
  const m = MONTH_DAY_PATTERN.exec(md);
  if (m === null) return null;
  const month = Number(m[1]);
  const day = Number(m[2]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2000, month)) return null;
  const year = calendarYearOfMonth(startYear, month);
  return localDate(year, month, month === 2 && day === 29 && !isLeapYear(year) ? 28 : day);
}

/** Monday-Friday days from `start` to `end`. */
function weekdaysBetween(start: LocalDate, end: LocalDate): number {
  let count = 0;
  const last = toDayNumber(end);
  let dow = isoDayOfWeek(start);
  for (let n = toDayNumber(start); n <= last; n++) {
    if (dow <= 5) count++;
    dow = dow === 7 ? 1 : ((dow + 1) as typeof dow);
  }
  return count;
}

/**
 * The first day the rule itself names for window `w` of the year starting in `startYear`, before
 * any move: the month part's first day, the ISO week's Monday, the date range's start. Rules that
 * count school days (schoolWeek, relative) name the window's own start.
 */
function ruleOwnStart(rule: TimingRule, w: ResolvedWindow, startYear: number): LocalDate {
  switch (rule.kind) {
    case 'month':
      return monthPartRange(startYear, rule.month, rule.part)[0];
    case 'isoWeek':
      return mondayOfWeekInYear(rule.week, startYear) ?? w.start;
    case 'dateRange':
      return parseMonthDay(rule.start, startYear) ?? w.start;
    case 'everyMonth': {
      const month = Number(w.occurrence.slice(1));
      return isMonth(month) ? monthPartRange(startYear, month, rule.part)[0] : w.start;
    }
    case 'schoolWeek':
    case 'relative':
    case 'everyNthYear':
      return w.start;
    default:
      return assertNever(rule);
  }
}

/**
 * Places the raw days `rawStart..rawEnd` on school days: trimmed to the first and last school day
 * inside it (and inside the term), else moved to the nearest school days, as many as the raw
 * window has weekdays (1-5): the following ones, or the preceding ones when there are none after
 * it, or when the raw days are in a break and `shift` is 'before' (and school days precede it).
 */
function placeRaw(
  occurrence: string,
  rawStart: LocalDate,
  rawEnd: LocalDate,
  cal: SchoolCalendar,
  shift: BreakShift,
): ResolvedWindow {
  const { firstDay, lastDay } = cal.year;
  const lo = rawStart > firstDay ? rawStart : firstDay;
  const hi = rawEnd < lastDay ? rawEnd : lastDay;
  if (lo <= hi) {
    const start = cal.nextSchoolDayOnOrAfter(lo);
    const end = cal.previousSchoolDayOnOrBefore(hi);
    if (start !== null && end !== null && start <= end)
      return { occurrence, start, end, adjustment: null };
  }
  const length = Math.min(MAX_MOVED_LENGTH, Math.max(1, weekdaysBetween(rawStart, rawEnd)));
  const count = cal.schoolDayCount;
  const following = cal.schoolDaysBefore(fromDayNumber(toDayNumber(rawEnd) + 1));
  const preceding = cal.schoolDaysBefore(rawStart);
  const reason = whyMoved(rawStart, rawEnd, lo, hi, cal);
  const before =
    following >= count ||
    (reason.kind === 'movedOutOfBreak' && shift === 'before' && preceding > 0);
  let from: number;
  let to: number;
  if (!before) {
    from = following;
    to = Math.min(count - 1, following + length - 1);
  } else {
    to = preceding - 1;
    from = Math.max(0, to - length + 1);
  }
  return {
    occurrence,
    start: cal.schoolDays[from] ?? firstDay,
    end: cal.schoolDays[to] ?? lastDay,
    adjustment:
      reason.kind === 'movedOutOfBreak'
        ? { ...reason, direction: before ? 'before' : 'after' }
        : reason,
  };
}

/**
 * Why the raw window held no school day; `lo..hi` is its part inside the term (empty when
 * lo > hi). A break wins over a holiday, a holiday over the term's edge.
 */
function whyMoved(
  rawStart: LocalDate,
  rawEnd: LocalDate,
  lo: LocalDate,
  hi: LocalDate,
  cal: SchoolCalendar,
): WindowAdjustment {
  let sawHoliday = false;
  for (let n = toDayNumber(lo); n <= toDayNumber(hi); n++) {
    const kind = cal.dayKind(fromDayNumber(n));
    // The direction is placeRaw's to set.
    if (kind.kind === 'break')
      return { kind: 'movedOutOfBreak', breakKind: kind.breakKind, direction: 'after' };
    if (kind.kind === 'holiday') sawHoliday = true;
  }
  if (sawHoliday) return { kind: 'movedOffHoliday' };
  if (rawStart < cal.year.firstDay || rawEnd > cal.year.lastDay)
    return { kind: 'clampedToSchoolYear' };
  // Only weekend days or local days off.
  return { kind: 'movedOffDayOff' };
}

/**
 * The Monday of ISO week `week` in the school year starting in `startYear` (weeks from the one
 * holding 1 August on belong to the autumn's calendar year), or null when that year has no such
 * week (53).
 */
function mondayOfWeekInYear(week: number, startYear: number): LocalDate | null {
  const firstWeek = isoWeekOf(localDate(startYear, 8, 1)).week;
  const isoYear = week >= firstWeek ? startYear : startYear + 1;
  if (week > isoWeeksInYear(isoYear)) return null;
  return mondayOfIsoWeek(isoYear, week);
}

/** Monday to Friday of the week, and its Saturday too when that is an extra school day. */
function resolveIsoWeek(week: number, cal: SchoolCalendar, shift: BreakShift): RuleResolution {
  if (!Number.isInteger(week) || week < 1 || week > 53) return problem('', 'INVALID_RULE');
  const monday = mondayOfWeekInYear(week, cal.year.startYear);
  if (monday === null) return problem('', 'WEEK_NOT_IN_YEAR');
  const saturday = fromDayNumber(toDayNumber(monday) + 5);
  const end = cal.isSchoolDay(saturday) ? saturday : fromDayNumber(toDayNumber(monday) + 4);
  return single(placeRaw('', monday, end, cal, shift));
}

function resolveSchoolWeek(
  term: 'autumn' | 'spring',
  n: number,
  cal: SchoolCalendar,
): RuleResolution {
  if (!Number.isInteger(n) || n < 1) return problem('', 'INVALID_RULE');
  const bounds = cal.terms[term];
  if (bounds === null) return problem('', 'TERM_NOT_IN_YEAR');
  // School weeks are the calendar weeks that hold a school day of the term, so a break week
  // does not count: the week after the autumn break is the next school week.
  const first = cal.schoolDayIndex(bounds.start);
  const last = cal.schoolDayIndex(bounds.end);
  let weeks = 0;
  let currentMonday = Number.NaN;
  let start: LocalDate | null = null;
  let end: LocalDate | null = null;
  for (let i = first; i <= last; i++) {
    const day = cal.schoolDays[i];
    if (day === undefined) break;
    const monday = toDayNumber(day) - isoDayOfWeek(day) + 1;
    if (monday !== currentMonday) {
      if (weeks === n) break;
      weeks++;
      currentMonday = monday;
      start = day;
    }
    end = day;
  }
  if (weeks < n || start === null || end === null) return problem('', 'SCHOOL_WEEK_NOT_IN_TERM');
  return single({ occurrence: '', start, end, adjustment: null });
}

function findBreak(cal: SchoolCalendar, kind: Break['kind']): Break | null {
  let found: Break | null = null;
  for (const b of cal.year.breaks) {
    if (b.kind === kind && (found === null || b.start < found.start)) found = b;
  }
  return found;
}

/** The position in the school-day sequence that offset 0 starts at, or a problem. */
function anchorIndex(anchor: Anchor, cal: SchoolCalendar): number | ScheduleProblemCode {
  switch (anchor.kind) {
    case 'termStart':
    case 'termEnd': {
      const bounds = cal.terms[anchor.term];
      if (bounds === null) return 'TERM_NOT_IN_YEAR';
      // termEnd points just past the term's last school day, so -1 is that day.
      return anchor.kind === 'termStart'
        ? cal.schoolDayIndex(bounds.start)
        : cal.schoolDayIndex(bounds.end) + 1;
    }
    case 'breakStart':
    case 'breakEnd': {
      const b = findBreak(cal, anchor.breakKind);
      if (b === null) return 'BREAK_NOT_IN_YEAR';
      // breakStart: -1 is the last school day before the break; breakEnd: 0 is the first after it.
      return anchor.kind === 'breakStart'
        ? cal.schoolDaysBefore(b.start)
        : cal.schoolDaysBefore(fromDayNumber(toDayNumber(b.end) + 1));
    }
    default:
      return assertNever(anchor);
  }
}

function resolveRelative(
  anchor: Anchor,
  offset: number,
  length: number,
  cal: SchoolCalendar,
): RuleResolution {
  if (!Number.isInteger(offset) || !Number.isInteger(length) || length < 1)
    return problem('', 'INVALID_RULE');
  const at = anchorIndex(anchor, cal);
  if (typeof at === 'string') return problem('', at);
  const count = cal.schoolDayCount;
  const size = Math.min(length, count);
  let from = at + offset;
  let adjustment: WindowAdjustment | null = null;
  if (from < 0 || from + size > count) {
    from = Math.min(Math.max(from, 0), count - size);
    adjustment = { kind: 'clampedToSchoolYear' };
  }
  const start = cal.schoolDays[from];
  const end = cal.schoolDays[from + size - 1];
  if (start === undefined || end === undefined) return problem('', 'NO_SCHOOL_DAYS');
  return single({ occurrence: '', start, end, adjustment });
}

function resolveEveryMonth(
  months: readonly Month[],
  part: MonthPart,
  cal: SchoolCalendar,
  shift: BreakShift,
): RuleResolution {
  if (!isPart(part) || !months.every(isMonth)) return problem('', 'INVALID_RULE');
  const listed = months.length > 0;
  const wanted = listed ? SCHOOL_YEAR_MONTHS.filter((m) => months.includes(m)) : SCHOOL_YEAR_MONTHS;
  const { firstDay, lastDay, startYear } = cal.year;
  const windows: ResolvedWindow[] = [];
  const problems: RuleProblem[] = [];
  for (const month of wanted) {
    const occurrence = monthOccurrence(month);
    const [start, end] = monthPartRange(startYear, month, part);
    if (end < firstDay || start > lastDay) {
      // Outside the term: skipped when the rule means "every month", a problem when listed.
      if (listed) problems.push({ occurrence, code: 'NO_SCHOOL_DAYS' });
      continue;
    }
    windows.push(placeRaw(occurrence, start, end, cal, shift));
  }
  return { windows, problems };
}
