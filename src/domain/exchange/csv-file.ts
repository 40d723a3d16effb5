/**
 * CSV as spreadsheet programs write and read it, through papaparse: written as UTF-8 with a byte
 * order mark (so that Excel reads the letters ä and ö right), CRLF line ends, the chosen
 * delimiter (a semicolon is what Excel in a Finnish locale expects, where the comma is the
 * decimal mark) and quotes where a field needs them; read with the delimiter detected, a byte
 * order mark dropped and CRLF or LF line ends.
 */
import Papa from 'papaparse';

export const CSV_DELIMITERS = [';', ','] as const;
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number];

/** The byte order mark that starts a file of UTF-8 text for spreadsheet programs. */
export const BOM = '\uFEFF';

/**
 * The file's text: a BOM, the header and one line per row, CRLF line ends. With
 * `escapeFormulae`, a field a spreadsheet would take for a formula (starting with =, +, -, @, a
 * tab or CR) starts with an apostrophe instead: for a file only read by people (a report), not
 * for one that is imported back, where the apostrophe would become part of the text.
 */
export function writeCsv(
  columns: readonly string[],
  rows: readonly (readonly string[])[],
  delimiter: CsvDelimiter,
  { escapeFormulae = false }: { readonly escapeFormulae?: boolean } = {},
): string {
  const body = Papa.unparse(
    { fields: [...columns], data: rows.map((r) => [...r]) },
    { delimiter, newline: '\r\n', quotes: false, header: true, escapeFormulae },
  );
  return `${BOM}${body}\r\n`;
}

/** A file read: its header and its data rows, each cell a string. */
export interface CsvTable {
  readonly columns: readonly string[];
  /** Data rows in order; row i is the spreadsheet's row i + 2 (row 1 is the header). */
  readonly rows: readonly (readonly string[])[];
  /** Whether papaparse met a malformed quote (the rows are then not to be trusted). */
  readonly malformed: boolean;
}

/**
 * Reads a CSV file's text: the delimiter (semicolon or comma) is detected, a BOM dropped, blank
 * lines skipped, header names trimmed.
 */
export function readCsv(text: string): CsvTable {
  const withoutBom = text.startsWith(BOM) ? text.slice(1) : text;
  const result = Papa.parse<string[]>(withoutBom, {
    delimitersToGuess: [...CSV_DELIMITERS],
    skipEmptyLines: 'greedy',
  });
  const [header = [], ...rows] = result.data;
  return {
    columns: header.map((c) => c.trim()),
    rows,
    malformed: result.errors.some((e) => e.type === 'Quotes'),
  };
}

/**
 * A file's bytes as text: UTF-8 (a BOM dropped); bytes that are not UTF-8 are read as
 * Windows-1252, what Excel's plain "CSV" format writes in a Finnish locale.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
