/**
 * The wheel's choices in its address (`/wheel?year=sy-2026&class=g-2026-3a&rings=theme`), so a
 * reload, a bookmark or a shared link shows the same wheel. Values are checked against the data
 * by the view; here only their form.
 */
import type { GroupId, SchoolId, SchoolYearId, ThemeId } from '@/domain/ids';
import { GRADES, RESPONSIBLE_ROLES, type Grade, type ResponsibleRole } from '@/domain/model';
import { NO_FILTER, type RingMode, type WheelFilter } from '@/domain/wheel/wheel-entries';

export interface WheelParams {
  /** The school year asked for; null: the current one. */
  readonly year: SchoolYearId | null;
  readonly filter: WheelFilter;
  readonly mode: RingMode;
}

/** Reads the address's search part ('?a=b' or 'a=b'); anything malformed counts as not given. */
export function parseWheelSearch(search: string): WheelParams {
  const q = new URLSearchParams(search);
  const text = (name: string) => q.get(name) || null;
  const grade = Number(q.get('grade') ?? NaN);
  const role = q.get('role');
  return {
    year: text('year') as SchoolYearId | null,
    filter: {
      schoolId: text('school') as SchoolId | null,
      groupId: text('class') as GroupId | null,
      grade:
        (GRADES as readonly number[]).includes(grade) && q.get('grade') !== ''
          ? (grade as Grade)
          : null,
      themeId: text('theme') as ThemeId | null,
      role: (RESPONSIBLE_ROLES as readonly string[]).includes(role ?? '')
        ? (role as ResponsibleRole)
        : null,
    },
    mode: q.get('rings') === 'theme' ? 'theme' : 'grade',
  };
}

/** The address of `params`: `/wheel`, with only the choices made. */
export function wheelHref(params: WheelParams): string {
  const q = new URLSearchParams();
  const { filter } = params;
  if (params.year) q.set('year', params.year);
  if (filter.schoolId) q.set('school', filter.schoolId);
  if (filter.groupId) q.set('class', filter.groupId);
  if (filter.grade !== null) q.set('grade', String(filter.grade));
  if (filter.themeId) q.set('theme', filter.themeId);
  if (filter.role) q.set('role', filter.role);
  if (params.mode !== 'grade') q.set('rings', params.mode);
  const search = q.toString();
  return search ? `/wheel?${search}` : '/wheel';
}

export const DEFAULT_WHEEL_PARAMS: WheelParams = { year: null, filter: NO_FILTER, mode: 'grade' };
