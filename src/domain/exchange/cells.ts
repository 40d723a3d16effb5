/**
 * The cells of an imported spreadsheet, one zod schema per kind of cell: each reads the text a
 * spreadsheet holds and gives the model's value, or an issue whose message is a ProblemCode.
 * Lists inside a cell (grades, roles) are separated by spaces, commas or semicolons; what
 * cellsOf writes uses spaces, which no spreadsheet reads as a number or a date.
 */
import { z } from 'zod';
import { mustParseLocalDate, parseLocalDate, type LocalDate } from '../local-date';
import {
  GRADES,
  RESPONSIBLE_ROLES,
  type Grade,
  type MaterialLink,
  type ResponsibleRole,
} from '../model';
import { ID_MAX_LENGTH, ID_PATTERN } from '../sync/action-ids';
import { URL_MAX_LENGTH } from '../sync/row-schemas';
import type { ProblemCode } from './problems';

/** A zod check's message: the problem's code. */
const code = (c: ProblemCode) => c;

/** The items of a list cell: separated by spaces, commas or semicolons. */
function listItems(cell: string): string[] {
  return cell.split(/[\s,;]+/).filter((s) => s !== '');
}

/** Names of grade 0 (esiopetus) accepted besides '0'. */
const PRE_PRIMARY_NAMES = [
  'esi',
  'eskari',
  'esiopetus',
  'eo',
  'förskola',
  'fsk',
  'pre',
  'preprimary',
];

/** A grade: 0-9, or a name of esiopetus (esi, eskari, förskola, pre...). */
function parseGrade(item: string): Grade | null {
  const lower = item.toLowerCase();
  if (PRE_PRIMARY_NAMES.includes(lower)) return 0;
  return GRADES.find((g) => String(g) === lower) ?? null;
}

/** An optional id: blank, or what the sync accepts (letters, digits, '-', '_', '.'). */
export const idCell = z
  .string()
  .trim()
  .max(ID_MAX_LENGTH, code('badId'))
  .refine((s) => s === '' || ID_PATTERN.test(s), code('badId'));

/** Text that must not be blank, at most `max` characters. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, code('required')).max(max, code('tooLong'));

/** Text that may be blank, at most `max` characters (kept as written, line breaks too). */
export const optionalText = (max: number) => z.string().max(max, code('tooLong'));

/** Grades written '0 1 2' (or 'esi, 1, 2'), each once; `atLeastOne` for a class. */
export const gradesCell = (atLeastOne: boolean) =>
  z.string().transform((cell, ctx): Grade[] => {
    const grades = listItems(cell).map(parseGrade);
    const valid = grades.filter((g): g is Grade => g !== null);
    if (valid.length !== grades.length || new Set(valid).size !== valid.length) {
      ctx.addIssue({ code: 'custom', message: code('badGrades') });
    } else if (atLeastOne && valid.length === 0) {
      ctx.addIssue({ code: 'custom', message: code('required') });
    }
    return [...valid].sort((a, b) => a - b);
  });

/** Responsible roles as codes ('nurse classTeacher'), each once. */
export const rolesCell = z.string().transform((cell, ctx): ResponsibleRole[] => {
  const items = listItems(cell);
  const roles = items.flatMap((i) => RESPONSIBLE_ROLES.filter((r) => r === i));
  if (roles.length !== items.length || new Set(roles).size !== roles.length) {
    ctx.addIssue({ code: 'custom', message: code('badRoles') });
  }
  return roles;
});

const urlSchema = z.url({ protocol: /^https?$/ }).max(URL_MAX_LENGTH);

/** Materials, one a line: 'label | https://…' or a bare address. */
export const materialsCell = z.string().transform((cell, ctx): MaterialLink[] => {
  const lines = cell
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const links = lines.map((line): MaterialLink | null => {
    const bar = line.lastIndexOf('|');
    const label = bar < 0 ? '' : line.slice(0, bar).trim();
    const url = (bar < 0 ? line : line.slice(bar + 1)).trim();
    return urlSchema.safeParse(url).success && label.length <= 200 ? { label, url } : null;
  });
  if (links.some((l) => l === null) || links.length > 30) {
    ctx.addIssue({ code: 'custom', message: code('badMaterials') });
  }
  return links.filter((l): l is MaterialLink => l !== null);
});

/** Materials as materialsCell reads them. */
export function formatMaterials(materials: readonly MaterialLink[]): string {
  return materials.map((m) => (m.label === '' ? m.url : `${m.label} | ${m.url}`)).join('\n');
}

/** Grades as gradesCell reads them. */
export function formatGrades(grades: readonly Grade[]): string {
  return grades.join(' ');
}

/**
 * A calendar day written 2026-08-12, or as a Finnish spreadsheet shows it, 12.8.2026; null when
 * it is neither.
 */
function parseDay(cell: string): LocalDate | null {
  const s = cell.trim();
  const finnish = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  if (finnish === null) return parseLocalDate(s);
  const [, d = '', m = '', y = ''] = finnish;
  return parseLocalDate(`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`);
}

/** A required calendar day (see parseDay). */
export const dayCell = z.string().transform((cell, ctx): LocalDate => {
  const day = parseDay(cell);
  if (day === null) {
    ctx.addIssue({ code: 'custom', message: code(cell.trim() === '' ? 'required' : 'badDate') });
    return mustParseLocalDate('2000-01-01');
  }
  return day;
});

/** Lowercase ASCII letters, digits and dashes from a name: 'Yhtenäiskoulu 1–6' → 'yhtenaiskoulu-1-6'. */
export function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
