import { describe, expect, it } from 'vitest';
import { authorizeWrite, mayRead, maySync, type Actor } from './authorize';
import type { Entity } from '../entities';
import type { Fields, MutationOp } from './merge';

const teacher: Actor = {
  role: 'teacher',
  organizationId: 'org',
  schools: ['s-a'],
  groups: ['g-a1'],
};
const principal: Actor = { role: 'principal', organizationId: 'org', schools: ['s-a'], groups: [] };
const coordinator: Actor = { role: 'coordinator', organizationId: 'org', schools: [], groups: [] };
const admin: Actor = { role: 'admin', organizationId: 'org', schools: [], groups: [] };

const groupSchools: Record<string, string> = { 'g-a1': 's-a', 'g-a2': 's-a', 'g-b1': 's-b' };
const lookup = (g: string) => groupSchools[g] ?? null;

function progress(actor: Actor, actionId: string) {
  return authorizeWrite(
    actor,
    { space: 'org', entity: 'progress', entityId: actionId, op: 'create', before: null, after: {} },
    lookup,
  );
}

describe('authorizeWrite', () => {
  it.each<[Actor, string, unknown]>([
    [teacher, 'y~g:g-a1~t~', { ok: true, schoolId: 's-a' }],
    [teacher, 'y~g:g-a2~t~', { ok: false, code: 'Forbidden' }],
    [teacher, 'y~s:s-a~t~', { ok: false, code: 'Forbidden' }],
    [principal, 'y~g:g-a2~t~', { ok: true, schoolId: 's-a' }],
    [principal, 'y~s:s-a~t~', { ok: true, schoolId: 's-a' }],
    [principal, 'y~g:g-b1~t~', { ok: false, code: 'Forbidden' }],
    [principal, 'y~org~t~', { ok: false, code: 'Forbidden' }],
    [coordinator, 'y~org~t~', { ok: true, schoolId: null }],
    [coordinator, 'y~g:g-a1~t~', { ok: false, code: 'Forbidden' }],
    [coordinator, 'y~s:s-a~t~', { ok: false, code: 'Forbidden' }],
    [teacher, 'y~org~t~', { ok: false, code: 'Forbidden' }],
    [coordinator, 'y~g:g-zz~t~', { ok: false, code: 'UnknownGroup' }],
    [admin, 'y~g:g-a1~t~', { ok: false, code: 'Forbidden' }],
  ])('progress: %o writing %s', (actor, actionId, expected) => {
    expect(progress(actor, actionId)).toMatchObject(expected as object);
  });

  it('lets a principal change classes of own schools only, before and after', () => {
    const check = (before: string | null, after: string | null) =>
      authorizeWrite(
        principal,
        {
          space: 'org',
          entity: 'group',
          entityId: 'g-x',
          op: before === null ? 'create' : 'patch',
          before: before === null ? null : { schoolId: before },
          after: after === null ? null : { schoolId: after },
        },
        lookup,
      ).ok;
    expect([
      check(null, 's-a'),
      check('s-a', 's-a'),
      check('s-a', null),
      check('s-a', 's-b'),
      check('s-b', 's-a'),
    ]).toEqual([true, true, true, false, false]);
  });

  const SCHOOL = { id: 's-a', organizationId: 'org', name: 'Pohjola', grades: [1, 2] };
  it.each<[string, Actor, string, MutationOp, Fields | null, Fields | null, boolean]>([
    [
      'sets own tracking start',
      principal,
      's-a',
      'patch',
      SCHOOL,
      { ...SCHOOL, trackingFrom: '2026-11-02' },
      true,
    ],
    [
      'clears it',
      principal,
      's-a',
      'patch',
      { ...SCHOOL, trackingFrom: '2026-11-02' },
      { ...SCHOOL, trackingFrom: null },
      true,
    ],
    ['a principal sets it to what it was', principal, 's-a', 'patch', SCHOOL, null, true],
    [
      "sets another school's",
      principal,
      's-b',
      'patch',
      { ...SCHOOL, id: 's-b' },
      { ...SCHOOL, id: 's-b', trackingFrom: '2026-11-02' },
      false,
    ],
    [
      'a principal renames own school',
      principal,
      's-a',
      'patch',
      SCHOOL,
      { ...SCHOOL, name: 'Etelä' },
      false,
    ],
    [
      'sets it and the grades',
      principal,
      's-a',
      'patch',
      SCHOOL,
      { ...SCHOOL, grades: [1], trackingFrom: '2026-11-02' },
      false,
    ],
    [
      'creates the school with it',
      principal,
      's-a',
      'create',
      null,
      { ...SCHOOL, trackingFrom: '2026-11-02' },
      false,
    ],
    ['a principal deletes own school', principal, 's-a', 'delete', SCHOOL, SCHOOL, false],
    ['a principal undeletes own school', principal, 's-a', 'undelete', SCHOOL, SCHOOL, false],
    [
      'a teacher sets it',
      teacher,
      's-a',
      'patch',
      SCHOOL,
      { ...SCHOOL, trackingFrom: '2026-11-02' },
      false,
    ],
    [
      'the coordinator sets it',
      coordinator,
      's-a',
      'patch',
      SCHOOL,
      { ...SCHOOL, trackingFrom: '2026-11-02' },
      true,
    ],
  ])('school, %s: allowed %s', (_what, actor, id, op, before, after, expected) => {
    const decision = authorizeWrite(
      actor,
      { space: 'org', entity: 'school', entityId: id, op, before, after },
      lookup,
    );
    expect(decision.ok).toBe(expected);
    if (!decision.ok) expect(decision.code).toBe('Forbidden');
  });

  it('keeps rows in their own organization', () => {
    expect(
      authorizeWrite(
        coordinator,
        {
          space: 'org',
          entity: 'school',
          entityId: 's-c',
          op: 'create',
          before: null,
          after: { organizationId: 'other' },
        },
        lookup,
      ),
    ).toMatchObject({ ok: false, code: 'WrongOrganization' });
    expect(
      authorizeWrite(
        coordinator,
        {
          space: 'org',
          entity: 'organization',
          entityId: 'other',
          op: 'create',
          before: null,
          after: {},
        },
        lookup,
      ),
    ).toMatchObject({ ok: false, code: 'WrongOrganization' });
  });
});

describe('mayRead and maySync', () => {
  it.each<[Actor, Entity, string | null, boolean]>([
    [teacher, 'template', null, true],
    [teacher, 'group', 's-b', true],
    [teacher, 'progress', 's-a', true],
    [teacher, 'progress', 's-b', false],
    [teacher, 'progress', null, true],
    [principal, 'progress', 's-b', false],
    [coordinator, 'progress', 's-b', true],
    [admin, 'template', null, false],
  ])('%o reads %s of %s: %s', (actor, entity, school, expected) => {
    expect(mayRead(actor, entity, school)).toBe(expected);
  });

  it('allows only the own organization, and never the admin role', () => {
    expect([maySync(teacher, 'org'), maySync(teacher, 'other'), maySync(admin, 'org')]).toEqual([
      true,
      false,
      false,
    ]);
  });
});
