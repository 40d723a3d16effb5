import { describe, expect, it } from 'vitest';
import { actionId, groupId, schoolYearId, templateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { VuosikelloDb } from './database';
import { saveGroup, saveTemplate } from './plan-writes';
import { markProgress, saveProgressNote } from './progress-writes';
import {
  actionsForGroup,
  currentSchoolYear,
  getGroup,
  getMeta,
  listGroups,
  listSchools,
  listSchoolYears,
  listTemplates,
  listThemes,
  progressFor,
  progressNoLongerPlanned,
  templateOfAction,
  unsyncedCount,
} from './queries';
import { seedSampleIfEmpty } from './seed';
import {
  buildGroup,
  buildSeed,
  buildTemplate,
  freshDb,
  jamsa2025,
  jamsa2026,
} from './test-fixtures';

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

describe('progress no longer in the plan', () => {
  const tick = (db: VuosikelloDb, id: string, note = '') =>
    markProgress(db, {
      actionId: actionId(id),
      state: 'done',
      day: day('2026-09-02'),
      by: 'A',
      note,
    });

  it('lists a class’s and its school’s ticks whose actions the schedules no longer hold', async () => {
    const db = await seeded();
    await tick(db, 'sy-2026~g:g-2026-56~t-rules~', 'Pidettiin');
    await tick(db, 'sy-2026~g:g-2026-56~t-survey~');
    await tick(db, 'sy-2026~s:s-a~t-welfare-group~m09');
    await tick(db, 'sy-2026~s:s-a~t-welfare-group~m01');
    await tick(db, 'sy-2026~g:g-2026-1a~t-rules~'); // another class
    await tick(db, 'sy-2025~g:g-2026-56~t-rules~'); // another year
    expect(await progressNoLongerPlanned(db, groupId('g-2026-56'))).toEqual([]);

    // A tick of a task the plan no longer has at all; the class becomes a grade 8 class (the
    // survey is for 5-7, the rules for every grade); the welfare group meets in September only.
    await tick(db, 'sy-2026~g:g-2026-56~t-old~');
    await saveGroup(db, buildGroup({ id: groupId('g-2026-56'), name: '8', grades: [8] }));
    await saveTemplate(
      db,
      buildTemplate({
        id: templateId('t-welfare-group'),
        scope: 'school',
        responsible: ['principal'],
        timing: { kind: 'everyMonth', months: [9], part: 'firstHalf' },
      }),
    );
    const unplanned = await progressNoLongerPlanned(db, groupId('g-2026-56'));
    expect(
      unplanned.map((u) => [u.progress.actionId, u.scope, u.templateId, u.occurrence]),
    ).toEqual([
      ['sy-2026~g:g-2026-56~t-old~', 'class', 't-old', ''],
      ['sy-2026~g:g-2026-56~t-survey~', 'class', 't-survey', ''],
      ['sy-2026~s:s-a~t-welfare-group~m01', 'school', 't-welfare-group', 'm01'],
    ]);
    expect(unplanned.map((u) => u.template?.id)).toEqual([
      undefined,
      't-survey',
      't-welfare-group',
    ]);
  });

  it('leaves out a tick taken back with no note, and is empty for an unknown class', async () => {
    const db = await seeded();
    const gone = actionId('sy-2026~g:g-2026-1a~t-gone~');
    await tick(db, gone);
    await markProgress(db, { actionId: gone, state: 'todo', day: null, by: 'A' });
    expect(await progressNoLongerPlanned(db, groupId('g-2026-1a'))).toEqual([]);
    await saveProgressNote(db, gone, 'Siirtyi kevääseen', 'A');
    expect(await progressNoLongerPlanned(db, groupId('g-2026-1a'))).toMatchObject([
      { progress: { state: 'todo', note: 'Siirtyi kevääseen' }, template: undefined },
    ]);
    expect(await progressNoLongerPlanned(db, groupId('no-such-group'))).toEqual([]);
  });

  it('names the template of an action by its id, also when the action is gone', async () => {
    const db = await seeded();
    expect((await templateOfAction(db, 'sy-2026~g:gone~t-rules~'))?.id).toBe('t-rules');
    expect(await templateOfAction(db, 'sy-2026~g:g-2026-1a~t-gone~')).toBeUndefined();
    expect(await templateOfAction(db, 'not an action id')).toBeUndefined();
  });
});
