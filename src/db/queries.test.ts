import { describe, expect, it } from 'vitest';
import { actionId, groupId, schoolYearId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { VuosikelloDb } from './database';
import { markProgress } from './progress-writes';
import {
  actionsForGroup,
  currentSchoolYear,
  getGroup,
  getMeta,
  listGroups,
  listSchoolYears,
  listTemplates,
  listThemes,
  progressFor,
  unsyncedCount,
} from './queries';
import { seedSampleIfEmpty } from './seed';
import { buildGroup, buildSeed, freshDb, jamsa2025, jamsa2026 } from './test-fixtures';

async function seeded(): Promise<VuosikelloDb> {
  const db = freshDb();
  await seedSampleIfEmpty(db, buildSeed());
  return db;
}

const day = (s: string) => s as LocalDate;

describe('queries', () => {
  it('lists a class’s actions with its school’s and the organization’s, of its year only, by window', async () => {
    const db = await seeded();
    const actions = await actionsForGroup(db, groupId('g-2026-7a'));
    expect(actions.map((a) => [a.id, a.start])).toEqual([
      ['sy-2026~s:s-b~t-welfare-group~m09', '2026-09-01'], // ends 15 Sep
      ['sy-2026~g:g-2026-7a~t-rules~', '2026-09-01'], // ends 30 Sep
      ['sy-2026~g:g-2026-7a~t-survey~', '2026-11-02'],
      ['sy-2026~s:s-b~t-welfare-group~m01', '2027-01-07'],
      ['sy-2026~org~t-steering~', '2027-05-17'],
    ]);
    expect(await actionsForGroup(db, groupId('no-such-group'))).toEqual([]);
  });

  it('finds the school year of a day, else the latest begun, else the first', async () => {
    const db = await seeded();
    const year = async (d: string) => (await currentSchoolYear(db, day(d)))?.id;
    expect(await year('2026-11-10')).toBe('sy-2026');
    expect(await year('2026-07-15')).toBe('sy-2025'); // summer holiday still belongs to 2025-2026
    expect(await year('2026-08-01')).toBe('sy-2026');
    expect(await year('2031-03-01')).toBe('sy-2026');
    expect(await year('2020-01-01')).toBe('sy-2025');
    expect(await currentSchoolYear(freshDb(), day('2026-11-10'))).toBeUndefined();
  });

  it('lists school years oldest first and a year’s classes by grade, then name', async () => {
    const db = await seeded();
    expect((await listSchoolYears(db)).map((y) => y.id)).toEqual([jamsa2025.id, jamsa2026.id]);
    await db.groups.put(buildGroup({ id: groupId('g-2026-1b'), name: '1B', grades: [1] }));
    await db.groups.put(buildGroup({ id: groupId('g-2026-eo'), name: 'Eskari', grades: [0] }));
    expect((await listGroups(db, schoolYearId('sy-2026'))).map((g) => g.name)).toEqual([
      'Eskari',
      '1A',
      '1B',
      '5-6',
      '7A',
    ]);
    expect(await getGroup(db, groupId('g-2026-56'))).toMatchObject({ grades: [5, 6] });
  });

  it('returns the progress of the asked actions as a map, and counts unsynced changes', async () => {
    const db = await seeded();
    const ticked = actionId('sy-2026~g:g-2026-7a~t-rules~');
    await markProgress(db, { actionId: ticked, state: 'done', day: day('2026-09-02'), by: 'A' });
    const progress = await progressFor(db, [ticked, actionId('sy-2026~org~t-steering~')]);
    expect([...progress.keys()]).toEqual([ticked]);
    expect(progress.get(ticked)).toMatchObject({ state: 'done', by: 'A' });
    expect(await unsyncedCount(db)).toBe(1);
    await db.outbox.update(1, { status: 'acked' });
    expect(await unsyncedCount(db)).toBe(0);
  });

  it('lists themes and templates, and reads meta', async () => {
    const db = await seeded();
    expect((await listThemes(db)).map((t) => t.id)).toEqual(['th-community']);
    expect((await listTemplates(db)).map((t) => t.id).sort()).toEqual([
      't-rules',
      't-steering',
      't-survey',
      't-welfare-group',
    ]);
    expect(await getMeta(db, 'seeded')).toBe('sample-v1');
    expect(await getMeta(db, 'userName')).toBeUndefined();
  });
});
