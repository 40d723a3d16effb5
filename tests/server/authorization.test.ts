import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ACTION,
  OTHER_SPACE,
  PLAN_ROWS,
  SPACE,
  groupRow,
  progressRow,
  type TestUser,
} from './fixtures';
import { startTestServer, type TestServer } from './harness';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

const createProgress = (actionId: string) => ({
  entity: 'progress',
  entityId: actionId,
  op: 'create',
  patch: progressRow(actionId),
});
const patch = (entity: string, entityId: string, fields: Record<string, unknown>) => ({
  entity,
  entityId,
  op: 'patch',
  patch: fields,
});

type Expect = 'applied' | 'Forbidden' | 'UnknownGroup' | 'WrongOrganization';
const Y = 'applied';
const N = 'Forbidden';

/** [what, mutation, teacher, principal, coordinator]: teacher and principal are of s-north. */
const WRITES: [string, Record<string, unknown>, Expect, Expect, Expect][] = [
  // A class's tasks are its teachers' and its principal's, a school's its principal's, the
  // organization's the coordinator's.
  ['progress of own class', createProgress(ACTION.north1), Y, Y, N],
  ['progress of another class of the school', createProgress(ACTION.north2), N, Y, N],
  ['progress of a class of another school', createProgress(ACTION.south1), N, N, N],
  ['progress of an own-school action', createProgress(ACTION.northSchool), N, Y, N],
  ['progress of another school action', createProgress(ACTION.southSchool), N, N, N],
  ['progress of an organization action', createProgress(ACTION.org), N, N, Y],
  [
    'progress of an unknown class',
    createProgress('sy-2026~g:g-none~tpl-1~'),
    'UnknownGroup',
    'UnknownGroup',
    'UnknownGroup',
  ],
  ['a class of own school', patch('group', 'g-n1', { name: '1 A' }), N, Y, Y],
  ['a class of another school', patch('group', 'g-s1', { name: '1 B' }), N, N, Y],
  [
    'a new class in own school',
    { entity: 'group', entityId: 'g-new', op: 'create', patch: groupRow('g-new', 's-north') },
    N,
    Y,
    Y,
  ],
  [
    'a new class in another school',
    { entity: 'group', entityId: 'g-new', op: 'create', patch: groupRow('g-new', 's-south') },
    N,
    N,
    Y,
  ],
  ['moving own class to another school', patch('group', 'g-n2', { schoolId: 's-south' }), N, N, Y],
  ['deleting own class', { entity: 'group', entityId: 'g-n2', op: 'delete' }, N, Y, Y],
  ['own school', patch('school', 's-north', { name: 'Uusi' }), N, N, Y],
  // A principal says when their own school started tracking (a year adopted mid-way), only that.
  [
    "own school's tracking start",
    patch('school', 's-north', { trackingFrom: '2026-11-02' }),
    N,
    Y,
    Y,
  ],
  [
    "another school's tracking start",
    patch('school', 's-south', { trackingFrom: '2026-11-02' }),
    N,
    N,
    Y,
  ],
  [
    "own school's tracking start and name",
    patch('school', 's-north', { trackingFrom: '2026-11-02', name: 'Uusi' }),
    N,
    N,
    Y,
  ],
  ['deleting own school', { entity: 'school', entityId: 's-north', op: 'delete' }, N, N, Y],
  ['a theme', patch('theme', 'th-1', { color: '#000000' }), N, N, Y],
  ['a template', patch('template', 'tpl-1', { grades: [1] }), N, N, Y],
  ['the school year', patch('schoolYear', 'sy-2026', { extraDaysOff: ['2026-11-02'] }), N, N, Y],
  ['the organization', patch('organization', SPACE, { name: 'Jämsä' }), N, N, Y],
  [
    'a school placed in another organization',
    patch('school', 's-north', { organizationId: OTHER_SPACE }),
    'WrongOrganization',
    'WrongOrganization',
    'WrongOrganization',
  ],
  [
    'an organization row of another id',
    {
      entity: 'organization',
      entityId: OTHER_SPACE,
      op: 'create',
      patch: { id: OTHER_SPACE, name: 'X' },
    },
    'WrongOrganization',
    'WrongOrganization',
    'WrongOrganization',
  ],
];

const ROLES: TestUser[] = ['teacher', 'principal', 'coordinator'];

describe('who may write what', () => {
  it.each(
    WRITES.flatMap(([what, m, ...expected]) =>
      ROLES.map((role, i) => [role, what, m, expected[i]!] as const),
    ),
  )('%s: %s -> %s', async (role, _what, mutation, expected) => {
    const user = await t.signIn(role);
    const before = await t.store.status(SPACE);
    const res = await user.pushMutations(`c-${role}`, [{ id: 1, ...mutation }]);
    expect(res.status).toBe(200);
    const [result] = res.body.results;
    if (expected === 'applied') {
      expect(result).toMatchObject({ status: 'applied', seq: before.headSeq + 1 });
    } else {
      expect(result).toMatchObject({ status: 'rejected', code: expected });
      expect((await t.store.status(SPACE)).headSeq).toBe(before.headSeq);
    }
  });
});

describe('who may read what', () => {
  const progressIds = Object.values(ACTION);
  beforeEach(async () => {
    await t.store.seedRows(
      SPACE,
      // Each belongs to its class's or school's school, or to none: derived, not given.
      progressIds.map((id) => ({ entity: 'progress' as const, data: progressRow(id) })),
      'system',
      t.now(),
    );
  });

  it.each<[TestUser, string[]]>([
    ['teacher', [ACTION.north1, ACTION.north2, ACTION.northSchool, ACTION.org]],
    ['principal', [ACTION.north1, ACTION.north2, ACTION.northSchool, ACTION.org]],
    ['southTeacher', [ACTION.south1, ACTION.southSchool, ACTION.org]],
    ['coordinator', progressIds],
  ])('%s pulls the whole plan and the progress of %j', async (user, visible) => {
    const signedIn = await t.signIn(user);
    const { changes } = await signedIn.pullAll(`c-${user}`, 3);
    expect(
      changes
        .filter((c) => c.entity === 'progress')
        .map((c) => c.id)
        .sort(),
    ).toEqual([...visible].sort());
    expect(changes.filter((c) => c.entity !== 'progress')).toHaveLength(PLAN_ROWS.length);
  });

  it('a teacher whose pages hold only hidden rows still reaches the head', async () => {
    await t.store.seedRows(
      SPACE,
      Array.from({ length: 30 }, (_, i) => {
        const id = `sy-2026~g:g-s1~tpl-x${i}~`;
        return { entity: 'progress' as const, data: progressRow(id) };
      }),
      'system',
      t.now(),
    );
    const teacher = await t.signIn('teacher');
    const { last } = await teacher.pullAll('c-t', 5);
    expect(last.cursor).toBe((await t.store.status(SPACE)).headSeq);
  });
});
