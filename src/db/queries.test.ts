import { describe, expect, it } from 'vitest';
import { actionId, groupId, schoolYearId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { VuosikelloDb } from './database';
import { markProgress } from './progress-writes';
import {
  getGroup,
  listGroups,
  listSchools,
  listSchoolYears,
  listTemplates,
  listThemes,
  unsyncedCount,
} from './queries';
import { getMeta } from './meta';
import { seedSampleIfEmpty } from './seed';
import { templateOfAction } from './unplanned-progress';
import { buildGroup, buildSeed, freshDb, jamsa2025, jamsa2026 } from './test-fixtures';

async function seeded(): Promise<VuosikelloDb> {
  const db = freshDb();
  await seedSampleIfEmpty(db, buildSeed());
  return db;
}

const day = (s: string) => s as LocalDate;

describe('queries', () => {
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

  it('counts unsynced changes: pending and sent, not acknowledged', async () => {
    const db = await seeded();
    const ticked = actionId('sy-2026~g:g-2026-7a~t-rules~');
    await markProgress(db, { actionId: ticked, state: 'done', day: day('2026-09-02'), by: 'A' });
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

  it('lists schools by name, without the server copy a row may carry', async () => {
    const db = await seeded();
    const [first] = await db.schools.toArray();
    // A row as a pull writes it: the server's metadata embedded under `$server`.
    await db.schools.put({
      ...first!,
      name: 'Aaltokoulu',
      $server: { seq: 3, fieldSeq: {}, updatedBy: null, generation: 0 },
    });
    const schools = await listSchools(db);
    expect(schools.map((s) => s.name)).toEqual(
      [...schools.map((s) => s.name)].sort((a, b) => a.localeCompare(b, 'fi')),
    );
    expect(schools[0]).toMatchObject({ id: first!.id, name: 'Aaltokoulu' });
    expect(schools.some((s) => Object.hasOwn(s, '$server'))).toBe(false);
  });
});

describe('the template of an action', () => {
  it('names the template of an action by its id, also when the action is gone', async () => {
    const db = await seeded();
    expect((await templateOfAction(db, 'sy-2026~g:gone~t-rules~'))?.id).toBe('t-rules');
    expect(await templateOfAction(db, 'sy-2026~g:g-2026-1a~t-gone~')).toBeUndefined();
    expect(await templateOfAction(db, 'not an action id')).toBeUndefined();
  });
});
