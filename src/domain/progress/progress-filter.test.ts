import { describe, expect, it } from 'vitest';
import { schoolId } from '../ids';
import type { SessionUser } from '../sync/protocol';
import { countedSchools, schoolsInView } from './progress-filter';

const user = (role: SessionUser['role'], schools: string[]): SessionUser => ({
  username: 'u',
  displayName: 'U',
  role,
  organizationId: 'org',
  schools,
  groups: [],
});
const A = schoolId('s-a');
const B = schoolId('s-b');
const list = (set: ReadonlySet<string> | null) => (set === null ? null : [...set].sort());

describe('schoolsInView', () => {
  it.each<[string, SessionUser | null, string[] | null]>([
    ['local mode with no role: every school', null, null],
    ['the coordinator: every school', user('coordinator', []), null],
    ['an admin: every school', user('admin', []), null],
    ['a principal: their own schools', user('principal', ['s-b', 's-a']), ['s-a', 's-b']],
    ['a principal of no school: none', user('principal', []), []],
  ])('%s', (_, who, expected) => {
    expect(list(schoolsInView(who))).toEqual(expected);
  });
});

describe('countedSchools', () => {
  it.each<[string, ReadonlySet<typeof A> | null, typeof A | null, string[] | null]>([
    ['all in view, none chosen', null, null, null],
    ['all in view, one chosen', null, A, ['s-a']],
    ['own schools, none chosen', new Set([A, B]), null, ['s-a', 's-b']],
    ['own schools, one of them chosen', new Set([A, B]), B, ['s-b']],
    ['another school chosen (an old address): nothing', new Set([A]), B, []],
  ])('%s', (_, inView, chosen, expected) => {
    expect(list(countedSchools(inView, chosen))).toEqual(expected);
  });
});
