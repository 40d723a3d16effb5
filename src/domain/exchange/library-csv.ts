/**
 * The task library as a spreadsheet: one row per task template, columns
 *
 *   id, title_fi, title_sv, title_en, description_fi, description_sv, description_en,
 *   theme, grades, scope, responsible, timing, materials, breakShift, retiredFrom
 *
 * - id: blank for a new task (the id is then made from the Finnish title: 'tpl-' and its words);
 *   a row whose id is already in the library updates that task.
 * - theme: a theme's id, or its name in any of the three languages; blank for none.
 * - grades: '0 1 2' (0 or 'esi' = esiopetus), separated by spaces, commas or semicolons.
 * - scope: class, school or organization. responsible: role codes ('nurse classTeacher').
 * - timing: timing-text.ts ('month:10:whole', 'isoWeek:38', ...).
 * - materials: one link a line, 'label | https://…'.
 * - breakShift: where a window that falls wholly in a break goes, 'after' or 'before'; blank for
 *   the default, after (absent, or 'after' for a stored task that has the field).
 * - retiredFrom: the first school year without the task, as the year it starts in ('2027' for
 *   2027–2028); blank for a task in use (absent, or null for a stored task that has the field).
 *
 * Only title_fi, grades, scope and timing are required columns; an absent column reads as blank
 * for a new task and keeps a stored task's value.
 */
import { z } from 'zod';
import { templateId, type ThemeId } from '../ids';
import {
  BREAK_SHIFTS,
  LANGUAGES,
  SCOPES,
  type BreakShift,
  type Language,
  type TaskTemplate,
  type Theme,
} from '../model';
import { DESCRIPTION_MAX_LENGTH, ROW_SCHEMAS, TITLE_MAX_LENGTH } from '../sync/row-schemas';
import {
  formatGrades,
  formatMaterials,
  gradesCell,
  idCell,
  materialsCell,
  optionalText,
  requiredText,
  rolesCell,
  slug,
} from './cells';
import { readCsv, writeCsv, type CsvDelimiter } from './csv-file';
import { problemCodeOf, type ImportProblem, type ImportResult } from './problems';
import { readRows, resultOf, type TableSpec } from './table-rows';
import { formatTimingRule, parseTimingRule } from './timing-text';

const LIBRARY_COLUMNS = [
  'id',
  'title_fi',
  'title_sv',
  'title_en',
  'description_fi',
  'description_sv',
  'description_en',
  'theme',
  'grades',
  'scope',
  'responsible',
  'timing',
  'materials',
  'breakShift',
  'retiredFrom',
] as const;
type LibraryColumn = (typeof LIBRARY_COLUMNS)[number];

/** The school years a template can be retired from (the row schema's range). */
const RETIRED_FROM_MIN = 2000;
const RETIRED_FROM_MAX = 2200;

const REQUIRED_COLUMNS: readonly LibraryColumn[] = ['title_fi', 'grades', 'scope', 'timing'];

/** The cells of one template, in LIBRARY_COLUMNS order. */
function cellsOf(t: TaskTemplate): string[] {
  return [
    t.id,
    t.title.fi,
    t.title.sv,
    t.title.en,
    t.description.fi,
    t.description.sv,
    t.description.en,
    t.themeId ?? '',
    formatGrades(t.grades),
    t.scope,
    t.responsible.join(' '),
    formatTimingRule(t.timing),
    formatMaterials(t.materials),
    t.breakShift ?? '',
    t.retiredFrom == null ? '' : String(t.retiredFrom),
  ];
}

/** The library's templates as a CSV file (csv-file.ts: BOM, CRLF, the delimiter chosen). */
export function libraryToCsv(templates: readonly TaskTemplate[], delimiter: CsvDelimiter): string {
  return writeCsv(LIBRARY_COLUMNS, templates.map(cellsOf), delimiter);
}

/** The theme a cell names: an id, or a name in any language (case and spaces ignored). */
function themeNamed(cell: string, themes: readonly Theme[]): Theme | undefined {
  const key = cell.trim().toLowerCase();
  return (
    themes.find((t) => t.id.toLowerCase() === key) ??
    themes.find((t) => LANGUAGES.some((l) => t.name[l].trim().toLowerCase() === key))
  );
}

