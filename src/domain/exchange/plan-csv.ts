/**
 * A municipality's plan for one school year as a spreadsheet: its calendar, its schools and its
 * classes, one row each, columns `kind, id, school, name, grades, start, end`:
 *
 *   kind        what the row is             the other cells
 *   schoolYear  the school year (one)       start = first school day, end = last school day
 *   break       a break                     name = autumn, christmas, winter or other; start, end
 *   dayOff      an extra day off            start
 *   schoolDay   an extra school day         start (e.g. a Saturday spring celebration)
 *   school      a school                    name, grades taught
 *   class       a class of the school year  school (its id or name), name, grades
 *
 * Finnish words are read too (lukuvuosi, loma, vapaapäivä, koulupäivä, koulu, luokka; syysloma,
 * joululoma, talviloma, muu). Days are written 2026-08-12 or 12.8.2026. Grades as in cells.ts.
 * A blank id is made from the names (school 'school-<name>', class 'g-<year>-<school>-<name>',
 * school year 'sy-<year>'), so that importing the same file twice updates rather than doubles.
 */
import { z } from 'zod';
import { groupId, schoolId, schoolYearId, type OrganizationId, type SchoolId } from '../ids';
import type { LocalDate } from '../local-date';
import {
  BREAK_KINDS,
  type Break,
  type BreakKind,
  type Group,
  type School,
  type SchoolYear,
} from '../model';
import { NAME_MAX_LENGTH, ROW_SCHEMAS } from '../sync/row-schemas';
import { dayCell, formatGrades, gradesCell, idCell, slug } from './cells';
import { readCsv, writeCsv, type CsvDelimiter } from './csv-file';
import { problemCodeOf, type ImportProblem, type ImportResult, type ProblemCode } from './problems';
import { readRows, resultOf, type Numbered, type TableSpec } from './table-rows';

const PLAN_COLUMNS = ['kind', 'id', 'school', 'name', 'grades', 'start', 'end'] as const;
type PlanColumn = (typeof PLAN_COLUMNS)[number];

const PLAN_ROW_KINDS = ['schoolYear', 'break', 'dayOff', 'schoolDay', 'school', 'class'] as const;
type PlanRowKind = (typeof PLAN_ROW_KINDS)[number];

const KIND_NAMES: Readonly<Record<string, PlanRowKind>> = {
  lukuvuosi: 'schoolYear',
  loma: 'break',
  vapaapäivä: 'dayOff',
  koulupäivä: 'schoolDay',
  koulu: 'school',
  luokka: 'class',
};

const BREAK_NAMES: Readonly<Record<string, BreakKind>> = {
  syysloma: 'autumn',
  joululoma: 'christmas',
  talviloma: 'winter',
  hiihtoloma: 'winter',
  muu: 'other',
};

/** A plan for one school year: what a plan file holds. */
export interface PlanFile {
  readonly schoolYear: SchoolYear | null;
  readonly schools: readonly School[];
  readonly groups: readonly Group[];
}

/** The plan as a CSV file: the year's calendar, then the schools, then the classes. */
export function planToCsv(plan: PlanFile, delimiter: CsvDelimiter): string {
  const year = plan.schoolYear;
  const rows: string[][] = [];
  if (year !== null) {
    rows.push(['schoolYear', year.id, '', '', '', year.firstDay, year.lastDay]);
    for (const b of year.breaks) rows.push(['break', '', '', b.kind, '', b.start, b.end]);
    for (const d of year.extraDaysOff) rows.push(['dayOff', '', '', '', '', d, '']);
    for (const d of year.extraSchoolDays) rows.push(['schoolDay', '', '', '', '', d, '']);
  }
  for (const s of plan.schools)
    rows.push(['school', s.id, '', s.name, formatGrades(s.grades), '', '']);
  for (const g of plan.groups) {
    rows.push(['class', g.id, g.schoolId, g.name, formatGrades(g.grades), '', '']);
  }
  return writeCsv(PLAN_COLUMNS, rows, delimiter);
}

const rowSchema = z.object({
  kind: z.string().transform((cell, ctx): PlanRowKind => {
    const key = cell.trim();
    const kind = PLAN_ROW_KINDS.find((k) => k === key) ?? KIND_NAMES[key.toLowerCase()];
    if (kind === undefined) ctx.addIssue({ code: 'custom', message: 'badKind' });
    return kind ?? 'school';
  }),
  id: idCell,
  school: z.string().trim(),
  name: z.string().trim().max(NAME_MAX_LENGTH, 'tooLong'),
  grades: z.string(),
  start: z.string(),
  end: z.string(),
}) satisfies z.ZodType<unknown, Record<PlanColumn, string>>;
type PlanRow = z.output<typeof rowSchema>;

/** The school year that holds a first day in August (or any month from August to December). */
function startYearOf(firstDay: LocalDate): number {
  const [y = 0, m = 0] = firstDay.split('-').map(Number);
  return m >= 8 ? y : y - 1;
}

/** Collects problems while the rows are read. */
class Problems {
  readonly list: ImportProblem[] = [];
  add(row: number, column: PlanColumn | '', code: ProblemCode) {
    this.list.push({ row, column, code });
  }
  /** The value of a cell schema, or null with its problems added. */
  cell<T>(row: number, column: PlanColumn, schema: z.ZodType<T, string>, text: string): T | null {
    const parsed = schema.safeParse(text);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) this.add(row, column, problemCodeOf(issue, 'invalid'));
    return null;
  }
  /** A synced row's final check; its problems go to the row's `column`. */
  check<T>(row: number, column: PlanColumn, entity: 'school' | 'schoolYear' | 'group', value: T) {
    const parsed = ROW_SCHEMAS[entity].safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        this.add(row, column, problemCodeOf(issue, 'invalid'));
    }
    return parsed.success;
  }
}

