/**
 * Progress the server keeps: only of actions the plan gives (UnknownAction otherwise), kept when
 * the plan changes later, and never with pupil data in its note (PersonalData).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACTION, SPACE, YEAR, groupRow, progressRow, type TestUser } from './fixtures';
import { startTestServer, type SignedIn, type TestServer } from './harness';

let t: TestServer;
let coordinator: SignedIn;
beforeEach(async () => {
  t = await startTestServer();
  coordinator = await t.signIn('coordinator');
  // A fifth grade in the north school: no task of the fixtures concerns it.
  const setup = await coordinator.pushMutations('c-setup', [
    {
      id: 1,
      entity: 'group',
      entityId: 'g-n5',
      op: 'create',
      patch: groupRow('g-n5', 's-north', { grades: [5] }),
    },
  ]);
  expect(setup.body.results[0]).toMatchObject({ status: 'applied' });
});
afterEach(async () => {
  await t.close();
});

const create = (id: number, actionId: string, overrides: Record<string, unknown> = {}) => ({
  id,
  entity: 'progress',
  entityId: actionId,
  op: 'create',
  patch: progressRow(actionId, overrides),
});

/** Pushes `mutations` as `user` and returns the results; a refused one changes nothing. */
async function pushAs(user: TestUser, mutations: readonly Record<string, unknown>[]) {
  const signedIn = await t.signIn(user);
  const res = await signedIn.pushMutations(`c-${user}`, mutations);
  expect(res.status).toBe(200);
  return res.body.results;
}

/** The plan change `mutation` made by the coordinator, applied. */
async function coordinatorChanges(mutation: Record<string, unknown>) {
  const res = await coordinator.pushMutations('c-setup', [{ id: 2, ...mutation }]);
  expect(res.body.results[0]).toMatchObject({ status: 'applied' });
}

describe('new progress must name an action the plan gives', () => {
  it.each<[string, TestUser, string]>([
    ['a class action', 'teacher', ACTION.north1],
    ['a class action of a combined grade list', 'teacher2', ACTION.north2],
    ['a school action', 'principal', ACTION.northSchool],
    ['an organization action', 'coordinator', ACTION.org],
  ])('accepts %s', async (_what, user, actionId) => {
    expect(await pushAs(user, [create(1, actionId)])).toMatchObject([{ status: 'applied' }]);
    expect(await t.store.readRow(SPACE, 'progress', actionId)).not.toBeNull();
  });

  it.each<[string, TestUser, string]>([
    ['a school year that does not exist', 'teacher', `sy-1999~g:g-n1~tpl-1~m09`],
    ['a template that does not exist', 'teacher', `${YEAR}~g:g-n1~tpl-none~m09`],
    ['a month the rule does not give', 'teacher', `${YEAR}~g:g-n1~tpl-1~m10`],
    ['no occurrence of a monthly rule', 'teacher', `${YEAR}~g:g-n1~tpl-1~`],
    ['a class whose grades the task does not concern', 'principal', `${YEAR}~g:g-n5~tpl-1~m09`],
    ['a class task as a school action', 'principal', `${YEAR}~s:s-north~tpl-1~m09`],
    ['a school task as an organization action', 'coordinator', `${YEAR}~org~tpl-s~`],
  ])('refuses %s with UnknownAction, changing nothing', async (_what, user, actionId) => {
    const head = (await t.store.status(SPACE)).headSeq;
    expect(await pushAs(user, [create(1, actionId)])).toEqual([
      { id: 1, status: 'rejected', code: 'UnknownAction', message: expect.any(String) },
    ]);
    expect(await t.store.readRow(SPACE, 'progress', actionId)).toBeNull();
    expect((await t.store.status(SPACE)).headSeq).toBe(head);
  });

  it.each<[string, Record<string, unknown>, TestUser, string]>([
    [
      'its school year is deleted',
      { entity: 'schoolYear', entityId: YEAR, op: 'delete' },
      'teacher',
      ACTION.north1,
    ],
    [
      'its template is deleted',
      { entity: 'template', entityId: 'tpl-1', op: 'delete' },
      'teacher',
      ACTION.north1,
    ],
    [
      'its class is deleted',
      { entity: 'group', entityId: 'g-n1', op: 'delete' },
      'teacher',
      ACTION.north1,
    ],
    [
      'its school is deleted',
      { entity: 'school', entityId: 's-north', op: 'delete' },
      'principal',
      ACTION.northSchool,
    ],
    [
      'the class moved to another year',
      { entity: 'group', entityId: 'g-n1', op: 'patch', patch: { schoolYearId: 'sy-2027' } },
      'teacher',
      ACTION.north1,
    ],
    [
      'the rule moved to another month',
      {
        entity: 'template',
        entityId: 'tpl-1',
        op: 'patch',
        patch: { timing: { kind: 'everyMonth', months: [10], part: 'whole' } },
      },
      'teacher',
      ACTION.north1,
    ],
  ])('refuses new progress when %s', async (_what, change, user, actionId) => {
    await coordinatorChanges(change);
    expect(await pushAs(user, [create(1, actionId)])).toMatchObject([
      { status: 'rejected', code: 'UnknownAction' },
    ]);
    expect(await t.store.readRow(SPACE, 'progress', actionId)).toBeNull();
  });

  it('keeps progress of a task retired later, and its patches and re-creates still apply', async () => {
    expect(await pushAs('teacher', [create(1, ACTION.north1)])).toMatchObject([
      { status: 'applied' },
    ]);
    await coordinatorChanges({ entity: 'template', entityId: 'tpl-1', op: 'delete' });
    const teacher = await t.signIn('teacher');
    const res = await teacher.pushMutations('c-teacher', [
      {
        id: 2,
        entity: 'progress',
        entityId: ACTION.north1,
        op: 'patch',
        patch: { note: 'Myöhemmin' },
      },
      create(3, ACTION.north1, { state: 'skipped', note: 'Myöhemmin' }),
    ]);
    expect(res.body.results).toMatchObject([{ status: 'applied' }, { status: 'applied' }]);
    expect((await t.store.readRow(SPACE, 'progress', ACTION.north1))?.data).toMatchObject({
      state: 'skipped',
      note: 'Myöhemmin',
    });
  });
});

