import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { seededLiveQuery, sharedLiveQuery } from './shared-live-query';

class CountDb extends Dexie {
  declare readonly items: Dexie.Table<{ id: number }, number>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ items: 'id' });
  }
}

let db: CountDb;
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function openDb() {
  db = new CountDb(`shared-live-query-${Math.random()}`);
  return db;
}

describe('a shared live query', () => {
  it('tells a subscriber that comes after the first result that result at once', async () => {
    const items = openDb().items;
    await items.bulkAdd([{ id: 1 }, { id: 2 }]);
    const query = sharedLiveQuery(() => items.count());
    const holder = query.subscribe(() => {}); // keeps the query running, as a view would
    await query.settled;
    expect(query.getValue()).toBe(2);

    // A component that read getValue() before the result and subscribes after it (as
    // useObservable does) gets the result when it subscribes, not only at the next change.
    const seen: number[] = [];
    const late = query.subscribe((n) => seen.push(n));
    expect(seen).toEqual([2]);

    await items.add({ id: 3 });
    await expect.poll(() => seen).toEqual([2, 3]);
    late.unsubscribe();
    holder.unsubscribe();
  });

  it('runs until its last subscriber leaves, and a query no one took over is let go', async () => {
    const items = openDb().items;
    const query = sharedLiveQuery(() => items.count());
    await query.settled;
    query.release();
    await items.add({ id: 1 });
    // Stopped: the change is not read until someone subscribes again, which starts it anew.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(query.getValue()).toBe(0);
    const seen: number[] = [];
    const again = query.subscribe((n) => seen.push(n));
    await expect.poll(() => seen.at(-1)).toBe(1);
    again.unsubscribe();
  });
});

describe('a live query from a result already read', () => {
  /** A seeded count whose catch-up runs when `catchUp()` is called; `queries` counts its reads. */
  function seededCount(items: CountDb['items'], first: number) {
    let queries = 0;
    let run: (() => void) | null = null;
    let cancelled = false;
    const query = seededLiveQuery(
      first,
      () => {
        queries += 1;
        return items.count();
      },
      (catchUp) => {
        run = catchUp;
        return () => (cancelled = true);
      },
    );
    return {
      query,
      queries: () => queries,
      catchUp: () => run!(),
      cancelled: () => cancelled,
    };
  }

  it('tells that result at once and queries only at the catch-up, then follows changes', async () => {
    const items = openDb().items;
    await items.bulkAdd([{ id: 1 }, { id: 2 }, { id: 3 }]);
    // The first result as read before (two), stale by one add: the catch-up finds three.
    const s = seededCount(items, 2);
    const seen: number[] = [];
    const holder = s.query.subscribe((n) => seen.push(n));
    await s.query.settled;
    expect(seen).toEqual([2]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(s.queries()).toBe(0);
    s.catchUp();
    await expect.poll(() => seen).toEqual([2, 3]);
    await items.add({ id: 4 });
    await expect.poll(() => seen).toEqual([2, 3, 4]);
    holder.unsubscribe();
  });

  it('cancels the catch-up when let go, and queries at once when opened again', async () => {
    const items = openDb().items;
    await items.bulkAdd([{ id: 1 }, { id: 2 }]);
    const s = seededCount(items, 2);
    s.query.release();
    expect(s.cancelled()).toBe(true);
    await items.add({ id: 3 });
    // Not the stale first result again: a new opening reads.
    const seen: number[] = [];
    const again = s.query.subscribe((n) => seen.push(n));
    await expect.poll(() => seen.at(-1)).toBe(3);
    expect(s.queries()).toBeGreaterThan(0);
    again.unsubscribe();
  });
});
