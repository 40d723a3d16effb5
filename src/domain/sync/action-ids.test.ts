import { describe, expect, it } from 'vitest';
import { parseActionId } from './action-ids';

describe('parseActionId', () => {
  it.each([
    [
      'sy-2025~g:g-1a~t-1~m09',
      {
        schoolYearId: 'sy-2025',
        target: { kind: 'group', groupId: 'g-1a' },
        templateId: 't-1',
        occurrence: 'm09',
      },
    ],
    [
      'sy-2025~s:s-north~t-s~',
      {
        schoolYearId: 'sy-2025',
        target: { kind: 'school', schoolId: 's-north' },
        templateId: 't-s',
        occurrence: '',
      },
    ],
    [
      'sy-2025~org~t-o~',
      {
        schoolYearId: 'sy-2025',
        target: { kind: 'organization' },
        templateId: 't-o',
        occurrence: '',
      },
    ],
  ])('splits %s', (id, expected) => {
    expect(parseActionId(id)).toEqual(expected);
  });

  it.each([
    ['', 'empty'],
    ['sy-2025~g:g-1a~t-1', 'three parts'],
    ['sy-2025~g:g-1a~t-1~m09~x', 'five parts'],
    ['sy-2025~x:g-1a~t-1~', 'unknown target key'],
    ['sy-2025~g:~t-1~', 'empty group id'],
    ['~g:g-1a~t-1~', 'empty school year'],
    ['sy 2025~g:g-1a~t-1~', 'space in an id'],
    ['sy-2025~g:g/1a~t-1~', 'slash in an id'],
    ['sy-2025~g:g-1a~t-1~m 9', 'space in the occurrence'],
    [`sy-2025~g:${'a'.repeat(101)}~t-1~`, 'an over-long group id'],
    [`sy-2025~g:g-1a~t-1~${'x'.repeat(10_000)}`, 'a 10 kB id'],
  ])('refuses %j (%s)', (id) => {
    expect(parseActionId(id)).toBeNull();
  });
});
