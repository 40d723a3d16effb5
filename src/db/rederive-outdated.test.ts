import { describe, expect, it } from 'vitest';
import { scheduleId } from '@/domain/ids';
import { mustParseLocalDate as d } from '@/domain/local-date';
import { DERIVATION_VERSION } from '@/domain/schedule/derivation-version';
import type { Schedule } from '@/domain/schedule/schedule-record';
import type { VuosikelloDb } from './database';
import { openVuosikelloDb } from './open-database';
import { getMeta } from './meta';
import { seedSampleIfEmpty } from './seed';
import { buildSeed, freshDb, watchScheduleWrites } from './test-fixtures';

const CLASS_1A_2026 = scheduleId('sy-2026~g:g-2026-1a');

/**
 * A seeded database whose class 1A schedule (2026-2027) was written by older rules: its first
 * action sits a week later than the rules put it, with `stamp` as the stored derivation version
 * (undefined: no stamp, as in every database made before the stamp existed). Closed.
 */
async function derivedByOlderRules(
  stamp: number | undefined,
): Promise<{ name: string; derived: Schedule }> {
  const db = freshDb();
  await seedSampleIfEmpty(db, buildSeed());
  const derived = (await db.schedules.get(CLASS_1A_2026))!;
  const [first, ...rest] = derived.actions;
  await db.schedules.put({
    ...derived,
    actions: [{ ...first!, start: d('2026-11-09'), end: d('2026-11-13') }, ...rest],
  });
  if (stamp === undefined) await db.meta.delete('derivedWith');
  else await db.meta.put({ key: 'derivedWith', value: stamp });
  db.close();
  return { name: db.name, derived };
}

describe('schedules derived by older rules', () => {
  it('stamps a new database with the current rules', async () => {
    const db = freshDb();
    expect(await getMeta(db, 'derivedWith')).toBe(DERIVATION_VERSION);
  });

  it.each<[string, number | undefined]>([
    ['no stamp (made before it existed)', undefined],
    ['an older stamp', DERIVATION_VERSION - 1],
  ])('are derived anew when the database opens with %s', async (_name, stamp) => {
    const { name, derived } = await derivedByOlderRules(stamp);
    const db: VuosikelloDb = openVuosikelloDb(name);
    const writes = watchScheduleWrites(db);
    expect(await db.schedules.get(CLASS_1A_2026)).toEqual(derived);
    expect(await getMeta(db, 'derivedWith')).toBe(DERIVATION_VERSION);
    // Only the record that differed is written again.
    expect(writes.written).toEqual([CLASS_1A_2026]);
    db.close();
  });

  it('are left alone when the stamp is current', async () => {
    const { name, derived } = await derivedByOlderRules(DERIVATION_VERSION);
    const db = openVuosikelloDb(name);
    const stored = await db.schedules.get(CLASS_1A_2026);
    expect(stored?.actions[0]?.start).toBe('2026-11-09');
    expect(stored).not.toEqual(derived);
    db.close();
  });
});

describe('a derivation stamp already read (the early connection)', () => {
  it.each<[string, { value: unknown } | null, boolean]>([
    [
      'the current stamp is trusted: nothing is read or derived again',
      { value: DERIVATION_VERSION },
      false,
    ],
    ['an older stamp derives anew', { value: DERIVATION_VERSION - 1 }, true],
    ['none read: the stored stamp is read', null, true],
  ])('%s', async (_name, known, derivedAnew) => {
    const { name, derived } = await derivedByOlderRules(DERIVATION_VERSION - 1);
    const db = openVuosikelloDb(name, { stamp: Promise.resolve(known) });
    const stored = await db.schedules.get(CLASS_1A_2026);
    expect(stored?.actions[0]?.start).toBe(derivedAnew ? derived.actions[0]?.start : '2026-11-09');
    db.close();
  });
});
