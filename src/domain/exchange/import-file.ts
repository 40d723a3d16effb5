/**
 * One file chosen for import, whatever it holds: a library as JSON (by its name or its first
 * character), a plan as CSV (its header has a `kind` column), else a library as CSV. Read with
 * the parser of its kind against what the database already holds.
 */
import type { OrganizationId } from '../ids';
import type { School, TaskTemplate, Theme } from '../model';
import { decodeText, readCsv } from './csv-file';
import { parseLibraryCsv } from './library-csv';
import { parseLibraryJson, type LibraryFile } from './library-json';
import { parsePlanCsv, type PlanFile } from './plan-csv';
import type { ImportResult } from './problems';

export type ImportFile =
  | { readonly kind: 'libraryCsv'; readonly result: ImportResult<TaskTemplate[]> }
  | { readonly kind: 'libraryJson'; readonly result: ImportResult<LibraryFile> }
  | { readonly kind: 'planCsv'; readonly result: ImportResult<PlanFile> };

export type ImportFileKind = ImportFile['kind'];

/** What a file is read against: the library, the organization and its schools. */
export interface ImportContext {
  readonly themes: readonly Theme[];
  /** The stored tasks: a library CSV without some columns keeps their values. */
  readonly templates: readonly TaskTemplate[];
  /** Null when the database has no organization yet (a plan cannot be imported then). */
  readonly organizationId: OrganizationId | null;
  readonly schools: readonly School[];
}

/** The kind of a file from its name and text. */
export function importFileKind(name: string, text: string): ImportFileKind {
  if (
    /\.json$/i.test(name) ||
    text
      .trimStart()
      .replace(/^\uFEFF/, '')
      .startsWith('{')
  ) {
    return 'libraryJson';
  }
  return readCsv(text.split(/\r?\n/, 1)[0] ?? '').columns.includes('kind')
    ? 'planCsv'
    : 'libraryCsv';
}

/** Reads a chosen file's bytes (see decodeText) as its kind says. */
export function readImportFile(
  name: string,
  bytes: Uint8Array,
  context: ImportContext,
): ImportFile {
  const text = decodeText(bytes);
  const kind = importFileKind(name, text);
  switch (kind) {
    case 'libraryJson':
      return { kind, result: parseLibraryJson(text, context.themes) };
    case 'libraryCsv':
      return { kind, result: parseLibraryCsv(text, context.themes, context.templates) };
    case 'planCsv':
      return {
        kind,
        result:
          context.organizationId === null
            ? { ok: false, problems: [{ row: 0, column: '', code: 'noOrganization' }] }
            : parsePlanCsv(text, context.organizationId, context.schools),
      };
  }
}
