/**
 * The progress view's live reads: the school years and themes (a year's plan and progress:
 * useYearProgress in src/ui/year-progress.ts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { listSchoolYears, listThemes } from '@/db/queries';
import { useDb } from '@/ui/db-context';

/** The school years (oldest first) and the themes; undefined while loading. */
export function useProgressLists() {
  const db = useDb();
  return useLiveQuery(async () => {
    const [years, themes] = await Promise.all([listSchoolYears(db), listThemes(db)]);
    return { years, themes };
  }, [db]);
}