function rowSchema(themes: readonly Theme[]) {
  const title = optionalText(TITLE_MAX_LENGTH);
  const description = optionalText(DESCRIPTION_MAX_LENGTH);
  return z.object({
    id: idCell,
    title_fi: requiredText(TITLE_MAX_LENGTH),
    title_sv: title,
    title_en: title,
    description_fi: description,
    description_sv: description,
    description_en: description,
    theme: z.string().transform((cell, ctx): ThemeId | null => {
      if (cell.trim() === '') return null;
      const theme = themeNamed(cell, themes);
      if (theme === undefined) ctx.addIssue({ code: 'custom', message: 'unknownTheme' });
      return theme?.id ?? null;
    }),
    grades: gradesCell(false),
    scope: z
      .string()
      .trim()
      .pipe(z.enum(SCOPES, { message: 'badScope' })),
    responsible: rolesCell,
    timing: z.string().transform((cell, ctx) => {
      const rule = parseTimingRule(cell);
      if (rule === null) {
        ctx.addIssue({ code: 'custom', message: cell.trim() === '' ? 'required' : 'badTiming' });
      }
      return rule;
    }),
    materials: materialsCell,
    breakShift: z.string().transform((cell, ctx): BreakShift | null => {
      const text = cell.trim();
      if (text === '') return null;
      const shift = BREAK_SHIFTS.find((s) => s === text);
      if (shift === undefined) ctx.addIssue({ code: 'custom', message: 'badBreakShift' });
      return shift ?? null;
    }),
    retiredFrom: z.string().transform((cell, ctx): number | null => {
      const text = cell.trim();
      if (text === '') return null;
      const year = /^\d{4}$/.test(text) ? Number(text) : NaN;
      if (!(year >= RETIRED_FROM_MIN && year <= RETIRED_FROM_MAX)) {
        ctx.addIssue({ code: 'custom', message: 'badYear' });
        return null;
      }
      return year;
    }),
  }) satisfies z.ZodType<unknown, Record<LibraryColumn, string>>;
}

type LibraryRow = z.output<ReturnType<typeof rowSchema>>;

/**
 * A template from its row. A column the file does not have keeps the stored task's value (a
 * file of Finnish titles alone must not blank the translations); for a new task it is blank.
 */
function templateOf(
  id: string,
  row: LibraryRow,
  present: ReadonlySet<string>,
  stored: TaskTemplate | undefined,
): TaskTemplate {
  function cell<T>(column: LibraryColumn, fromFile: T, fromStored: (t: TaskTemplate) => T): T {
    return stored !== undefined && !present.has(column) ? fromStored(stored) : fromFile;
  }
  const localized = (field: 'title' | 'description') =>
    Object.fromEntries(
      LANGUAGES.map((l) => [l, cell(`${field}_${l}`, row[`${field}_${l}`], (t) => t[field][l])]),
    ) as Record<Language, string>;
  const breakShift = cell('breakShift', row.breakShift, (t) => t.breakShift ?? null);
  const retiredFrom = cell('retiredFrom', row.retiredFrom, (t) => t.retiredFrom ?? null);
  return {
    id: templateId(id),
    title: localized('title'),
    description: localized('description'),
    themeId: cell('theme', row.theme, (t) => t.themeId),
    grades: row.grades,
    scope: row.scope,
    responsible: cell('responsible', row.responsible, (t) => t.responsible),
    // The row schema has refused a row whose timing is null.
    timing: row.timing ?? { kind: 'isoWeek', week: 1 },
    materials: cell('materials', row.materials, (t) => t.materials),
    // Blank is the default way out of a break and a task in use: absent, unless the stored task
    // has the field. The import keeps a stored field the row lacks, so it is then said outright
    // ('after', null), which also leaves a stored 'after' or null unchanged.
    ...(breakShift !== null
      ? { breakShift }
      : stored?.breakShift !== undefined
        ? { breakShift: 'after' as const }
        : {}),
    ...(retiredFrom !== null || stored?.retiredFrom !== undefined ? { retiredFrom } : {}),
  };
}

/** A template's field path (from the row schema) as the column that holds it. */
function columnOf(path: readonly PropertyKey[]): LibraryColumn {
  const [field, sub] = path.map(String);
  if ((field === 'title' || field === 'description') && sub !== undefined) {
    return LIBRARY_COLUMNS.find((c) => c === `${field}_${sub}`) ?? 'title_fi';
  }
  if (field === 'themeId') return 'theme';
  return LIBRARY_COLUMNS.find((c) => c === field) ?? 'id';
}

/**
 * The templates of a library CSV file (see the module's comment), checked against the themes
 * the library has: every template, or every problem by row and column (and none imported). A
 * row of a task in `stored` keeps its values of the columns the file does not have.
 */
export function parseLibraryCsv(
  text: string,
  themes: readonly Theme[],
  stored: readonly TaskTemplate[] = [],
): ImportResult<TaskTemplate[]> {
  const spec: TableSpec<LibraryRow> = {
    columns: LIBRARY_COLUMNS,
    required: REQUIRED_COLUMNS,
    row: rowSchema(themes),
  };
  const table = readCsv(text);
  const present = new Set(table.columns);
  const storedById = new Map(stored.map((t) => [t.id, t]));
  const read = readRows(table, spec);
  const problems: ImportProblem[] = [...read.problems];
  const templates: TaskTemplate[] = [];
  const seen = new Set<string>();
  for (const { row, value } of read.values) {
    const id = value.id !== '' ? value.id : `tpl-${slug(value.title_fi)}`;
    if (seen.has(id)) {
      problems.push({ row, column: value.id !== '' ? 'id' : 'title_fi', code: 'duplicateId' });
      continue;
    }
    seen.add(id);
    const template = templateOf(id, value, present, storedById.get(templateId(id)));
    // The same check as a synced row, so that an import never writes what sync would refuse.
    const checked = ROW_SCHEMAS.template.safeParse(template);
    if (checked.success) templates.push(template);
    else {
      for (const issue of checked.error.issues) {
        problems.push({ row, column: columnOf(issue.path), code: problemCodeOf(issue, 'invalid') });
      }
    }
  }
  return resultOf(templates, problems);
}
