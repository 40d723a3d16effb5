/**
 * The library's search and filters in its address (`/library?q=kiusaaminen&grade=3&retired=1`),
 * so a reload, the Back button from a task or a shared link shows the same list. Values are
 * checked here for their form; the theme against the themes by the view.
 */
import type { ThemeId } from '@/domain/ids';
import { NO_FILTER, type TemplateFilter } from '@/domain/library/template-filter';
import {
  GRADES,
  RESPONSIBLE_ROLES,
  SCOPES,
  type Grade,
  type ResponsibleRole,
  type Scope,
} from '@/domain/model';
import { SCHOOL_YEAR_MONTHS } from '@/domain/schedule/resolve-window';
import type { Month } from '@/domain/timing-rule';

/** `value` when it is one of `allowed`, else null. */
function oneOf<T>(allowed: readonly T[], value: T | null): T | null {
  return value !== null && allowed.includes(value) ? value : null;
}

/** The filter an address's search part ('?a=b' or 'a=b') asks for; anything malformed: not given. */
export function parseLibrarySearch(search: string): TemplateFilter {
  const q = new URLSearchParams(search);
  const number = (name: string) => {
    const text = q.get(name);
    return text === null || text === '' ? null : Number(text);
  };
  return {
    text: q.get('q') ?? '',
    grade: oneOf<number>(GRADES, number('grade')) as Grade | null,
    themeId: (q.get('theme') || null) as ThemeId | 'none' | null,
    scope: oneOf<string>(SCOPES, q.get('scope')) as Scope | null,
    responsible: oneOf<string>(RESPONSIBLE_ROLES, q.get('role')) as ResponsibleRole | null,
    month: oneOf<number>(SCHOOL_YEAR_MONTHS, number('month')) as Month | null,
    showRetired: q.get('retired') === '1',
  };
}

/** The search part of `filter` ('q=…&grade=3', '' for none), only the choices made. */
export function librarySearch(filter: TemplateFilter): string {
  const q = new URLSearchParams();
  if (filter.text !== NO_FILTER.text) q.set('q', filter.text);
  if (filter.grade !== null) q.set('grade', String(filter.grade));
  if (filter.themeId !== null) q.set('theme', filter.themeId);
  if (filter.scope !== null) q.set('scope', filter.scope);
  if (filter.responsible !== null) q.set('role', filter.responsible);
  if (filter.month !== null) q.set('month', String(filter.month));
  if (filter.showRetired) q.set('retired', '1');
  return q.toString();
}

// The list's search as last shown in this tab: a task's or the themes' Back and Cancel return to
// the same list, also after a reload of the task's page (sessionStorage: this tab's only). Where
// storage is refused (a sandboxed frame), the page's memory.
const LAST_SEARCH_KEY = 'vuosikello.library.search';
let lastSearch = readStored();

function readStored(): string {
  try {
    return sessionStorage.getItem(LAST_SEARCH_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Remembers the list's search (librarySearch of its filter) for libraryHref. */
export function rememberLibrarySearch(search: string): void {
  lastSearch = search;
  try {
    sessionStorage.setItem(LAST_SEARCH_KEY, search);
  } catch {
    // Kept in the page's memory only.
  }
}

/** The library list as last shown, with `extra` parameters (e.g. `saved=<id>`). */
export function libraryHref(extra = ''): string {
  const search = [lastSearch, extra].filter((part) => part !== '').join('&');
  return search ? `/library?${search}` : '/library';
}
