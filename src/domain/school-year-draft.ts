/**
 * A school year as the editor holds it while the user types (dates as typed, possibly not days
 * at all), its validation into a SchoolYear with an error per field, and the live figures the
 * editor shows: the number of school days and the warnings against the law's count and week 22.
 * Pure: the UI translates the codes and shows each error next to its field.
 */
import type { OrganizationId, SchoolYearId } from './ids';
import { isoWeekOf, parseLocalDate } from './local-date';
import type { LocalDate } from './local-date';
import type { Break, BreakKind, SchoolYear } from './model';
import { buildSchoolCalendar, expectedSchoolDays, schoolYearSpan } from './school-calendar';
import { compare } from './schedule/schedule-record';

export interface BreakDraft {
  readonly kind: BreakKind;
  readonly start: string;
  readonly end: string;
}

/** A SchoolYear with every day as typed. */
export interface SchoolYearDraft {
  readonly id: SchoolYearId;
  readonly organizationId: OrganizationId;
  readonly startYear: number;
  readonly firstDay: string;
  readonly lastDay: string;
  readonly breaks: readonly BreakDraft[];
  readonly extraDaysOff: readonly string[];
  readonly extraSchoolDays: readonly string[];
}

/** Where an error belongs: a field of the year, of its n-th break, or its n-th listed day. */
export type DraftField =
  | 'year'
  | 'firstDay'
  | 'lastDay'
  | `breaks.${number}.kind`
  | `breaks.${number}.start`
  | `breaks.${number}.end`
  | `extraDaysOff.${number}`
  | `extraSchoolDays.${number}`;

export const DRAFT_ERROR_CODES = [
  /** Not a calendar day (empty, '2026-02-30', a typo). */
  'DATE_INVALID',
  /** The first or last day is not in 1 August - 31 July of the year. */
  'OUTSIDE_YEAR',
  'LAST_DAY_NOT_AFTER_FIRST',
  'BREAK_END_BEFORE_START',
  /** A break, day off or extra school day is not between the first and last day. */
  'OUTSIDE_TERM',
  /** A break begins before the previous one (by date) ends. */
  'BREAKS_OVERLAP',
  /** A second autumn, Christmas or winter break ('other' may repeat). */
  'DUPLICATE_BREAK',
  /** The same day listed twice. */
  'DUPLICATE_DAY',
  'NO_SCHOOL_DAYS',
] as const;
export type DraftErrorCode = (typeof DRAFT_ERROR_CODES)[number];

export interface DraftError {
  readonly field: DraftField;
  readonly code: DraftErrorCode;
}

export type DraftResult =
  | { readonly ok: true; readonly year: SchoolYear }
  | { readonly ok: false; readonly errors: readonly DraftError[] };

/** The draft of a stored year: every day as its string. */
export function draftOf(year: SchoolYear): SchoolYearDraft {
  return {
    ...year,
    breaks: year.breaks.map((b) => ({ ...b })),
    extraDaysOff: [...year.extraDaysOff],
    extraSchoolDays: [...year.extraSchoolDays],
  };
}

/**
 * The draft as a SchoolYear, or every error, each on its field, in the order of the form (first
 * day, last day, breaks in their order, days off, extra school days, then the year as a whole).
 * Checks: every day a calendar day; first and last day in 1 Aug - 31 Jul with the last after
 * the first; each break ending on or after its start, inside first..last day, overlapping no
 * other, at most one of each kind but 'other'; each listed day inside first..last day and listed
 * once; and at least one school day. Listed days are stored sorted.
 */
