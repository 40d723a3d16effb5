import { describe, expect, it } from 'vitest';
import type { SessionUser } from '@/domain/sync/protocol';
import { mayChangeSchoolYears, mayEditLibrary } from './may-write';

const as = (role: SessionUser['role']): SessionUser => ({
  username: role,
  displayName: role,
  role,
  organizationId: 'org-demo',
  schools: ['school-demo'],
  groups: [],
});

describe.each([
  ['mayChangeSchoolYears', mayChangeSchoolYears],
  ['mayEditLibrary', mayEditLibrary],
])('%s', (_fn, mayChange) => {
  it.each<[string, SessionUser | null, boolean]>([
    ['local mode', null, true],
    ['the coordinator', as('coordinator'), true],
    ['a principal', as('principal'), false],
    ['a teacher', as('teacher'), false],
    ['the admin', as('admin'), false],
  ])('%s: %s', (_name, user, expected) => {
    expect(mayChange(user)).toBe(expected);
  });
});
