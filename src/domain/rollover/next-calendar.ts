/**
 * The next school year's calendar proposed from this one's rules (DOMAIN-FACTS.md, "The school
 * year"): breaks set by ISO week stay in the same ISO weeks, the Christmas break keeps its dates
 * (about 20-22 Dec to 6 Jan), the first day falls on the same weekday of the same ISO week, and
 * the last day is the Saturday of ISO week 22. Days that were listed one by one (extra days off,
 * extra school days) belong to one year; only a Saturday last day that was a school day (a
 * spring celebration) carries over, the rest is named as not carried over.
 */
import { schoolYearId } from '../ids';
import {
  addDays,
  daysBetween,
  isoDayOfWeek,
  isoWeekOf,
  isoWeeksInYear,
  localDate,
  mondayOfIsoWeek,
  type LocalDate,
} from '../local-date';
import type { Break, SchoolYear } from '../model';

/** The proposed year and the listed days of the source that it does not repeat. */
export interface NextCalendar {
  readonly year: SchoolYear;
  readonly notCarried: {
    readonly extraDaysOff: readonly LocalDate[];
    readonly extraSchoolDays: readonly LocalDate[];
  };
}

/** The id of the school year starting in August of `startYear`, as the sample names them ('sy-2027'). */
export function schoolYearIdFor(startYear: number) {
  return schoolYearId(`sy-${startYear}`);
}

/**
 * The same weekday of the same ISO week one ISO year later. Week 53 becomes week 52 when the next
 * ISO year has no week 53 (2026 has one, 2027 does not).
 */
export function sameIsoWeekNextYear(d: LocalDate): LocalDate {
  const { isoYear, week } = isoWeekOf(d);
  const next = isoYear + 1;
  const nextWeek = Math.min(week, isoWeeksInYear(next));
  return addDays(mondayOfIsoWeek(next, nextWeek), isoDayOfWeek(d) - 1);
}

/** The same month and day one calendar year later (29 Feb becomes 28 Feb). */
function sameDateNextYear(d: LocalDate): LocalDate {
  const year = Number(d.slice(0, 4)) + 1;
  const month = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  return month === 2 && day === 29 ? localDate(year, 2, 28) : localDate(year, month, day);
}

/** The Saturday of ISO week 22 of `isoYear`: the proposed last day of the year ending then. */
export function saturdayOfWeek22(isoYear: number): LocalDate {
  return addDays(mondayOfIsoWeek(isoYear, 22), 5);
}

function nextBreak(b: Break): Break {
  // Christmas follows the calendar (6 Jan is Epiphany every year), the others follow ISO weeks.
  const start = b.kind === 'christmas' ? sameDateNextYear(b.start) : sameIsoWeekNextYear(b.start);
  const end =
    b.kind === 'christmas' ? sameDateNextYear(b.end) : addDays(start, daysBetween(b.start, b.end));
  return { kind: b.kind, start, end };
}

/**
 * Proposes the school year after `source` (startYear + 1, id 'sy-<startYear>'); see the module
 * comment for the rules. A source with no Christmas break gets 22 Dec - 6 Jan. Breaks that would
 * fall outside the new first and last day are left out. Pure and deterministic.
 */
export function proposeNextCalendar(source: SchoolYear): NextCalendar {
  const startYear = source.startYear + 1;
  const firstDay = sameIsoWeekNextYear(source.firstDay);
  const lastDay = saturdayOfWeek22(startYear + 1);
  const breaks = source.breaks.map(nextBreak);
  if (!source.breaks.some((b) => b.kind === 'christmas')) {
    breaks.push({
      kind: 'christmas',
      start: localDate(startYear, 12, 22),
      end: localDate(startYear + 1, 1, 6),
    });
  }
  const inTerm = breaks
    .filter((b) => b.start >= firstDay && b.end <= lastDay)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const celebration = source.extraSchoolDays.includes(source.lastDay);
  return {
    year: {
      id: schoolYearIdFor(startYear),
      organizationId: source.organizationId,
      startYear,
      firstDay,
      lastDay,
      breaks: inTerm,
      extraDaysOff: [],
      extraSchoolDays: celebration && isoDayOfWeek(lastDay) === 6 ? [lastDay] : [],
    },
    notCarried: {
      extraDaysOff: source.extraDaysOff,
      extraSchoolDays: source.extraSchoolDays.filter((d) => !(celebration && d === source.lastDay)),
    },
  };
}
