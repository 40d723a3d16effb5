/**
 * The teacher's rating of a done action ("worked well / partly / not"), written like the rest of
 * its progress record: one rw transaction with its outbox entry, offline too. Its own module: the
 * rating control loads it lazily, so the first screen's code does not carry it.
 */
import type { ActionId } from '@/domain/ids';
import { RATINGS, type Rating } from '@/domain/model';
import type { VuosikelloDb } from './database';
import { DbWriteError } from './errors';
import type { Clock } from './outbox';
import { putProgress } from './progress-writes';

/**
 * Sets (or with null clears) the rating of the done action `actionId`. Throws DbWriteError,
 * nothing written: RATING_UNKNOWN for a value not in RATINGS, RATING_NOT_DONE for a rating of an
 * action not done (clearing one writes nothing). The same rating again writes nothing.
 */
export async function rateProgress(
  db: VuosikelloDb,
  actionId: ActionId,
  rating: Rating | null,
  now: Clock = Date.now,
): Promise<void> {
  if (rating !== null && !RATINGS.includes(rating)) throw new DbWriteError('RATING_UNKNOWN');
  await putProgress(
    db,
    (before) => {
      if (before?.state !== 'done') {
        if (rating === null) return null;
        throw new DbWriteError('RATING_NOT_DONE');
      }
      if ((before.rating ?? null) === rating) return null;
      return { ...before, rating, updatedAt: now() };
    },
    actionId,
    now,
  );
}
