/**
 * The next school year's calendar proposed from this one's rules (DOMAIN-FACTS.md, "The school
 * year"): breaks set by ISO week stay in the same ISO weeks, the Christmas break keeps its dates
 * (about 20-22 Dec to 6 Jan), the last day is the Saturday of ISO week 22, and the first day
 * falls on the same weekday in ISO week 32, 33 or 34, whichever gives the number of school days
 * nearest the legal figure (ISO weeks drift against August: the same week would start
 * 2027-2028 on 18 Aug, seven school days short). Days that were listed one by one (extra days off,
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
import { buildSchoolCalendar, expectedSchoolDays } from '../school-calendar';
import { lastDayIn } from '../school-year-defaults';

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

function nextBreak(b: Break): Break {
  // Christmas follows the calendar (6 Jan is Epiphany every year), the others follow ISO weeks.
  const start = b.kind === 'christmas' ? sameDateNextYear(b.start) : sameIsoWeekNextYear(b.start);
  const end =
    b.kind === 'christmas' ? sameDateNextYear(b.end) : addDays(start, daysBetween(b.start, b.end));
  return { kind: b.kind, start, end };
}

/** The ISO weeks a first school day may fall in: mid-August. */
const FIRST_WEEKS = [32, 33, 34] as const;

/**
 * Proposes the school year after `source` (startYear + 1, id 'sy-<startYear>'); see the module
 * comment for the rules. A source with no Christmas break gets 22 Dec - 6 Jan. Breaks that would
 * fall outside the new first and last day are left out. Pure and deterministic.
 */
export function proposeNextCalendar(source: SchoolYear): NextCalendar {
  const startYear = source.startYear + 1;
  const lastDay = lastDayIn(startYear);
  const breaks = source.breaks.map(nextBreak);
  if (!source.breaks.some((b) => b.kind === 'christmas')) {
    breaks.push({
      kind: 'christmas',
      start: localDate(startYear, 12, 22),
      end: localDate(startYear + 1, 1, 6),
    });
  }
  const celebration = source.extraSchoolDays.includes(source.lastDay);
  const yearFrom = (firstDay: LocalDate): SchoolYear => ({
    id: schoolYearIdFor(startYear),
    organizationId: source.organizationId,
    startYear,
    firstDay,
    lastDay,
    breaks: breaks
      .filter((b) => b.start >= firstDay && b.end <= lastDay)
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
    extraDaysOff: [],
    extraSchoolDays: celebration && isoDayOfWeek(lastDay) === 6 ? [lastDay] : [],
  });
  const target = expectedSchoolDays({ startYear });
  const weekday = isoDayOfWeek(source.firstDay) - 1;
  // Nearest the legal figure; of two as near, the later start (the shorter year).
  const [year] = FIRST_WEEKS.map((week) =>
    yearFrom(addDays(mondayOfIsoWeek(startYear, week), weekday)),
  )
    .map((y) => ({ y, off: Math.abs(buildSchoolCalendar(y).schoolDayCount - target) }))
    .sort((a, b) => a.off - b.off || (a.y.firstDay < b.y.firstDay ? 1 : -1))
    .map(({ y }) => y);
  return {
    year: year!,
    notCarried: {
      extraDaysOff: source.extraDaysOff,
      extraSchoolDays: source.extraSchoolDays.filter((d) => !(celebration && d === source.lastDay)),
    },
  };
}
