import { describe, expect, it } from 'vitest';
import { actionId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Rating } from '@/domain/model';
import { markProgress } from './progress-writes';
import { rateProgress } from './rating-writes';
import { fakeClock, freshDb } from './test-fixtures';

const A = actionId('sy-2026~g:g-2026-1a~t-rules~');
const DAY = '2026-09-03' as LocalDate;
const BY = 'M. V.';

async function tickedDb() {
  const db = freshDb();
  await markProgress(db, { actionId: A, state: 'done', day: DAY, by: BY }, fakeClock());
  return db;
}

const patches = async (db: Awaited<ReturnType<typeof tickedDb>>) =>
  (await db.outbox.toArray()).map((e) => [e.op, e.patch]);

describe('rating writes', () => {
  it('rates a done action: the record keeps who did it and a patch of the rating goes out', async () => {
    const db = await tickedDb();
    await rateProgress(db, A, 'partly', fakeClock(2_000_000));
    expect(await db.progress.get(A)).toEqual({
      actionId: A,
      state: 'done',
      day: DAY,
      by: BY,
      note: '',
      rating: 'partly',
      updatedAt: 2_000_000,
    });
    expect(await patches(db)).toEqual([
      ['create', { actionId: A, state: 'done', day: DAY, by: BY, note: '' }],
      ['patch', { rating: 'partly' }],
    ]);
  });

  it('changes and clears a rating; the same rating again, or clearing none, writes nothing', async () => {
    const db = await tickedDb();
    await rateProgress(db, A, null);
    await rateProgress(db, A, 'well');
    await rateProgress(db, A, 'well');
    await rateProgress(db, A, 'not');
    await rateProgress(db, A, null);
    expect(await db.progress.get(A)).toMatchObject({ state: 'done', rating: null });
    expect((await patches(db)).slice(1)).toEqual([
      ['patch', { rating: 'well' }],
      ['patch', { rating: 'not' }],
      ['patch', { rating: null }],
    ]);
  });

  it.each([
    ['marked back to todo', 'todo', null],
    ['skipped', 'skipped', '2026-09-10' as LocalDate],
  ] as const)(
    'clears the rating when the action is %s, in the same patch',
    async (_, state, day) => {
      const db = await tickedDb();
      await rateProgress(db, A, 'well');
      await markProgress(db, { actionId: A, state, day, by: BY });
      expect(await db.progress.get(A)).toMatchObject({ state, day, rating: null });
      expect((await patches(db)).at(-1)).toEqual(['patch', { state, day, rating: null }]);
      // Done again: unrated until rated again.
      await markProgress(db, { actionId: A, state: 'done', day: DAY, by: BY });
      expect(await db.progress.get(A)).toMatchObject({ state: 'done', rating: null });
    },
  );

  it('leaves a record written before ratings existed without one when it is undone', async () => {
    const db = await tickedDb();
    await markProgress(db, { actionId: A, state: 'todo', day: null, by: BY });
    expect(await db.progress.get(A)).not.toHaveProperty('rating');
    expect((await patches(db)).at(-1)).toEqual(['patch', { state: 'todo', day: null }]);
  });

  it.each([
    ['an action never marked', null],
    ['an action marked back to todo', 'todo'],
    ['a skipped action', 'skipped'],
  ] as const)(
    'refuses a rating of %s with RATING_NOT_DONE and writes nothing',
    async (_, state) => {
      const db = freshDb();
      if (state) {
        await markProgress(db, { actionId: A, state: 'done', day: DAY, by: BY });
        await markProgress(db, { actionId: A, state, day: DAY, by: BY });
      }
      const before = await db.progress.get(A);
      const entries = await db.outbox.count();
      await expect(rateProgress(db, A, 'well')).rejects.toMatchObject({
        name: 'DbWriteError',
        code: 'RATING_NOT_DONE',
      });
      expect(await db.progress.get(A)).toEqual(before);
      expect(await db.outbox.count()).toBe(entries);
      // Clearing a rating it does not have is no error, and writes nothing either.
      await rateProgress(db, A, null);
      expect(await db.outbox.count()).toBe(entries);
    },
  );

  it.each(['good', '', 'WELL'])(
    'refuses the unknown rating %j with RATING_UNKNOWN',
    async (bad) => {
      const db = await tickedDb();
      await rateProgress(db, A, 'well');
      await expect(rateProgress(db, A, bad as Rating)).rejects.toMatchObject({
        code: 'RATING_UNKNOWN',
      });
      expect(await db.progress.get(A)).toMatchObject({ rating: 'well' });
      expect(await db.outbox.count()).toBe(2);
      expect(await db.meta.get('nextMutationId')).toEqual({ key: 'nextMutationId', value: 3 });
    },
  );
});
