/**
 * Who may do what, as the issue states it, checked against the real server with a real
 * database: every role x entity x own or other school x create, patch and delete. A refused
 * write answers its code and changes nothing (the row and the head stay as they were).
 * - coordinator: the library (templates), themes, school years, schools, classes and the
 *   organization, the schools' adjustments; marks none of a class's or a school's tasks.
 * - principal: the classes and adjustments of their own school; marks their own school's tasks; nothing of
 *   another school, nothing of the municipal plan.
 * - teacher: only the progress of their own classes.
 * - admin: manages accounts, syncs nothing (the whole request is refused).
 * And who may subscribe to which calendar (POST /api/feeds): a teacher their own classes', a
 * principal their own school's (its classes, grades and the school), a coordinator any; an admin
 * none.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Entity } from '@/domain/entities';
import { ACTION, SPACE, YEAR, groupRow, progressRow, themeRow, type TestUser } from './fixtures';
import { startTestServer, type TestServer } from './harness';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

type Op = 'create' | 'patch' | 'delete';
/** Whose the row is, for the principal (of s-north) and the teacher (of g-n1 in s-north). */
type Where = 'own' | 'other' | 'organization';
type Outcome = 'applied' | 'Forbidden' | 'http403';

interface Case {
  readonly entity: Entity;
  readonly where: Where;
  readonly op: Op;
  readonly id: string;
  /** The row created, or the fields patched. */
  readonly patch?: Record<string, unknown>;
  /** Progress to seed first (a patch or delete needs the row). */
  readonly seedProgress?: boolean;
  /** A row of the entity to seed first. */
  readonly seed?: Record<string, unknown>;
}

const template = (id: string) => ({
  id,
  title: { fi: 'Uusi', sv: 'Ny', en: 'New' },
  description: { fi: '', sv: '', en: '' },
  themeId: 'th-1',
  grades: [3],
  scope: 'class',
  responsible: ['classTeacher'],
  timing: { kind: 'month', month: 10, part: 'whole' },
  materials: [],
});
const schoolYear = (id: string, startYear: number) => ({
  id,
  organizationId: SPACE,
  startYear,
  firstDay: `${startYear}-08-11`,
  lastDay: `${startYear + 1}-06-04`,
  breaks: [],
  extraDaysOff: [],
  extraSchoolDays: [],
});

/** A school's adjustment of tpl-1: moved to October. */
const adjustment = (schoolId: string) => ({
  id: `${schoolId}.adj.tpl-1`,
  schoolId,
  templateId: 'tpl-1',
  kind: 'move',
  timing: { kind: 'month', month: 10, part: 'whole' },
});
const ownAdjustment = adjustment('s-north');
const otherAdjustment = adjustment('s-south');

