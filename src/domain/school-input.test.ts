import { describe, expect, it } from 'vitest';
import type { Grade } from './model';
import { classInputProblems, NAME_MAX_LENGTH, schoolInputProblems } from './school-input';
import { NAME_MAX_LENGTH as ROW_NAME_MAX_LENGTH } from './sync/row-schemas';

describe('schoolInputProblems', () => {
  it('allows the names the row schema allows', () => {
    expect(NAME_MAX_LENGTH).toBe(ROW_NAME_MAX_LENGTH);
  });

  it.each([
    [{ name: 'Keskuskoulu', grades: [1, 2] }, []],
    [{ name: '  ', grades: [1] }, [{ field: 'name', code: 'NAME_MISSING' }]],
    [{ name: 'x'.repeat(201), grades: [1] }, [{ field: 'name', code: 'NAME_TOO_LONG' }]],
    [
      { name: '', grades: [] },
      [
        { field: 'name', code: 'NAME_MISSING' },
        { field: 'grades', code: 'GRADES_MISSING' },
      ],
    ],
  ] satisfies [{ name: string; grades: Grade[] }, unknown][])('%j -> %j', (input, expected) => {
    expect(schoolInputProblems(input)).toEqual(expected);
  });
});

describe('classInputProblems', () => {
  const taught: Grade[] = [0, 1, 2, 3];
  it.each([
    [{ name: '1–2', grades: [1, 2] }, []],
    [{ name: 'Eskari', grades: [0] }, []],
    [{ name: '7A', grades: [7] }, [{ field: 'grades', code: 'GRADE_NOT_TAUGHT' }]],
    [{ name: '3A', grades: [] }, [{ field: 'grades', code: 'GRADES_MISSING' }]],
    [{ name: ' ', grades: [3] }, [{ field: 'name', code: 'NAME_MISSING' }]],
  ] satisfies [{ name: string; grades: Grade[] }, unknown][])('%j -> %j', (input, expected) => {
    expect(classInputProblems(input, taught)).toEqual(expected);
  });
});
