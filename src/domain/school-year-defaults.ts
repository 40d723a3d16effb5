/**
 * Finnish defaults for a new school year (DOMAIN-FACTS.md, "The school year"): the municipality
 * sets its own calendar, but most follow the same pattern, so the editor offers it. All pure:
 * the start year in, days out.
 */
import { addDays, isoDayOfWeek, localDate, mondayOfIsoWeek } from './local-date';
import type { LocalDate } from './local-date';
import type { Break, SchoolYear } from './model';
import type { OrganizationId, SchoolYearId } from './ids';

/** The autumn break (syysloma) is in ISO week 42 or 43. */
export const AUTUMN_BREAK_WEEKS = [42, 43] as const;
export type AutumnBreakWeek = (typeof AUTUMN_BREAK_WEEKS)[number];

/**
 * The winter break (talviloma, hiihtoloma) is in ISO week 8, 9 or 10 by region, staggered south
 * to north (DOMAIN-FACTS.md): week 8 e.g. Helsinki, Espoo, Vantaa, Turku, Pori; week 9 e.g.
 * Jyväskylä, Jämsä, Lahti, Vaasa, Kotka; week 10 e.g. Kuopio, Oulu, Rovaniemi, Joensuu. The UI
 * names the regions (translated).
 */
export const WINTER_BREAK_WEEKS = [8, 9, 10] as const;
export type WinterBreakWeek = (typeof WINTER_BREAK_WEEKS)[number];

/** Monday to Friday of ISO week `week` of `isoYear`. */
function weekdaysOfWeek(isoYear: number, week: number): { start: LocalDate; end: LocalDate } {
  const monday = mondayOfIsoWeek(isoYear, week);
  return { start: monday, end: addDays(monday, 4) };
}

/** The autumn break of the year starting in `startYear`: Monday to Friday of ISO week `week`. */
export function autumnBreakIn(startYear: number, week: AutumnBreakWeek): Break {
  return { kind: 'autumn', ...weekdaysOfWeek(startYear, week) };
}

/** The winter break: Monday to Friday of ISO week `week` of the spring (`startYear` + 1). */
export function winterBreakIn(startYear: number, week: WinterBreakWeek): Break {
  return { kind: 'winter', ...weekdaysOfWeek(startYear + 1, week) };
}

/**
 * The Christmas break (joululoma), "from about 20-22 December to 6 January": the autumn term ends
 * on the last Friday on or before 21 December and the break runs from the next day to Epiphany,
 * 6 January (the spring term starts the first school day after it). 2025: Sat 20 Dec - Tue 6 Jan;
 * 2026: Sat 19 Dec - Wed 6 Jan.
 */
export function christmasBreakIn(startYear: number): Break {
  const dec21 = localDate(startYear, 12, 21);
  const lastFriday = addDays(dec21, -((isoDayOfWeek(dec21) - 5 + 7) % 7));
  return { kind: 'christmas', start: addDays(lastFriday, 1), end: localDate(startYear + 1, 1, 6) };
}

/** The usual first school day: Wednesday (or Thursday) of ISO week 33, mid-August. */
export function firstDayIn(startYear: number, weekday: 3 | 4 = 3): LocalDate {
  return addDays(mondayOfIsoWeek(startYear, 33), weekday - 1);
}

/**
 * The usual last school day: the Saturday of ISO week 22 (the spring celebration, kevätjuhla), a
 * school day that is listed among the extra school days.
 */
export function lastDayIn(startYear: number): LocalDate {
  return addDays(mondayOfIsoWeek(startYear + 1, 22), 5);
}

/** The regional choices a new year is made with. */
export interface SchoolYearChoices {
  readonly autumnWeek: AutumnBreakWeek;
  readonly winterWeek: WinterBreakWeek;
}

/**
 * A whole school year from the Finnish defaults: first day Wednesday of week 33, last day the
 * Saturday of week 22 (an extra school day), the autumn, Christmas and winter breaks.
 */
export function defaultSchoolYear(
  id: SchoolYearId,
  organizationId: OrganizationId,
  startYear: number,
  choices: SchoolYearChoices,
): SchoolYear {
  const lastDay = lastDayIn(startYear);
  return {
    id,
    organizationId,
    startYear,
    firstDay: firstDayIn(startYear),
    lastDay,
    breaks: [
      autumnBreakIn(startYear, choices.autumnWeek),
      christmasBreakIn(startYear),
      winterBreakIn(startYear, choices.winterWeek),
    ],
    extraDaysOff: [],
    extraSchoolDays: [lastDay],
  };
}