const CASES: Case[] = [
  { entity: 'adjustment', where: 'own', op: 'create', id: ownAdjustment.id, patch: ownAdjustment },
  {
    entity: 'adjustment',
    where: 'other',
    op: 'create',
    id: otherAdjustment.id,
    patch: otherAdjustment,
  },
  {
    entity: 'adjustment',
    where: 'own',
    op: 'patch',
    id: ownAdjustment.id,
    patch: { kind: 'off', timing: null },
    seed: ownAdjustment,
  },
  {
    entity: 'adjustment',
    where: 'other',
    op: 'patch',
    id: otherAdjustment.id,
    patch: { kind: 'off', timing: null },
    seed: otherAdjustment,
  },
  { entity: 'adjustment', where: 'own', op: 'delete', id: ownAdjustment.id, seed: ownAdjustment },
  {
    entity: 'adjustment',
    where: 'other',
    op: 'delete',
    id: otherAdjustment.id,
    seed: otherAdjustment,
  },
  { entity: 'organization', where: 'organization', op: 'patch', id: SPACE, patch: { name: 'X' } },
  { entity: 'organization', where: 'organization', op: 'delete', id: SPACE },
  {
    entity: 'school',
    where: 'organization',
    op: 'create',
    id: 's-new',
    patch: { id: 's-new', organizationId: SPACE, name: 'Uusi', grades: [1, 2] },
  },
  { entity: 'school', where: 'own', op: 'patch', id: 's-north', patch: { grades: [1] } },
  { entity: 'school', where: 'other', op: 'patch', id: 's-south', patch: { grades: [1] } },
  { entity: 'school', where: 'own', op: 'delete', id: 's-north' },
  { entity: 'school', where: 'other', op: 'delete', id: 's-south' },
  {
    entity: 'schoolYear',
    where: 'organization',
    op: 'create',
    id: 'sy-2027',
    patch: schoolYear('sy-2027', 2027),
  },
  {
    entity: 'schoolYear',
    where: 'organization',
    op: 'patch',
    id: YEAR,
    patch: { extraDaysOff: ['2026-11-02'] },
  },
  { entity: 'schoolYear', where: 'organization', op: 'delete', id: YEAR },
  { entity: 'group', where: 'own', op: 'create', id: 'g-new', patch: groupRow('g-new', 's-north') },
  {
    entity: 'group',
    where: 'other',
    op: 'create',
    id: 'g-new',
    patch: groupRow('g-new', 's-south'),
  },
  { entity: 'group', where: 'own', op: 'patch', id: 'g-n1', patch: { grades: [1, 2] } },
  { entity: 'group', where: 'other', op: 'patch', id: 'g-s1', patch: { grades: [1, 2] } },
  { entity: 'group', where: 'own', op: 'delete', id: 'g-n1' },
  { entity: 'group', where: 'other', op: 'delete', id: 'g-s1' },
  { entity: 'theme', where: 'organization', op: 'create', id: 'th-2', patch: themeRow('th-2') },
  {
    entity: 'theme',
    where: 'organization',
    op: 'patch',
    id: 'th-1',
    patch: { color: '#000000' },
  },
  { entity: 'theme', where: 'organization', op: 'delete', id: 'th-1' },
  {
    entity: 'template',
    where: 'organization',
    op: 'create',
    id: 'tpl-2',
    patch: template('tpl-2'),
  },
  {
    entity: 'template',
    where: 'organization',
    op: 'patch',
    id: 'tpl-1',
    patch: { timing: { kind: 'month', month: 11, part: 'whole' } },
  },
  { entity: 'template', where: 'organization', op: 'delete', id: 'tpl-1' },
  {
    entity: 'progress',
    where: 'own',
    op: 'create',
    id: ACTION.north1,
    patch: progressRow(ACTION.north1),
  },
  {
    entity: 'progress',
    where: 'other',
    op: 'create',
    id: ACTION.south1,
    patch: progressRow(ACTION.south1),
  },
  {
    entity: 'progress',
    where: 'own',
    op: 'patch',
    id: ACTION.north1,
    patch: { state: 'skipped' },
    seedProgress: true,
  },
  {
    entity: 'progress',
    where: 'other',
    op: 'patch',
    id: ACTION.south1,
    patch: { state: 'skipped' },
    seedProgress: true,
  },
  { entity: 'progress', where: 'own', op: 'delete', id: ACTION.north1, seedProgress: true },
  { entity: 'progress', where: 'other', op: 'delete', id: ACTION.south1, seedProgress: true },
];

const ROLES = ['teacher', 'principal', 'coordinator', 'admin'] as const satisfies TestUser[];

/** The rule of the issue, stated apart from the registry that implements it. */
function expected(role: (typeof ROLES)[number], c: Case): Outcome {
  if (role === 'admin') return 'http403';
  const own = c.where === 'own';
  switch (c.entity) {
    case 'progress':
      // A class's tasks: its teachers and its school's principal; never the coordinator.
      return (role === 'teacher' || role === 'principal') && own ? 'applied' : 'Forbidden';
    case 'group':
    case 'adjustment':
      if (role === 'coordinator') return 'applied';
      return role === 'principal' && own ? 'applied' : 'Forbidden';
    case 'organization':
      // Everything else lives in the organization's space: nobody deletes it.
      return role === 'coordinator' && c.op !== 'delete' ? 'applied' : 'Forbidden';
    default:
      return role === 'coordinator' ? 'applied' : 'Forbidden';
  }
}

