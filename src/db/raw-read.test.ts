import { describe, expect, it } from 'vitest';
import { actionId, groupId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { APP_START_TABLES, readAppStart } from './app-start';
import type { VuosikelloDb } from './database';
import { setMeta } from './meta';
import { readWholeMonth, WHOLE_MONTH_TABLES } from './month-watch';
import { markProgress } from './progress-writes';
import { rawRead } from './raw-read';
import { seedSampleIfEmpty } from './seed';
import { buildSeed, freshDb } from './test-fixtures';
import { bindTables } from './tx-tables';

const NOVEMBER = '2026-11-10' as LocalDate;

/** A plain connection to `db`'s database, as early-open.ts makes it (no version asked). */
function plainConnection(db: VuosikelloDb): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(db.name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function seeded(): Promise<{ db: VuosikelloDb; plain: IDBDatabase }> {
  const db = freshDb();
  await seedSampleIfEmpty(db, buildSeed());
  await markProgress(db, {
    actionId: actionId('sy-2026~g:g-2026-7a~t-survey~'),
    state: 'done',
    day: NOVEMBER,
    by: 'A',
  });
  await setMeta(db, 'selectedGroupId', groupId('g-2026-7a'));
  await setMeta(db, 'language', 'sv');
  await setMeta(db, 'localRole', 'teacher');
  return { db, plain: await plainConnection(db) };
}

describe('reading through a plain IndexedDB transaction', () => {
  // [what, the class the address names]
  it.each<[string, string | undefined]>([
    ['a class named by the address', 'g-2026-1a'],
    ['the remembered class of a bare address', undefined],
    ['a class this device does not have', 'g-nowhere'],
  ])('finds the month Dexie finds: %s', async (_, group) => {
    const { db, plain } = await seeded();
    const raw = await rawRead(plain, WHOLE_MONTH_TABLES, (t) => readWholeMonth(t, group, NOVEMBER));
    const dexie = await db.transaction('r', [...WHOLE_MONTH_TABLES], (tx) =>
      readWholeMonth(bindTables(tx), group, NOVEMBER),
    );
    expect(raw).toEqual(dexie);
    plain.close();
  });

  it('finds the ticks of the class by their key prefix, none of another class', async () => {
    const { plain } = await seeded();
    const { rows } = await rawRead(plain, WHOLE_MONTH_TABLES, (t) =>
      readWholeMonth(t, 'g-2026-7a', NOVEMBER),
    );
    if (rows.kind !== 'ready') throw new Error(rows.kind);
    expect([...rows.progress.keys()]).toEqual(['sy-2026~g:g-2026-7a~t-survey~']);
    plain.close();
  });

  it('reads the app’s start as Dexie does', async () => {
    const { db, plain } = await seeded();
    const raw = await rawRead(plain, APP_START_TABLES, readAppStart);
    expect(raw).toEqual({
      organizations: 1,
      language: 'sv',
      acting: { user: null, localRole: 'teacher' },
    });
    expect(raw).toEqual(
      await db.transaction('r', [...APP_START_TABLES], (tx) => readAppStart(bindTables(tx))),
    );
    plain.close();
  });

  it('rejects where the connection is closed, and where a read names no such index', async () => {
    const { plain } = await seeded();
    await expect(
      rawRead(plain, ['meta'], (t) => t.meta.where('nowhere').equals(1).toArray()),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    plain.close();
    await expect(rawRead(plain, APP_START_TABLES, readAppStart)).rejects.toMatchObject({
      name: 'InvalidStateError',
    });
  });
});
