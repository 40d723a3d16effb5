/**
 * The whole library (themes and task templates) as one JSON file:
 * `{ "format": "vuosikello-library", "version": 1, "themes": [...], "templates": [...] }`, each
 * row exactly as it syncs (row-schemas.ts), checked with the same schemas on the way in.
 */
import { z } from 'zod';
import type { TaskTemplate, Theme } from '../model';
import { ROW_SCHEMAS } from '../sync/row-schemas';
import { problemCodeOf, type ImportProblem, type ImportResult } from './problems';

const LIBRARY_FORMAT = 'vuosikello-library';

/** A library to export or import: themes and task templates. */
export interface LibraryFile {
  readonly themes: readonly Theme[];
  readonly templates: readonly TaskTemplate[];
}

const fileSchema = z.object({
  format: z.literal(LIBRARY_FORMAT, { message: 'unknownFormat' }),
  version: z.literal(1, { message: 'unknownFormat' }),
  themes: z.array(ROW_SCHEMAS.theme).max(1000),
  templates: z.array(ROW_SCHEMAS.template).max(10000),
});

/** The library as JSON text, two-space indented, with a final line break. */
export function libraryToJson(library: LibraryFile): string {
  return `${JSON.stringify(
    { format: LIBRARY_FORMAT, version: 1, themes: library.themes, templates: library.templates },
    null,
    2,
  )}\n`;
}

/** A zod issue's path as a problem: row = the list item's number, column = the field's path. */
function problemAt(issue: z.core.$ZodIssue): ImportProblem {
  const [list, index, ...field] = issue.path.map(String);
  const item = Number(index);
  return Number.isInteger(item)
    ? {
        row: item + 1,
        column: [list, ...field].join('.'),
        code: problemCodeOf(issue, 'invalid'),
      }
    : { row: 0, column: issue.path.map(String).join('.'), code: problemCodeOf(issue, 'invalid') };
}

/** Ids used twice in one list, as problems. */
function duplicates(list: 'themes' | 'templates', ids: readonly string[]): ImportProblem[] {
  return ids.flatMap((id, i) =>
    ids.indexOf(id) !== i
      ? [{ row: i + 1, column: `${list}.id`, code: 'duplicateId' as const }]
      : [],
  );
}

/**
 * A library JSON file read back: its themes and templates, or every problem (and none
 * imported). A template's theme must be in the file or in `knownThemes` (the library's own).
 */
export function parseLibraryJson(
  text: string,
  knownThemes: readonly Theme[],
): ImportResult<LibraryFile> {
  let json: unknown;
  try {
    json = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch {
    return { ok: false, problems: [{ row: 0, column: '', code: 'notJson' }] };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(problemAt) };
  // The strict row schemas have accepted every row as it is: the model's rows.
  const { themes, templates } = json as { themes: Theme[]; templates: TaskTemplate[] };
  const themeIds = new Set([...knownThemes, ...themes].map((t) => t.id));
  const problems = [
    ...duplicates(
      'themes',
      themes.map((t) => t.id),
    ),
    ...duplicates(
      'templates',
      templates.map((t) => t.id),
    ),
    ...templates.flatMap((t, i) =>
      t.themeId !== null && !themeIds.has(t.themeId)
        ? [{ row: i + 1, column: 'templates.themeId', code: 'unknownTheme' as const }]
        : [],
    ),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { themes, templates } };
}
