/**
 * The progress records of a school year, kept current by the keys each change names rather than
 * read whole again. A live query re-reads its whole result after every change; for a city's year
 * (26,352 records) that read took 576-930 ms in Chromium on the shared bench machine, every tick
 * (npm run bench -- progressview); reading the changed records by key, the view showed a city's
 * tick 35 ms after its commit (median of 7, p90 82 ms).
 */
import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import type { ActionId, SchoolYearId } from '@/domain/ids';
import type { Progress } from '@/domain/model';
import type { VuosikelloDb } from './database';
import { progressOfSchoolYear } from './year-actions';

/** More changed keys than this in one go (a first download) are read as the whole year again. */
const MOST_KEYS_BY_KEY = 500;

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
  const part = `idb://${db.name}/${db.progress.name}/`;
  let records: Map<string, Progress> | null = null;
  /** Keys changed since the last read; 'all' when the year must be read again. */
  let changed: Set<string> | 'all' = 'all';
  let reading = false;
  const nothingChanged = () => changed !== 'all' && changed.size === 0;
  let stopped = false;

  const ofYear = (key: unknown): key is string => typeof key === 'string' && key.startsWith(prefix);
  /** Whether a range of keys (of any type: a cleared table is everything) may hold the year's. */
  const mayHoldYear = (from: unknown, to: unknown) =>
    !(typeof to === 'string' && to < prefix) &&
    !(typeof from === 'string' && from > `${prefix}\uffff`);

  async function read(): Promise<void> {
    if (reading || stopped) return;
    reading = true;
    try {
      while (!stopped && (changed === 'all' || changed.size > 0)) {
        const wanted = changed;
        changed = new Set();
        if (wanted === 'all' || records === null || wanted.size > MOST_KEYS_BY_KEY) {
          const all = await progressOfSchoolYear(db, schoolYearId);
          records = new Map(all.map((r) => [r.actionId, r]));
        } else {
          const keys = [...wanted] as ActionId[];
          const rows = await db.progress.bulkGet(keys);
          keys.forEach((key, i) => {
            const row = rows[i];
            if (row) records!.set(key, row);
            else records!.delete(key);
          });
        }
        // Emitted once nothing more has changed meanwhile (set by the listener while reading).
        if (!stopped && nothingChanged()) onRecords([...records.values()]);
      }
    } catch (error) {
      // The next change reads the year again (a closed database is opened again by Dexie).
      console.error('Reading the progress records failed', error);
      changed = 'all';
    } finally {
      reading = false;
    }
  }

  const listener = (parts: ObservabilitySet) => {
    const keys = parts[part];
    if (!keys) return;
    for (const node of RangeSet(keys)) {
      if (changed === 'all') break;
      if (node.from === node.to) {
        if (ofYear(node.from)) changed.add(node.from);
      } else if (mayHoldYear(node.from, node.to)) {
        changed = 'all';
      }
    }
    void read();
  };
  Dexie.on('storagemutated', listener);
  void read();
  return () => {
    stopped = true;
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}
