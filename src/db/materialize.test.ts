import { describe, expect, it } from 'vitest';
import { groupId, scheduleId, templateId } from '@/domain/ids';
import { mustParseLocalDate as d } from '@/domain/local-date';
import type { Action } from '@/domain/model';
import type { VuosikelloDb } from './database';
import { rematerialize, writeSchedulesBatch } from './materialize';
import { deleteGroup, deleteTemplate, saveGroup, saveTemplate } from './plan-writes';
import { markProgress } from './progress-writes';
import { seedSampleIfEmpty } from './seed';
import {
  buildGroup,
  buildSeed,
  buildTemplate,
  classActions,
  freshDb,
  jamsa2025,
  jamsa2026,
  storedAction,
  storedActions,
  watchScheduleWrites,
  RULES_1A,
} from './test-fixtures';

async function seeded(): Promise<VuosikelloDb> {
  const db = freshDb();
  await seedSampleIfEmpty(db, buildSeed());
  return db;
}

const byId = (actions: Action[]) => new Map(actions.map((a) => [a.id, a]));

describe('re-materialization', () => {
  it('derives the seeded plan: one action per class and task, per school, and one for the organization', async () => {
    const db = await seeded();
    const ids = (await storedActions(db)).map((a) => a.id);
    expect(ids).toEqual([
      'sy-2025~g:g-2025-1a~t-rules~',
      'sy-2025~org~t-steering~',
      'sy-2025~s:s-a~t-welfare-group~m01',
      'sy-2025~s:s-a~t-welfare-group~m09',
      'sy-2025~s:s-b~t-welfare-group~m01',
      'sy-2025~s:s-b~t-welfare-group~m09',
      'sy-2026~g:g-2026-1a~t-rules~',
      'sy-2026~g:g-2026-56~t-rules~',
      'sy-2026~g:g-2026-56~t-survey~',
      'sy-2026~g:g-2026-7a~t-rules~',
      'sy-2026~g:g-2026-7a~t-survey~',
      'sy-2026~org~t-steering~',
      'sy-2026~s:s-a~t-welfare-group~m01',
      'sy-2026~s:s-a~t-welfare-group~m09',
      'sy-2026~s:s-b~t-welfare-group~m01',
      'sy-2026~s:s-b~t-welfare-group~m09',
    ]);
  });

  it('stores one schedule per class, school and the organization in each year', async () => {
    const db = await seeded();
    const schedules = await db.schedules.toArray();
    expect(schedules.map((s) => [s.id, s.scope, s.groupId, s.schoolId, s.actions.length])).toEqual([
      ['sy-2025~g:g-2025-1a', 'class', 'g-2025-1a', 's-a', 1],
      ['sy-2025~org', 'organization', null, null, 1],
      ['sy-2025~s:s-a', 'school', null, 's-a', 2],
      ['sy-2025~s:s-b', 'school', null, 's-b', 2],
      ['sy-2026~g:g-2026-1a', 'class', 'g-2026-1a', 's-a', 1],
      ['sy-2026~g:g-2026-56', 'class', 'g-2026-56', 's-a', 2],
      ['sy-2026~g:g-2026-7a', 'class', 'g-2026-7a', 's-b', 2],
      ['sy-2026~org', 'organization', null, null, 1],
      ['sy-2026~s:s-a', 'school', null, 's-a', 2],
      ['sy-2026~s:s-b', 'school', null, 's-b', 2],
    ]);
  });

  it('gives a combined class each task once', async () => {
    const db = await seeded();
    const actions = await classActions(db, 'g-2026-56');
    expect(actions.map((a) => [a.templateId, a.start, a.end])).toEqual([
      ['t-rules', '2026-09-01', '2026-09-30'],
      ['t-survey', '2026-11-02', '2026-11-06'],
    ]);
  });

  it('keeps a tick when the task moves: same action id, new window, progress untouched', async () => {
    const db = await seeded();
    await markProgress(
      db,
      { actionId: RULES_1A, state: 'done', day: d('2026-09-03'), by: 'M. V.' },
      () => 42,
    );
    const tick = await db.progress.get(RULES_1A);
    await saveTemplate(db, buildTemplate({ timing: { kind: 'month', month: 11, part: 'whole' } }));
    expect(await storedAction(db, RULES_1A)).toMatchObject({
      start: '2026-11-02',
      end: '2026-11-30',
    });
    expect(await db.progress.get(RULES_1A)).toEqual(tick);
    expect(tick).toMatchObject({ state: 'done', day: '2026-09-03', by: 'M. V.', updatedAt: 42 });
  });

  it('rewrites only the schedules holding the changed template’s actions, the others stay', async () => {
    const db = await seeded();
    const before = byId(await storedActions(db));
    const { written, deleted } = watchScheduleWrites(db);
    await saveTemplate(db, buildTemplate({ timing: { kind: 'month', month: 10, part: 'whole' } }));
    expect(written.sort()).toEqual([
      'sy-2025~g:g-2025-1a',
      'sy-2026~g:g-2026-1a',
      'sy-2026~g:g-2026-56',
      'sy-2026~g:g-2026-7a',
    ]);
    expect(deleted).toEqual([]);
    for (const action of await storedActions(db)) {
      if (action.templateId !== 't-rules') expect(action).toEqual(before.get(action.id));
    }
  });

  it('rewrites only the classes of the grades a template is for', async () => {
    const db = await seeded();
    const { written } = watchScheduleWrites(db);
    await saveTemplate(
      db,
      buildTemplate({
        id: templateId('t-survey'),
        grades: [5, 6, 7],
        timing: { kind: 'isoWeek', week: 46 },
      }),
    );
    expect(written.sort()).toEqual(['sy-2026~g:g-2026-56', 'sy-2026~g:g-2026-7a']);
  });

  it('writes nothing when a template’s text changes but not its schedule', async () => {
    const db = await seeded();
    const { written, deleted } = watchScheduleWrites(db);
    await saveTemplate(db, buildTemplate({ title: { fi: 'Säännöt', sv: 'Regler', en: 'Rules' } }));
    expect([written, deleted]).toEqual([[], []]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('removes only the schedule of a deleted group', async () => {
    const db = await seeded();
    const before = await storedActions(db);
    const { written, deleted } = watchScheduleWrites(db);
    await deleteGroup(db, groupId('g-2026-56'));
    expect(deleted).toEqual(['sy-2026~g:g-2026-56']);
    expect(written).toEqual([]);
    expect(await storedActions(db)).toEqual(before.filter((a) => a.groupId !== 'g-2026-56'));
  });

  it('adds the schedule of a new group only', async () => {
    const db = await seeded();
    const { written, deleted } = watchScheduleWrites(db);
    await saveGroup(db, buildGroup({ id: groupId('g-2026-9b'), name: '9B', grades: [9] }));
    expect([written, deleted]).toEqual([['sy-2026~g:g-2026-9b'], []]);
    expect(await classActions(db, 'g-2026-9b')).toMatchObject([
      { id: 'sy-2026~g:g-2026-9b~t-rules~', groupId: 'g-2026-9b', start: '2026-09-01' },
    ]);
  });

  it('moves a group’s schedule to its new year', async () => {
    const db = await seeded();
    const { written, deleted } = watchScheduleWrites(db);
    await saveGroup(db, buildGroup({ schoolYearId: jamsa2025.id }));
    expect([written, deleted]).toEqual([['sy-2025~g:g-2026-1a'], ['sy-2026~g:g-2026-1a']]);
  });

  it('keeps the progress of a removed action, and the tick is back with the action', async () => {
    const db = await seeded();
    await markProgress(db, { actionId: RULES_1A, state: 'done', day: null, by: 'M. V.' });
    await deleteTemplate(db, templateId('t-rules'));
    expect(await storedAction(db, RULES_1A)).toBeUndefined();
    expect(await db.schedules.get(scheduleId('sy-2026~g:g-2026-1a'))).toBeUndefined();
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'done' });
    await saveTemplate(db, buildTemplate());
    expect(await storedAction(db, RULES_1A)).toMatchObject({ start: '2026-09-01' });
  });

  it('stores the problems of a rule that cannot be placed, and clears them when it is fixed', async () => {
    const db = await seeded();
    // ISO week 53 exists at the turn of 2026/27, not of 2025/26.
    await saveTemplate(db, buildTemplate({ timing: { kind: 'isoWeek', week: 53 } }));
    expect(await db.scheduleProblems.toArray()).toEqual([
      {
        schoolYearId: jamsa2025.id,
        problems: [{ templateId: 't-rules', occurrence: '', code: 'WEEK_NOT_IN_YEAR' }],
      },
    ]);
    expect((await storedActions(db)).filter((a) => a.templateId === 't-rules')).toHaveLength(3);
    await saveTemplate(db, buildTemplate());
    expect(await db.scheduleProblems.count()).toBe(0);
  });

  it('writes nothing when the plan has not changed', async () => {
    const db = await seeded();
    const { written, deleted } = watchScheduleWrites(db);
    expect(await rematerialize(db, { schoolYearId: jamsa2026.id })).toEqual({ put: 0, removed: 0 });
    expect([written, deleted]).toEqual([[], []]);
  });

  it('repairs a year whose stored schedules drifted from the plan', async () => {
    const db = await seeded();
    const expected = await db.schedules.toArray();
    const own = (await db.schedules.get(scheduleId('sy-2026~g:g-2026-1a')))!;
    const org = (await db.schedules.get(scheduleId('sy-2026~org')))!;
    await db.schedules.delete(own.id);
    await db.schedules.put({
      ...org,
      actions: org.actions.map((a) => ({ ...a, start: d('2027-05-03') })),
    });
    await db.schedules.put({ ...own, id: scheduleId('sy-2026~g:gone'), groupId: groupId('gone') });
    expect(await rematerialize(db, { schoolYearId: jamsa2026.id })).toEqual({ put: 2, removed: 1 });
    expect(await db.schedules.toArray()).toEqual(expected);
  });

  it('writes a batch of schedules in one bulk write', async () => {
    const db = freshDb();
    const seedDb = await seeded();
    const schedules = await seedDb.schedules.toArray();
    await writeSchedulesBatch(db, schedules);
    expect(await db.schedules.toArray()).toEqual(schedules);
    expect(await db.outbox.count()).toBe(0);
  });
});
