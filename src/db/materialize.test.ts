import { describe, expect, it } from 'vitest';
import { actionId, groupId, templateId } from '@/domain/ids';
import { mustParseLocalDate as d } from '@/domain/local-date';
import type { Action } from '@/domain/model';
import type { VuosikelloDb } from './database';
import { rematerialize, writeActionsBatch } from './materialize';
import { deleteGroup, deleteTemplate, saveGroup, saveTemplate } from './plan-writes';
import { markProgress } from './progress-writes';
import { seedSampleIfEmpty } from './seed';
import {
  buildGroup,
  buildSeed,
  buildTemplate,
  freshDb,
  jamsa2025,
  jamsa2026,
} from './test-fixtures';

const RULES_1A = actionId('sy-2026~g:g-2026-1a~t-rules~');

async function seeded(): Promise<VuosikelloDb> {
  const db = freshDb();
  await seedSampleIfEmpty(db, buildSeed());
  return db;
}

/** Records the keys of every action row created, updated or deleted from now on. */
function watchActionWrites(db: VuosikelloDb) {
  const written: string[] = [];
  const deleted: string[] = [];
  db.actions.hook('creating', (key) => void written.push(String(key)));
  db.actions.hook('updating', (_changes, key) => void written.push(String(key)));
  db.actions.hook('deleting', (key) => void deleted.push(String(key)));
  return { written, deleted };
}

const byId = (actions: Action[]) => new Map(actions.map((a) => [a.id, a]));

describe('re-materialization', () => {
  it('derives the seeded plan: one action per class and task, per school, and one for the organization', async () => {
    const db = await seeded();
    const ids = (await db.actions.toArray()).map((a) => a.id).sort();
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

  it('gives a combined class each task once', async () => {
    const db = await seeded();
    const actions = await db.actions.where('groupId').equals('g-2026-56').toArray();
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
    expect(await db.actions.get(RULES_1A)).toMatchObject({
      start: '2026-11-02',
      end: '2026-11-30',
    });
    expect(await db.progress.get(RULES_1A)).toEqual(tick);
    expect(tick).toMatchObject({ state: 'done', day: '2026-09-03', by: 'M. V.', updatedAt: 42 });
  });

  it('writes only the changed template’s actions and leaves every other row as it was', async () => {
    const db = await seeded();
    const before = byId(await db.actions.toArray());
    const { written, deleted } = watchActionWrites(db);
    await saveTemplate(db, buildTemplate({ timing: { kind: 'month', month: 10, part: 'whole' } }));
    expect(written.sort()).toEqual([
      'sy-2025~g:g-2025-1a~t-rules~',
      'sy-2026~g:g-2026-1a~t-rules~',
      'sy-2026~g:g-2026-56~t-rules~',
      'sy-2026~g:g-2026-7a~t-rules~',
    ]);
    expect(deleted).toEqual([]);
    for (const action of await db.actions.toArray()) {
      if (action.templateId !== 't-rules') expect(action).toEqual(before.get(action.id));
    }
  });

  it('writes nothing when a template’s text changes but not its schedule', async () => {
    const db = await seeded();
    const { written, deleted } = watchActionWrites(db);
    await saveTemplate(db, buildTemplate({ title: { fi: 'Säännöt', sv: 'Regler', en: 'Rules' } }));
    expect([written, deleted]).toEqual([[], []]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('removes only the actions of a deleted group', async () => {
    const db = await seeded();
    const before = await db.actions.toArray();
    const { written, deleted } = watchActionWrites(db);
    await deleteGroup(db, groupId('g-2026-56'));
    expect(deleted.sort()).toEqual([
      'sy-2026~g:g-2026-56~t-rules~',
      'sy-2026~g:g-2026-56~t-survey~',
    ]);
    expect(written).toEqual([]);
    expect(await db.actions.toArray()).toEqual(before.filter((a) => a.groupId !== 'g-2026-56'));
  });

  it('adds the actions of a new group only', async () => {
    const db = await seeded();
    const { written, deleted } = watchActionWrites(db);
    await saveGroup(db, buildGroup({ id: groupId('g-2026-9b'), name: '9B', grades: [9] }));
    expect([written, deleted]).toEqual([['sy-2026~g:g-2026-9b~t-rules~'], []]);
  });

  it('keeps the progress of a removed action, and the tick is back with the action', async () => {
    const db = await seeded();
    await markProgress(db, { actionId: RULES_1A, state: 'done', day: null, by: 'M. V.' });
    await deleteTemplate(db, templateId('t-rules'));
    expect(await db.actions.get(RULES_1A)).toBeUndefined();
    expect(await db.progress.get(RULES_1A)).toMatchObject({ state: 'done' });
    await saveTemplate(db, buildTemplate());
    expect(await db.actions.get(RULES_1A)).toMatchObject({ start: '2026-09-01' });
  });

  it('stores the problems of a rule that cannot be placed, and clears them when it is fixed', async () => {
    const db = await seeded();
    // ISO week 53 exists at the turn of 2026/27, not of 2025/26.
    await saveTemplate(db, buildTemplate({ timing: { kind: 'isoWeek', week: 53 } }));
    expect(await db.problems.toArray()).toEqual([
      {
        id: 'sy-2025~t-rules~~WEEK_NOT_IN_YEAR',
        schoolYearId: jamsa2025.id,
        templateId: 't-rules',
        occurrence: '',
        code: 'WEEK_NOT_IN_YEAR',
      },
    ]);
    expect(await db.actions.where('templateId').equals('t-rules').count()).toBe(3);
    await saveTemplate(db, buildTemplate());
    expect(await db.problems.count()).toBe(0);
  });

  it('writes nothing when the plan has not changed', async () => {
    const db = await seeded();
    const { written, deleted } = watchActionWrites(db);
    expect(await rematerialize(db, { schoolYearId: jamsa2026.id })).toEqual({ put: 0, removed: 0 });
    expect([written, deleted]).toEqual([[], []]);
  });

  it('repairs a year whose stored actions drifted from the plan', async () => {
    const db = await seeded();
    const expected = await db.actions.toArray();
    const rules1a = (await db.actions.get(RULES_1A))!;
    await db.actions.delete(RULES_1A);
    await db.actions.update(actionId('sy-2026~org~t-steering~'), { start: d('2027-05-03') });
    await db.actions.put({ ...rules1a, id: actionId('sy-2026~g:gone~t-rules~') });
    expect(await rematerialize(db, { schoolYearId: jamsa2026.id })).toEqual({ put: 2, removed: 1 });
    expect(byId(await db.actions.toArray())).toEqual(byId(expected));
  });

  it('writes a batch of derived actions in one bulk write', async () => {
    const db = freshDb();
    const seedDb = await seeded();
    const actions = await seedDb.actions.toArray();
    await writeActionsBatch(db, actions);
    expect(await db.actions.toArray()).toEqual(actions);
    expect(await db.outbox.count()).toBe(0);
  });
});
