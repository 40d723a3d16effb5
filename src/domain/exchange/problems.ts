/**
 * What is wrong with an imported file, as codes the UI translates: each problem names the
 * spreadsheet row (1 is the header; 0 is the file as a whole) and the column (the header's name;
 * in a JSON file, the field's path), so a coordinator can find and fix every one at once.
 */
import type { z } from 'zod';

export const PROBLEM_CODES = [
  /** The file as a whole. */
  'empty',
  'malformed',
  'notJson',
  'unknownFormat',
  'noOrganization',
  /** The header. */
  'missingColumn',
  'unknownColumn',
  'duplicateColumn',
  /** A cell. */
  'required',
  'tooLong',
  'badId',
  'duplicateId',
  'unknownTheme',
  'badGrades',
  'badScope',
  'badRoles',
  'badTiming',
  'badMaterials',
  'badBreakShift',
  'badYear',
  'badDate',
  'badKind',
  'badBreak',
  'unknownSchool',
  'noSchoolYear',
  'manySchoolYears',
  'dateOutsideYear',
  'lastBeforeFirst',
  'extraCells',
  'invalid',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface ImportProblem {
  /** The spreadsheet row (1 = the header, 0 = the whole file), or a JSON list item's number. */
  readonly row: number;
  /** The column's header name, or a JSON field path; '' for the whole file. */
  readonly column: string;
  readonly code: ProblemCode;
}

/** The result of reading a file: every row, or every problem and nothing to import. */
export type ImportResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

/** The code of a zod issue: checks in src/domain/exchange give their code as the message. */
export function problemCodeOf(issue: z.core.$ZodIssue, fallback: ProblemCode): ProblemCode {
  const message = issue.message;
  const known = PROBLEM_CODES.find((c) => c === message);
  if (known !== undefined) return known;
  if (issue.code === 'too_big' && (issue.origin === 'string' || issue.origin === 'array')) {
    return 'tooLong';
  }
  return fallback;
}
