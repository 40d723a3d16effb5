/**
 * The progress view's choices as they travel in the address (`/progress?year=sy-2026&school=…
 * &level=5&theme=…&month=11&role=nurse`), so a view can be bookmarked, sent and reloaded. A value
 * that is not one of its kind is ignored (the choice falls back to all), never an error.
 */
import type { SchoolId, SchoolYearId, ThemeId } from '@/domain/ids';
import { GRADES, RESPONSIBLE_ROLES, type ResponsibleRole } from '@/domain/model';
import { LEVELS, type Level } from '@/domain/progress/progress-filter';
import type { Month } from '@/domain/timing-rule';

export interface ProgressChoices {
  /** Null: the school year holding today. */
  readonly year: SchoolYearId | null;
  /** Null: every school in view. */
  readonly school: SchoolId | null;
  readonly level: Level | null;
  readonly theme: ThemeId | 'none' | null;
  readonly month: Month | null;
  readonly role: ResponsibleRole | null;
}

export const NO_CHOICES: ProgressChoices = {
  year: null,
  school: null,
  level: null,
  theme: null,
  month: null,
  role: null,
};

/** The parameter each choice travels in. */
const PARAM = {
  year: 'year',
  school: 'school',
  level: 'level',
  theme: 'theme',
  month: 'month',
  role: 'role',
} as const satisfies Record<keyof ProgressChoices, string>;

function levelOf(text: string | null): Level | null {
  if (text === null) return null;
  const grade = GRADES.find((g) => String(g) === text);
  if (grade !== undefined) return grade;
  return LEVELS.find((l) => l === text) ?? null;
}

function monthOf(text: string | null): Month | null {
  const n = Number(text);
  return text !== null && /^(?:[1-9]|1[0-2])$/.test(text) ? (n as Month) : null;
}

/** Ids are taken as given (an unknown one chooses nothing that exists); blank ones as none. */
const idOf = (text: string | null) => (text === null || text.trim() === '' ? null : text);

/** The choices in `params`. */
export function choicesFrom(params: URLSearchParams): ProgressChoices {
  const role = params.get(PARAM.role);
  return {
    year: idOf(params.get(PARAM.year)) as SchoolYearId | null,
    school: idOf(params.get(PARAM.school)) as SchoolId | null,
    level: levelOf(params.get(PARAM.level)),
    theme: idOf(params.get(PARAM.theme)) as ThemeId | 'none' | null,
    month: monthOf(params.get(PARAM.month)),
    role: RESPONSIBLE_ROLES.find((r) => r === role) ?? null,
  };
}

/** The address parameters of `choices` (those left at all are left out), in a fixed order. */
export function paramsOf(choices: ProgressChoices): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAM) as (keyof ProgressChoices)[]) {
    const value = choices[key];
    if (value !== null) params.set(PARAM[key], String(value));
  }
  return params;
}
