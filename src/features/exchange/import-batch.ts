import type { ImportBatch } from '@/db/exchange-writes';
import type { ImportFile } from '@/domain/exchange/import-file';
import type { ImportProblem } from '@/domain/exchange/problems';

/** A file read for import: its rows to write, or its problems. */
export type ReadFile =
  | { readonly ok: true; readonly batch: ImportBatch }
  | { readonly ok: false; readonly problems: readonly ImportProblem[] };

/** The rows of an import file by entity, as the database's import takes them. */
export function batchOf(file: ImportFile): ReadFile {
  if (!file.result.ok) return file.result;
  switch (file.kind) {
    case 'libraryCsv':
      return { ok: true, batch: { templates: file.result.value } };
    case 'libraryJson':
      return { ok: true, batch: file.result.value };
    case 'planCsv': {
      const { schoolYear, schools, groups } = file.result.value;
      return {
        ok: true,
        batch: { schools, schoolYears: schoolYear === null ? [] : [schoolYear], groups },
      };
    }
  }
}
