/**
 * Rows of one table kept current by the keys each change names rather than read whole again. A
 * live query reads its whole result again after every change it watches; here a change anywhere
 * (this tab, another tab, a sync) reads only the rows whose keys Dexie reports as changed, and
 * the others stay the same objects. Used for a school year's progress (year-progress-watch.ts)
 * and for the task templates (templates-watch.ts).
 */
import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';

/** More changed keys than this in one go (a first download) are read as a whole again. */
const MOST_KEYS_BY_KEY = 500;

export interface KeyedRows<Row> {
  /** The table's part in Dexie's change reports: `idb://<database>/<table>/`. */
  readonly part: string;
  /** Whether a changed key is one of the watched rows'. */
  readonly holds: (key: unknown) => boolean;
  /** Whether a changed range of keys (of any type: a cleared table is everything) may hold some. */
  readonly mayHold: (from: unknown, to: unknown) => boolean;
  /** Every watched row. */
  readonly readAll: () => Promise<readonly Row[]>;
  /** The rows of `keys` (undefined for a key with none), in their order. */
  readonly readKeys: (keys: string[]) => Promise<readonly (Row | undefined)[]>;
  readonly keyOf: (row: Row) => string;
}

/**
 * Calls `onRows` with the watched rows, first all of them, then after each change with the
 * changed rows read by key and the others kept. Returns the function that stops watching. A
 * change Dexie reports as a range rather than keys (a table cleared) reads them all again. A
 * read that fails goes to `onError` (else the console), and the next change reads all again.
 */
export function watchByKeys<Row>(
  source: KeyedRows<Row>,
  onRows: (rows: readonly Row[]) => void,
  onError: (error: unknown) => void = (error) => console.error('Reading failed', error),
): () => void {
  let rows: Map<string, Row> | null = null;
  /** Keys changed since the last read; 'all' when every row must be read again. */
  let changed: Set<string> | 'all' = 'all';
  let reading = false;
  let stopped = false;
  const nothingChanged = () => changed !== 'all' && changed.size === 0;

  async function read(): Promise<void> {
    if (reading || stopped) return;
    reading = true;
    try {
      while (!stopped && (changed === 'all' || changed.size > 0)) {
        const wanted = changed;
        changed = new Set();
        if (wanted === 'all' || rows === null || wanted.size > MOST_KEYS_BY_KEY) {
          const all = await source.readAll();
          rows = new Map(all.map((row) => [source.keyOf(row), row]));
        } else {
          const keys = [...wanted];
          const found = await source.readKeys(keys);
          const current = rows;
          keys.forEach((key, i) => {
            const row = found[i];
            if (row) current.set(key, row);
            else current.delete(key);
          });
        }
        // Given once nothing more has changed meanwhile (set by the listener while reading).
        if (!stopped && nothingChanged()) onRows([...rows.values()]);
      }
    } catch (error) {
      // The next change reads all again (a closed database is opened again by Dexie).
      changed = 'all';
      if (!stopped) onError(error);
    } finally {
      reading = false;
    }
  }

  const listener = (parts: ObservabilitySet) => {
    const keys = parts[source.part];
    if (!keys) return;
    for (const node of RangeSet(keys)) {
      if (changed === 'all') break;
      if (node.from === node.to) {
        if (source.holds(node.from)) changed.add(node.from as string);
      } else if (source.mayHold(node.from, node.to)) {
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
