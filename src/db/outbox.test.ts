import { describe, expect, it } from 'vitest';
import { actionId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { entriesOfRows, type OutboxEntity } from './outbox';
import { markProgress } from './progress-writes';
import { freshDb } from './test-fixtures';

const DAY = '2026-09-03' as LocalDate;
const ACTIONS = ['a-1', 'a-2', 'a-3'].map((id) => actionId(`sy-2026~g:g-1a~t-${id}~`));

describe('entriesOfRows', () => {
  // Asking about fewer rows than the outbox holds reads the index per row; asking about more
  // reads the outbox once. Both must give the same entries in mutationId order.
  it.each([
    ['fewer rows than entries (index reads)', [ACTIONS[2]!, ACTIONS[0]!], [1, 3, 4]],
    ['more rows than entries (one scan)', [...ACTIONS, ...extraIds(10)], [1, 2, 3, 4]],
    ['no rows', [], []],
    ['rows without entries', extraIds(10), []],
  ])('%s', async (_, ids, expected) => {
    const db = freshDb();
    for (const id of [ACTIONS[0]!, ACTIONS[1]!, ACTIONS[2]!, ACTIONS[0]!]) {
      const state = (await db.progress.get(id)) ? 'skipped' : 'done';
      await markProgress(db, { actionId: id, state, day: DAY, by: 'M' });
    }
    const keys = ids.map((id) => ({ entity: 'progress' as OutboxEntity, id }));
    const entries = await db.transaction('r', db.outbox, () => entriesOfRows(db, keys));
    expect(entries.map((e) => e.mutationId)).toEqual(expected);
  });
});

function extraIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `sy-2026~g:g-9z~t-x${i}~`);
}
