/**
 * Reading a spreadsheet's rows against a set of known columns, shared by the library's and the
 * plan's files: the header checked (every required column there, none unknown or repeated), each
 * row turned into a record of its cells by column name and validated with the row's zod schema,
 * every problem collected with its row and column.
 */
import type { z } from 'zod';
import type { CsvTable } from './csv-file';
import { problemCodeOf, type ImportProblem, type ImportResult } from './problems';

export interface TableSpec<T> {
  /** Every column the file may have, in the order an export writes them. */
  readonly columns: readonly string[];
  /** The columns a file must have. */
  readonly required: readonly string[];
  /** A row's cells by column name (absent columns blank) to its value. */
  readonly row: z.ZodType<T, Record<string, string>>;
}

/** A row's value with its spreadsheet row number (the header is row 1). */
export interface Numbered<T> {
  readonly row: number;
  readonly value: T;
}

/** Problems of the header, in the file's column order. */
function headerProblems(columns: readonly string[], spec: TableSpec<unknown>): ImportProblem[] {
  const problems: ImportProblem[] = [];
  columns.forEach((column, i) => {
    if (!spec.columns.includes(column)) problems.push({ row: 1, column, code: 'unknownColumn' });
    else if (columns.indexOf(column) !== i) {
      problems.push({ row: 1, column, code: 'duplicateColumn' });
    }
  });
  for (const column of spec.required) {
    if (!columns.includes(column)) problems.push({ row: 1, column, code: 'missingColumn' });
  }
  return problems;
}

/** The rows read: the good ones' values, and every problem of the others. */
export interface RowsRead<T> {
  readonly values: readonly Numbered<T>[];
  readonly problems: readonly ImportProblem[];
}

/**
 * Every row of `table` read with `spec` (a file with a bad header is not read further: its cells
 * would be misread).
 */
export function readRows<T>(table: CsvTable, spec: TableSpec<T>): RowsRead<T> {
  const refused = (problems: ImportProblem[]) => ({ values: [], problems });
  if (table.malformed) return refused([{ row: 0, column: '', code: 'malformed' }]);
  if (table.columns.length === 0 || table.columns.every((c) => c === '')) {
    return refused([{ row: 0, column: '', code: 'empty' }]);
  }
  const header = headerProblems(table.columns, spec);
  if (header.length > 0) return refused(header);
  const problems: ImportProblem[] = [];
  const values: Numbered<T>[] = [];
  table.rows.forEach((cells, i) => {
    const row = i + 2;
    if (cells.slice(table.columns.length).some((c) => c.trim() !== '')) {
      problems.push({ row, column: '', code: 'extraCells' });
    }
    const record = Object.fromEntries(
      spec.columns.map((column) => {
        const at = table.columns.indexOf(column);
        return [column, at < 0 ? '' : (cells[at] ?? '')];
      }),
    );
    const parsed = spec.row.safeParse(record);
    if (parsed.success) values.push({ row, value: parsed.data });
    else {
      // Issues in column order, so the list reads left to right like the sheet.
      const issues = [...parsed.error.issues].sort(
        (a, b) => spec.columns.indexOf(String(a.path[0])) - spec.columns.indexOf(String(b.path[0])),
      );
      for (const issue of issues) {
        problems.push({
          row,
          column: String(issue.path[0] ?? ''),
          code: problemCodeOf(issue, 'invalid'),
        });
      }
    }
  });
  return { values, problems };
}

/** The value, or every problem in row order (a row's own in column order). */
export function resultOf<T>(value: T, problems: readonly ImportProblem[]): ImportResult<T> {
  return problems.length > 0
    ? { ok: false, problems: [...problems].sort((a, b) => a.row - b.row) }
    : { ok: true, value };
}
