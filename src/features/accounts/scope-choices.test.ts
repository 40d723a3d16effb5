import { describe, expect, it } from 'vitest';
import type { ScopeGroup } from '@/domain/sync/account-api';
import { classesOf } from './scope-choices';

const group = (id: string, name: string, schoolId = 's1', schoolYearId = 'y1'): ScopeGroup => ({
  id,
  name,
  schoolId,
  schoolYearId,
  grades: [1],
});

describe('classesOf', () => {
  it("lists a school's classes of the year by name, numbers by value", () => {
    const groups = [
      group('a', 'Eskari'),
      group('b', '10A'),
      group('c', '2A'),
      group('d', '5–6'),
      group('e', '1B', 's2'),
      group('f', '3A', 's1', 'y0'),
    ];
    expect(classesOf({ groups }, 's1', 'y1').map((g) => g.name)).toEqual([
      '2A',
      '5–6',
      '10A',
      'Eskari',
    ]);
  });
});
