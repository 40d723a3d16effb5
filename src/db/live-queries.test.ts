import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { actionId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { MonthRead } from './month-read';
import { readMonth } from './test-fixtures';
import { saveTemplate, saveTheme } from './plan-writes';
import { markProgress } from './progress-writes';
import { unsyncedCount } from './queries';
import { seedSampleIfEmpty } from './seed';
import { buildSeed, buildTemplate, buildTheme, freshDb } from './test-fixtures';

/** Subscribes to a live query and resolves each time it emits a value matching `until`. */
function watch<T>(query: () => Promise<T>) {
  const values: T[] = [];
  const waiters: { until: (v: T) => boolean; resolve: (v: T) => void }[] = [];
  const subscription = liveQuery(query).subscribe((value) => {
    values.push(value);
    for (const w of [...waiters]) {
      if (w.until(value)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(value);
      }
    }
  });
  const next = (until: (v: T) => boolean) =>
    new Promise<T>((resolve) => {
      const seen = values.find(until);
      if (seen !== undefined) resolve(seen);
      else waiters.push({ until, resolve });
    });
  return { next, stop: () => subscription.unsubscribe() };
}

describe('the reads under live queries', () => {
  it('re-run when a write changes what they read, also amid other writes', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSeed());
    const a = actionId('sy-2026~g:g-2026-1a~t-rules~');
    const month = watch(() => readMonth(db, 'g-2026-1a', '2026-11-10' as LocalDate));
    const startsOn = (read: MonthRead, day: string) =>
      read.kind === 'ready' && read.actions.some((x) => x.id === a && x.start === day);
    const unsynced = watch(() => unsyncedCount(db));
    await month.next((read) => startsOn(read, '2026-09-01'));
    await Promise.all([
      saveTheme(db, buildTheme({ color: '#111' })),
      saveTemplate(db, buildTemplate({ timing: { kind: 'month', month: 11, part: 'whole' } })),
      markProgress(db, { actionId: a, state: 'done', day: null, by: 'M' }),
    ]);
    await month.next((read) => startsOn(read, '2026-11-02'));
    await month.next((read) => read.kind === 'ready' && read.progress.get(a)?.state === 'done');
    await unsynced.next((n) => n === 3);
    month.stop();
    unsynced.stop();
    expect(await unsyncedCount(db)).toBe(3);
  });
});
