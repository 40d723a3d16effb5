import { describe, expect, it } from 'vitest';
import { actionId, schoolYearId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Progress } from '@/domain/model';
import { markProgress } from './progress-writes';
import { fakeClock, freshDb } from './test-fixtures';
import { watchYearProgress } from './year-progress-watch';

const YEAR = schoolYearId('sy-2026');
const A = actionId('sy-2026~g:g-2026-1a~t-rules~');
const B = actionId('sy-2026~g:g-2026-1a~t-survey~');
const OTHER_YEAR = actionId('sy-2025~g:g-2025-1a~t-rules~');
const DAY = '2026-09-03' as LocalDate;

/** Watches the year; `next()` resolves with the records of the next call, as `id:state`. */
function watch(db: ReturnType<typeof freshDb>) {
  const calls: string[][] = [];
  let wake: (() => void) | null = null;
  const stop = watchYearProgress(db, YEAR, (records: readonly Progress[]) => {
    calls.push(records.map((r) => `${r.actionId.split('~')[2]}:${r.state}`).sort());
    wake?.();
  });
  const next = async () => {
    const seen = calls.length;
    while (calls.length === seen) await new Promise<void>((resolve) => (wake = resolve));
    return calls.at(-1);
  };
  return { calls, next, stop };
}

describe('watchYearProgress', () => {
  it('gives the year’s records, then each change as it is written (another year’s left out)', async () => {
    const db = freshDb();
    const clock = fakeClock();
    await markProgress(db, { actionId: A, state: 'done', day: DAY, by: 'M' }, clock);
    await markProgress(db, { actionId: OTHER_YEAR, state: 'done', day: DAY, by: 'M' }, clock);
    const w = watch(db);
    expect(await w.next()).toEqual(['t-rules:done']);
    await markProgress(db, { actionId: B, state: 'skipped', day: DAY, by: 'M' }, clock);
    expect(await w.next()).toEqual(['t-rules:done', 't-survey:skipped']);
    await markProgress(db, { actionId: A, state: 'todo', day: null, by: 'M' }, clock);
    expect(await w.next()).toEqual(['t-rules:todo', 't-survey:skipped']);
    w.stop();
  });

  it('reads the year again when a range changes (the table cleared), and stops when told', async () => {
    const db = freshDb();
    await markProgress(db, { actionId: A, state: 'done', day: DAY, by: 'M' }, fakeClock());
    const w = watch(db);
    expect(await w.next()).toEqual(['t-rules:done']);
    await db.progress.clear();
    expect(await w.next()).toEqual([]);
    w.stop();
    const calls = w.calls.length;
    await markProgress(db, { actionId: B, state: 'done', day: DAY, by: 'M' }, fakeClock());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.calls.length).toBe(calls);
  });
});