/** The year's calendar from its rows, or null (with problems) when it is not there or is wrong. */
function readSchoolYear(
  rows: readonly Numbered<PlanRow>[],
  organizationId: OrganizationId,
  p: Problems,
): SchoolYear | null {
  const yearRows = rows.filter((r) => r.value.kind === 'schoolYear');
  for (const extra of yearRows.slice(1)) p.add(extra.row, 'kind', 'manySchoolYears');
  const [yearRow] = yearRows;
  const calendarRows = rows.filter((r) =>
    ['break', 'dayOff', 'schoolDay', 'class'].includes(r.value.kind),
  );
  if (yearRow === undefined) {
    for (const r of calendarRows) p.add(r.row, 'kind', 'noSchoolYear');
    return null;
  }
  const { row, value } = yearRow;
  const firstDay = p.cell(row, 'start', dayCell, value.start);
  const lastDay = p.cell(row, 'end', dayCell, value.end);
  if (firstDay === null || lastDay === null) return null;
  if (lastDay <= firstDay) p.add(row, 'end', 'lastBeforeFirst');
  const inside = (r: number, column: PlanColumn, day: LocalDate | null) => {
    if (day !== null && (day < firstDay || day > lastDay)) p.add(r, column, 'dateOutsideYear');
    return day;
  };
  const breaks: Break[] = [];
  const extraDaysOff: LocalDate[] = [];
  const extraSchoolDays: LocalDate[] = [];
  for (const { row: r, value: v } of calendarRows) {
    if (v.kind === 'break') {
      const name = v.name.toLowerCase();
      const kind = BREAK_KINDS.find((k) => k === name) ?? BREAK_NAMES[name];
      if (kind === undefined) p.add(r, 'name', 'badBreak');
      const start = inside(r, 'start', p.cell(r, 'start', dayCell, v.start));
      const end = inside(r, 'end', p.cell(r, 'end', dayCell, v.end));
      if (start !== null && end !== null && end < start) p.add(r, 'end', 'lastBeforeFirst');
      if (kind !== undefined && start !== null && end !== null) breaks.push({ kind, start, end });
    } else if (v.kind === 'dayOff' || v.kind === 'schoolDay') {
      const day = inside(r, 'start', p.cell(r, 'start', dayCell, v.start));
      if (day !== null) (v.kind === 'dayOff' ? extraDaysOff : extraSchoolDays).push(day);
    }
  }
  const startYear = startYearOf(firstDay);
  const year: SchoolYear = {
    id: schoolYearId(value.id !== '' ? value.id : `sy-${startYear}`),
    organizationId,
    startYear,
    firstDay,
    lastDay,
    breaks,
    extraDaysOff,
    extraSchoolDays,
  };
  return p.check(row, 'start', 'schoolYear', year) ? year : null;
}

/**
 * The plan of a plan CSV file (see the module's comment) for `organizationId`: its school year,
 * schools and classes, or every problem by row and column (and nothing imported). A class's
 * school is a school of the file or one of `existingSchools`, named by id or by name.
 */
export function parsePlanCsv(
  text: string,
  organizationId: OrganizationId,
  existingSchools: readonly School[],
): ImportResult<PlanFile> {
  const spec: TableSpec<PlanRow> = {
    columns: PLAN_COLUMNS,
    required: ['kind', 'name'],
    row: rowSchema,
  };
  const read = readRows(readCsv(text), spec);
  const p = new Problems();
  p.list.push(...read.problems);
  const schoolYear = readSchoolYear(read.values, organizationId, p);
  const ids = new Set<string>();
  const unique = (row: number, id: string, column: PlanColumn) => {
    if (ids.has(id)) p.add(row, column, 'duplicateId');
    ids.add(id);
  };
  if (schoolYear !== null) ids.add(schoolYear.id);

  const schools: School[] = [];
  for (const { row, value } of read.values.filter((r) => r.value.kind === 'school')) {
    if (value.name === '') p.add(row, 'name', 'required');
    const grades = p.cell(row, 'grades', gradesCell(false), value.grades);
    const id = value.id !== '' ? value.id : `school-${slug(value.name)}`;
    unique(row, id, value.id !== '' ? 'id' : 'name');
    const school: School = {
      id: schoolId(id),
      organizationId,
      name: value.name,
      grades: grades ?? [],
    };
    if (value.name !== '' && grades !== null && p.check(row, 'name', 'school', school))
      schools.push(school);
  }

  const known = [...schools, ...existingSchools];
  const groups: Group[] = [];
  for (const { row, value } of read.values.filter((r) => r.value.kind === 'class')) {
    if (value.name === '') p.add(row, 'name', 'required');
    const key = value.school.toLowerCase();
    const school =
      known.find((s) => s.id === value.school) ?? known.find((s) => s.name.toLowerCase() === key);
    if (school === undefined)
      p.add(row, 'school', value.school === '' ? 'required' : 'unknownSchool');
    const grades = p.cell(row, 'grades', gradesCell(true), value.grades);
    if (school === undefined || schoolYear === null || grades === null || value.name === '')
      continue;
    const id =
      value.id !== ''
        ? value.id
        : `g-${schoolYear.startYear}-${slug(school.name)}-${slug(value.name)}`;
    unique(row, id, value.id !== '' ? 'id' : 'name');
    const group: Group = {
      id: groupId(id),
      schoolId: school.id satisfies SchoolId,
      schoolYearId: schoolYear.id,
      name: value.name,
      grades,
    };
    if (p.check(row, 'name', 'group', group)) groups.push(group);
  }
  return resultOf({ schoolYear, schools, groups }, p.list);
}