describe('who may do what, role x entity x own/other school x operation', () => {
  it.each(
    ROLES.flatMap((role) =>
      CASES.map((c) => [role, c.entity, c.where, c.op, expected(role, c), c] as const),
    ),
  )('%s %s (%s) %s -> %s', async (role, entity, _where, op, outcome, c) => {
    if (c.seedProgress) {
      await t.store.seedRows(
        SPACE,
        [{ entity: 'progress', data: progressRow(c.id) }],
        'system',
        t.now(),
      );
    }
    if (c.seed) await t.store.seedRows(SPACE, [{ entity, data: c.seed }], 'system', t.now());
    const user = await t.signIn(role);
    const head = (await t.store.status(SPACE)).headSeq;
    const row = await t.store.readRow(SPACE, entity, c.id);
    const mutation = { id: 1, entity, entityId: c.id, op, ...(c.patch ? { patch: c.patch } : {}) };
    const res = await user.pushMutations(`c-${role}`, [mutation]);
    const after = await t.store.readRow(SPACE, entity, c.id);
    if (outcome === 'http403') {
      expect(res.status).toBe(403);
    } else {
      expect(res.status).toBe(200);
      const [result] = res.body.results;
      if (outcome === 'applied') {
        expect(result).toMatchObject({ status: 'applied', seq: head + 1 });
        expect(after).not.toEqual(row);
        return;
      }
      expect(result).toMatchObject({ status: 'rejected', code: outcome });
    }
    expect(after).toEqual(row);
    expect((await t.store.status(SPACE)).headSeq).toBe(head);
  });
});

type CalendarCase = readonly [where: Where | 'colleague', target: Record<string, unknown>];

/** Calendars of the teacher's class g-n1, a colleague's g-n2 (both s-north) and of s-south. */
const CALENDARS: readonly CalendarCase[] = [
  ['own', { kind: 'group', groupId: 'g-n1' }],
  ['colleague', { kind: 'group', groupId: 'g-n2' }],
  ['other', { kind: 'group', groupId: 'g-s1' }],
  ['own', { kind: 'grade', schoolId: 's-north', grade: 1 }],
  ['other', { kind: 'grade', schoolId: 's-south', grade: 1 }],
  ['own', { kind: 'school', schoolId: 's-north' }],
  ['other', { kind: 'school', schoolId: 's-south' }],
];

function mayFollow(role: (typeof ROLES)[number], [where, target]: CalendarCase): boolean {
  switch (role) {
    case 'coordinator':
      return true;
    case 'principal':
      return where === 'own' || where === 'colleague';
    case 'teacher':
      return where === 'own' && target['kind'] === 'group';
    case 'admin':
      return false;
  }
}

describe('who may subscribe to which calendar, role x target x own/other', () => {
  it.each(
    ROLES.flatMap((role) =>
      CALENDARS.map((c) => [role, c[0], JSON.stringify(c[1]), mayFollow(role, c), c] as const),
    ),
  )('%s %s %s -> %s', async (role, _where, _target, allowed, [, target]) => {
    const user = await t.signIn(role);
    const res = await t.fetch('/api/feeds', {
      method: 'POST',
      headers: { ...user.auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ target, schoolYearId: YEAR, language: 'fi' }),
    });
    expect(res.status).toBe(allowed ? 201 : 403);
    const list = await t.fetch('/api/feeds', { headers: user.auth });
    expect((list.body['feeds'] as unknown[]).length).toBe(allowed ? 1 : 0);
  });
});
