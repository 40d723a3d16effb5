/**
 * Jämsä's published school years (DOMAIN-FACTS.md, "The school year"), used as sample data and as
 * the reference calendars of the scheduler's tests, as published on jamsa.fi ("Työ- ja loma-ajat"):
 * 188 school days in 2025-2026 and 189 in 2026-2027. Breaks are stored as published: Monday to
 * Sunday for 2025-2026 ("syysloma vko 42 eli 13.10.-19.10.2025"), Monday to Friday for 2026-2027
 * ("12.-16.10.2026"); either way the weekend is not a school day.
 */
import { organizationId, schoolYearId } from '../ids';
import { mustParseLocalDate as d } from '../local-date';
import type { SchoolYear } from '../model';

/** Lukuvuosi 2025-2026: Wed 6 Aug 2025 - Sat 30 May 2026 (spring celebration on that Saturday). */
export const jamsa2025: SchoolYear = {
  id: schoolYearId('sy-2025'),
  organizationId: organizationId('org-demo'),
  startYear: 2025,
  firstDay: d('2025-08-06'),
  lastDay: d('2026-05-30'),
  breaks: [
    // ISO week 42 of 2025.
    { kind: 'autumn', start: d('2025-10-13'), end: d('2025-10-19') },
    // The autumn term ends Fri 19 Dec, the spring term starts Wed 7 Jan.
    { kind: 'christmas', start: d('2025-12-20'), end: d('2026-01-06') },
    // ISO week 9 of 2026.
    { kind: 'winter', start: d('2026-02-23'), end: d('2026-03-01') },
  ],
  extraDaysOff: [],
  extraSchoolDays: [d('2026-05-30')],
};

/** Lukuvuosi 2026-2027: Wed 12 Aug 2026 - Sat 5 Jun 2027; Sat 19 Dec 2026 and Sat 5 Jun 2027 are school days. */
export const jamsa2026: SchoolYear = {
  id: schoolYearId('sy-2026'),
  organizationId: organizationId('org-demo'),
  startYear: 2026,
  firstDay: d('2026-08-12'),
  lastDay: d('2027-06-05'),
  breaks: [
    // ISO week 42 of 2026.
    { kind: 'autumn', start: d('2026-10-12'), end: d('2026-10-16') },
    // The autumn term ends Sat 19 Dec, the spring term starts Thu 7 Jan.
    { kind: 'christmas', start: d('2026-12-20'), end: d('2027-01-06') },
    // ISO week 9 of 2027.
    { kind: 'winter', start: d('2027-03-01'), end: d('2027-03-05') },
  ],
  extraDaysOff: [],
  extraSchoolDays: [d('2026-12-19'), d('2027-06-05')],
};
