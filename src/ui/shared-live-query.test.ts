import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { sharedLiveQuery } from './shared-live-query';

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