describe('no pupil data in a progress note', () => {
  it.each<[string, string]>([
    ['a personal identity code', 'Puhuttu: 131052-308T'],
    ['one with a wrong check character', 'Puhuttu: 131052-308A'],
    ['one without a check character', 'Puhuttu: 131052-308'],
    ['one of the 2000s', '010203A123X kotiin'],
  ])(
    'refuses %s with PersonalData, on create and on patch, changing nothing',
    async (_what, note) => {
      expect(await pushAs('teacher', [create(1, ACTION.north1)])).toMatchObject([
        { status: 'applied' },
      ]);
      const teacher = await t.signIn('teacher');
      const res = await teacher.pushMutations('c-teacher', [
        { id: 2, entity: 'progress', entityId: ACTION.north1, op: 'patch', patch: { note } },
        create(3, ACTION.north1, { note }),
        {
          id: 4,
          entity: 'progress',
          entityId: ACTION.north1,
          op: 'patch',
          patch: { note: 'Tehty' },
        },
      ]);
      expect(res.body.results).toMatchObject([
        { status: 'rejected', code: 'PersonalData' },
        { status: 'rejected', code: 'PersonalData' },
        { status: 'applied' },
      ]);
      expect((await t.store.readRow(SPACE, 'progress', ACTION.north1))?.data['note']).toBe('Tehty');
      const log = await t.store.mutationLog('c-teacher');
      expect(log.map((m) => m.code)).toEqual([null, 'PersonalData', 'PersonalData', null]);
    },
  );

  it('accepts a note with dates and numbers that are no identity code', async () => {
    const note = 'Vanhempainilta 13.10.2052 klo 18, huone 308, 25 oppilasta';
    expect(await pushAs('teacher', [create(1, ACTION.north1, { note })])).toMatchObject([
      { status: 'applied' },
    ]);
  });
});

describe('a rating of a done task', () => {
  it('is kept with its record, changed and cleared by patches; an unknown one changes nothing', async () => {
    const teacher = await t.signIn('teacher');
    const patch = (id: number, rating: unknown) => ({
      id,
      entity: 'progress',
      entityId: ACTION.north1,
      op: 'patch',
      patch: { rating },
    });
    const res = await teacher.pushMutations('c-teacher', [
      create(1, ACTION.north1, { rating: 'well' }),
      patch(2, 'partly'),
      patch(3, 'great'),
    ]);
    expect(res.body.results).toMatchObject([
      { status: 'applied' },
      { status: 'applied' },
      { status: 'rejected', code: 'InvalidField' },
    ]);
    expect((await t.store.readRow(SPACE, 'progress', ACTION.north1))?.data).toMatchObject({
      state: 'done',
      rating: 'partly',
    });
    const cleared = await teacher.pushMutations('c-teacher', [
      { ...patch(4, null), patch: { state: 'todo', day: null, rating: null } },
    ]);
    expect(cleared.body.results).toMatchObject([{ status: 'applied' }]);
    expect((await t.store.readRow(SPACE, 'progress', ACTION.north1))?.data).toMatchObject({
      state: 'todo',
      rating: null,
    });
  });
});
