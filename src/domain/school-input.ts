/**
 * What a user types for a school or a class, checked before anything is written: each problem
 * with the field it belongs to and a code the UI translates.
 */
import type { Grade } from './model';

/**
 * The longest name, as the row schema's NAME_MAX_LENGTH (a test keeps them equal): not imported
 * from it, which would bring the schema library into the views that check names.
 */
export const NAME_MAX_LENGTH = 200;

export type SchoolInputField = 'name' | 'grades';
export type SchoolInputCode =
  'NAME_MISSING' | 'NAME_TOO_LONG' | 'GRADES_MISSING' | 'GRADE_NOT_TAUGHT';

export interface SchoolInputProblem {
  readonly field: SchoolInputField;
  readonly code: SchoolInputCode;
}

/** A school's or a class's name and grades as typed. */
export interface NamedGrades {
  readonly name: string;
  readonly grades: readonly Grade[];
}

function nameProblems(name: string): SchoolInputProblem[] {
  const trimmed = name.trim();
  if (trimmed.length === 0) return [{ field: 'name', code: 'NAME_MISSING' }];
  if (trimmed.length > NAME_MAX_LENGTH) return [{ field: 'name', code: 'NAME_TOO_LONG' }];
  return [];
}

/** A school needs a name and at least one grade taught. */
export function schoolInputProblems(input: NamedGrades): SchoolInputProblem[] {
  return [
    ...nameProblems(input.name),
    ...(input.grades.length === 0 ? [{ field: 'grades', code: 'GRADES_MISSING' } as const] : []),
  ];
}

/**
 * A class needs a name and one or more grades (a combined class has several), each taught by its
 * school.
 */
export function classInputProblems(
  input: NamedGrades,
  schoolGrades: readonly Grade[],
): SchoolInputProblem[] {
  const gradeProblem: SchoolInputProblem[] =
    input.grades.length === 0
      ? [{ field: 'grades', code: 'GRADES_MISSING' }]
      : input.grades.some((g) => !schoolGrades.includes(g))
        ? [{ field: 'grades', code: 'GRADE_NOT_TAUGHT' }]
        : [];
  return [...nameProblems(input.name), ...gradeProblem];
}
