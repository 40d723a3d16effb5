/**
 * The progress view's and the report's live reads: the school years and themes, and the chosen
 * year with its plan and progress (useYearProgress in src/ui/year-progress.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { listSchoolYears, listThemes } from '@/db/queries';
import type { LocalDate } from '@/domain/local-date';
import { schoolYearAt } from '@/domain/school-calendar';
import { useDb } from '@/ui/db-context';
import { useYearProgress } from '@/ui/year-progress';

/** The school years (oldest first) and the themes; undefined while loading. */
export function useProgressLists() {
  const db = useDb();
  return useLiveQuery(async () => {
    const [years, themes] = await Promise.all([listSchoolYears(db), listThemes(db)]);
    return { years, themes };
  }, [db]);
}

/**
 * The lists, the school year the address names (`yearId`; else the one `today` falls in, or
 * the nearest) and that year's progress: what the progress view and the report read first.
 */
export function useChosenYear(yearId: string | null | undefined, today: LocalDate) {
  const lists = useProgressLists();
  const year = lists
    ? (lists.years.find((y) => y.id === yearId) ?? schoolYearAt(lists.years, today))
    : undefined;
  const data = useYearProgress(year?.id);
  return { lists, year, data };
}
