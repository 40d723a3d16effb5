import { describe, expect, it } from 'vitest';
import { actionId, groupId, schoolId, schoolYearId } from '@/domain/ids';
import type { Group } from '@/domain/model';
import type { SessionUser } from '@/domain/sync/protocol';
import { mayMarkFor } from './may-mark';

const group = (id: string, school: string): Group => ({
  id: groupId(id),
  schoolId: schoolId(school),
  schoolYearId: schoolYearId('sy-2026'),
  name: id,
  grades: [3],
});
const GROUPS = [group('g-3a', 's-north'), group('g-4a', 's-north'), group('g-3b', 's-south')];

const user = (role: SessionUser['role'], schools: string[], groups: string[]): SessionUser => ({
  username: role,
  displayName: role,
  role,
  organizationId: 'org-1',
  schools,
  groups,
});

const OWN_CLASS = 'sy-2026~g:g-3a~tpl-1~';
const OTHER_CLASS = 'sy-2026~g:g-4a~tpl-1~';
const OTHER_SCHOOL_CLASS = 'sy-2026~g:g-3b~tpl-1~';
const OWN_SCHOOL = 'sy-2026~s:s-north~tpl-2~';
const ORGANIZATION = 'sy-2026~org~tpl-3~';

describe('mayMarkFor', () => {
  const teacher = user('teacher', ['s-north'], ['g-3a']);
  const principal = user('principal', ['s-north'], []);
  const coordinator = user('coordinator', [], []);
  it.each([
    [
      'local mode',
      null,
      [OWN_CLASS, OTHER_CLASS, OTHER_SCHOOL_CLASS, OWN_SCHOOL, ORGANIZATION],
      [],
    ],
    ['teacher', teacher, [OWN_CLASS], [OTHER_CLASS, OTHER_SCHOOL_CLASS, OWN_SCHOOL, ORGANIZATION]],
    [
      'principal',
      principal,
      [OWN_CLASS, OTHER_CLASS, OWN_SCHOOL],
      [OTHER_SCHOOL_CLASS, ORGANIZATION],
    ],
    // The coordinator marks the organization's tasks; a class's and a school's are theirs.
    ['coordinator', coordinator, [ORGANIZATION], [OWN_CLASS, OTHER_SCHOOL_CLASS, OWN_SCHOOL]],
  ] as const)('%s', (_who, who, may, mayNot) => {
    const mayMark = mayMarkFor(who, GROUPS);
    for (const id of may) expect(mayMark(actionId(id)), id).toBe(true);
    for (const id of mayNot) expect(mayMark(actionId(id)), id).toBe(false);
  });
});