export function validateDraft(draft: SchoolYearDraft): DraftResult {
  const errors: DraftError[] = [];
  const fail = (field: DraftField, code: DraftErrorCode) => errors.push({ field, code });
  const { yearStart, yearEnd } = schoolYearSpan(draft.startYear);

  const firstDay = parseLocalDate(draft.firstDay);
  const lastDay = parseLocalDate(draft.lastDay);
  if (firstDay === null) fail('firstDay', 'DATE_INVALID');
  else if (firstDay < yearStart || firstDay > yearEnd) fail('firstDay', 'OUTSIDE_YEAR');
  if (lastDay === null) fail('lastDay', 'DATE_INVALID');
  else if (lastDay < yearStart || lastDay > yearEnd) fail('lastDay', 'OUTSIDE_YEAR');
  else if (firstDay !== null && lastDay <= firstDay) fail('lastDay', 'LAST_DAY_NOT_AFTER_FIRST');
  const term =
    firstDay !== null && lastDay !== null && firstDay < lastDay ? { firstDay, lastDay } : null;
  const inTerm = (d: LocalDate) => term === null || (d >= term.firstDay && d <= term.lastDay);

  const breaks: Break[] = [];
  const placed: { index: number; start: LocalDate; end: LocalDate }[] = [];
  const kinds = new Set<BreakKind>();
  draft.breaks.forEach((b, i) => {
    if (b.kind !== 'other' && kinds.has(b.kind)) fail(`breaks.${i}.kind`, 'DUPLICATE_BREAK');
    kinds.add(b.kind);
    const start = parseLocalDate(b.start);
    const end = parseLocalDate(b.end);
    if (start === null) fail(`breaks.${i}.start`, 'DATE_INVALID');
    else if (!inTerm(start)) fail(`breaks.${i}.start`, 'OUTSIDE_TERM');
    if (end === null) fail(`breaks.${i}.end`, 'DATE_INVALID');
    else if (start !== null && end < start) fail(`breaks.${i}.end`, 'BREAK_END_BEFORE_START');
    else if (!inTerm(end)) fail(`breaks.${i}.end`, 'OUTSIDE_TERM');
    if (start !== null && end !== null && start <= end) {
      placed.push({ index: i, start, end });
      breaks.push({ kind: b.kind, start, end });
    }
  });
  const sorted = [...placed].sort((a, b) => compare(a.start, b.start) || a.index - b.index);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    if (prev !== undefined && cur !== undefined && cur.start <= prev.end)
      fail(`breaks.${cur.index}.start`, 'BREAKS_OVERLAP');
  }

  const days = (list: readonly string[], name: 'extraDaysOff' | 'extraSchoolDays') => {
    const seen = new Set<LocalDate>();
    const out: LocalDate[] = [];
    list.forEach((typed, i) => {
      const d = parseLocalDate(typed);
      if (d === null) fail(`${name}.${i}`, 'DATE_INVALID');
      else if (!inTerm(d)) fail(`${name}.${i}`, 'OUTSIDE_TERM');
      else if (seen.has(d)) fail(`${name}.${i}`, 'DUPLICATE_DAY');
      else {
        seen.add(d);
        out.push(d);
      }
    });
    return out.sort(compare);
  };
  const extraDaysOff = days(draft.extraDaysOff, 'extraDaysOff');
  const extraSchoolDays = days(draft.extraSchoolDays, 'extraSchoolDays');

  if (errors.length > 0 || firstDay === null || lastDay === null)
    return { ok: false, errors: order(errors) };
  const year: SchoolYear = {
    id: draft.id,
    organizationId: draft.organizationId,
    startYear: draft.startYear,
    firstDay,
    lastDay,
    breaks,
    extraDaysOff,
    extraSchoolDays,
  };
  if (buildSchoolCalendar(year).schoolDayCount === 0)
    return { ok: false, errors: [{ field: 'year', code: 'NO_SCHOOL_DAYS' }] };
  return { ok: true, year };
}

const FIELD_RANK = ['firstDay', 'lastDay', 'breaks', 'extraDaysOff', 'extraSchoolDays', 'year'];
const PART_RANK = ['kind', 'start', 'end'];

/** Errors in the order of the form. */
function order(errors: DraftError[]): DraftError[] {
  const key = (e: DraftError): number[] => {
    const [name = '', index = '0', part = ''] = e.field.split('.');
    return [FIELD_RANK.indexOf(name), Number(index), PART_RANK.indexOf(part)];
  };
  return errors
    .map((e) => [key(e), e] as const)
    .sort(([a], [b]) => a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!)
    .map(([, e]) => e);
}

/**
 * The school days of the draft as it stands, for the live count: the days of its valid parts
 * (a break or listed day still being typed counts as not there); null while the first or last
 * day is not a day or the last is not after the first.
 */
export function schoolDaysOfDraft(draft: SchoolYearDraft): number | null {
  const firstDay = parseLocalDate(draft.firstDay);
  const lastDay = parseLocalDate(draft.lastDay);
  if (firstDay === null || lastDay === null || lastDay <= firstDay) return null;
  const breaks: Break[] = [];
  for (const b of draft.breaks) {
    const start = parseLocalDate(b.start);
    const end = parseLocalDate(b.end);
    if (start !== null && end !== null && start <= end) breaks.push({ kind: b.kind, start, end });
  }
  const valid = (list: readonly string[]) =>
    list.map(parseLocalDate).filter((d): d is LocalDate => d !== null);
  return buildSchoolCalendar({
    id: draft.id,
    organizationId: draft.organizationId,
    startYear: draft.startYear,
    firstDay,
    lastDay,
    breaks,
    extraDaysOff: valid(draft.extraDaysOff),
    extraSchoolDays: valid(draft.extraSchoolDays),
  }).schoolDayCount;
}

export type SchoolYearWarning =
  /** The count differs from the law's: 190 less 6 Dec, 6 Jan and 1 May on a weekday. */
  | { readonly code: 'SCHOOL_DAYS_DIFFER'; readonly count: number; readonly expected: number }
  /** The last school day is not in ISO week 22 (it is in `week`). */
  | { readonly code: 'LAST_DAY_NOT_IN_WEEK_22'; readonly week: number };

/**
 * What the editor warns of (a warning, not an error: the municipality decides). The Basic
 * Education Decree (perusopetusasetus) sets 190 school days a year; Independence Day (6 Dec),
 * Epiphany (6 Jan) and May Day (1 May) falling on Monday-Friday reduce the number by one each,
 * as the national agency and the municipalities state it (expectedSchoolDays, which explains why
 * the Easter holidays and Ascension Day do not). The spring term ends in ISO week 22.
 * `count` is the draft's school days (schoolDaysOfDraft); no warnings while it is null.
 */
export function schoolYearWarnings(
  draft: SchoolYearDraft,
  count: number | null,
): SchoolYearWarning[] {
  const lastDay = parseLocalDate(draft.lastDay);
  if (count === null || lastDay === null) return [];
  const warnings: SchoolYearWarning[] = [];
  const expected = expectedSchoolDays(draft);
  if (count !== expected) warnings.push({ code: 'SCHOOL_DAYS_DIFFER', count, expected });
  const { week } = isoWeekOf(lastDay);
  if (week !== 22) warnings.push({ code: 'LAST_DAY_NOT_IN_WEEK_22', week });
  return warnings;
}
