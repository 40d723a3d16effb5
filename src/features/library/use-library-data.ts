/**
 * The library's live read: templates, themes and the plan of the school year being planned (the
 * one today falls in), with the calendar the previews and the month filter use.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { VuosikelloDb } from '@/db/database';
import { listGroups, listSchools, listSchoolYears, listTemplates, listThemes } from '@/db/queries';
import type { LocalDate } from '@/domain/local-date';
import type {
  Group,
  School,
  SchoolAdjustment,
  SchoolYear,
  TaskTemplate,
  Theme,
} from '@/domain/model';
import { buildSchoolCalendar, schoolYearAt, type SchoolCalendar } from '@/domain/school-calendar';
import { useDb } from '@/ui/db-context';
import { useToday } from '@/ui/today';

export interface LibraryData {
  readonly templates: readonly TaskTemplate[];
  readonly themes: readonly Theme[];
  readonly schools: readonly School[];
  /** The school year being planned (today's, else the nearest); null when there is none. */
  readonly schoolYear: SchoolYear | null;
  readonly schoolYears: readonly SchoolYear[];
  readonly groups: readonly Group[];
  readonly calendar: SchoolCalendar | null;
  /** The schools' own changes of tasks (moved or switched off for one school). */
  readonly adjustments: readonly SchoolAdjustment[];
}

async function readLibrary(db: VuosikelloDb, today: LocalDate) {
  const [templates, themes, schools, schoolYears, adjustments] = await Promise.all([
    listTemplates(db),
    listThemes(db),
    listSchools(db),
    listSchoolYears(db),
    db.adjustments.toArray(),
  ]);
  const schoolYear = schoolYearAt(schoolYears, today) ?? null;
  const groups = schoolYear ? await listGroups(db, schoolYear.id) : [];
  return { templates, themes, schools, schoolYears, schoolYear, groups, adjustments };
}

/** The library's data, undefined while the first read runs. */
export function useLibraryData(): LibraryData | undefined {
  const db = useDb();
  const today = useToday();
  const read = useLiveQuery(() => readLibrary(db, today), [db, today]);
  const schoolYear = read?.schoolYear ?? null;
  const calendar = useMemo(
    () => (schoolYear ? buildSchoolCalendar(schoolYear) : null),
    [schoolYear],
  );
  return read && { ...read, calendar };
}
