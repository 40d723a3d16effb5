/**
 * The progress records of a school year, kept current by the keys each change names rather than
 * read whole again (keyed-watch.ts). A live query re-reads its whole result after every change;
 * for a city's year (26,352 records) that read took 576-930 ms in Chromium on the shared bench
 * machine, every tick (npm run bench -- progressview); reading the changed records by key, the
 * view showed a city's tick 35 ms after its commit (median of 7, p90 82 ms).
 */
import type { ActionId, SchoolYearId } from '@/domain/ids';
import type { Progress } from '@/domain/model';
import type { VuosikelloDb } from './database';
import { watchByKeys } from './keyed-watch';
import { progressOfSchoolYear } from './year-actions';

/**
 * Calls `onRecords` with the year's records (also those of actions no longer in the plan), first
 * all of them, then after each change anywhere (this tab, another tab, a sync) with the changed
 * records read by key and the others kept. Returns the function that stops watching. A change
 * Dexie reports as a range rather than keys (a table cleared) reads the year again.
 */
export function watchYearProgress(
  db: VuosikelloDb,
  schoolYearId: SchoolYearId,
  onRecords: (records: readonly Progress[]) => void,
): () => void {
  const prefix = `${schoolYearId}~`;
  return watchByKeys(
    {
      part: `idb://${db.name}/${db.progress.name}/`,
      holds: (key) => typeof key === 'string' && key.startsWith(prefix),
      mayHold: (from, to) =>
        !(typeof to === 'string' && to < prefix) &&
        !(typeof from === 'string' && from > `${prefix}\uffff`),
      readAll: () => progressOfSchoolYear(db, schoolYearId),
      readKeys: (keys) => db.progress.bulkGet(keys as ActionId[]),
      keyOf: (row) => row.actionId,
    },
    onRecords,
    (error) => console.error('Reading the progress records failed', error),
  );
}
