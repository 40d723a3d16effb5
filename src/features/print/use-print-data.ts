/** What the print view reads, live: a change of the plan or a tick shows in the preview at once. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { VuosikelloDb } from '@/db/database';
import { listGroups, listSchoolYears, listSchools, listTemplates, listThemes } from '@/db/queries';
import { withoutStamp } from '@/db/server-copy';
import { actionsOfSchoolYear } from '@/db/year-actions';
import type { ActionId, SchoolYearId, TemplateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Progress, TaskTemplate } from '@/domain/model';
import { schoolYearAt } from '@/domain/school-calendar';
import { useDb } from '@/ui/db-context';

async function printData(db: VuosikelloDb, yearId: string | null, today: LocalDate) {
  const [schoolYears, schools, themes, templateRows] = await Promise.all([
    listSchoolYears(db),
    listSchools(db),
    listThemes(db),
    listTemplates(db),
  ]);
  const schoolYear =
    schoolYears.find((y) => y.id === yearId) ?? schoolYearAt(schoolYears, today) ?? null;
  // The year's actions carry each school's own changes (moved or switched off tasks).
  const [groups, actions] = schoolYear
    ? await Promise.all([listGroups(db, schoolYear.id), actionsOfSchoolYear(db, schoolYear.id)])
    : [[], []];
  const templates = new Map<TemplateId, TaskTemplate>(templateRows.map((x) => [x.id, x]));
  return { schoolYears, schoolYear, schools, themes, templates, groups, actions };
}
export type PrintData = Awaited<ReturnType<typeof printData>>;

/** The school years, the chosen one (else the current) with its classes and actions, the library. */
export function usePrintData(yearId: SchoolYearId | string | null, today: LocalDate) {
  const db = useDb();
  return useLiveQuery(() => printData(db, yearId, today), [db, yearId, today]);
}

/** The marks of `actionIds` (unmarked ones absent), live; undefined while loading. */
export function useProgressOf(actionIds: readonly ActionId[]) {
  const db = useDb();
  const key = actionIds.join('|');
  return useLiveQuery(
    async () => {
      const rows = await db.progress.bulkGet([...actionIds]);
      const marks = new Map<ActionId, Progress>();
      for (const row of rows) if (row) marks.set(row.actionId, withoutStamp(row));
      return marks;
    },
    // The ids by value: a new array of the same ids reads nothing again.
    [db, key],
  );
}
