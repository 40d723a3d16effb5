/** The theme form's draft and its validation (field-level error codes, like template-draft.ts). */
import type { ThemeId } from '../ids';
import { LANGUAGES, type Localized, type Theme } from '../model';
import { NAME_MAX_LENGTH } from '../sync/row-schemas';
import type { DraftError } from './template-draft';
import { paletteEntry, THEME_PALETTE } from './theme-palette';

export interface ThemeDraft {
  readonly name: Localized;
  readonly color: string;
  /** A whole number, or empty for no order. */
  readonly order: string;
}

export type ThemeField = `name.${keyof Localized}` | 'color' | 'order';
export type ThemeErrors = Partial<Record<ThemeField, DraftError>>;

/** The order fields appear in the form, so the first error can be focused. */
export const THEME_FIELD_ORDER: readonly ThemeField[] = [
  'name.fi',
  'name.sv',
  'name.en',
  'color',
  'order',
];

/** The largest order number (the row schema's bound). */
export const THEME_ORDER_MAX = 10_000;

export function emptyThemeDraft(): ThemeDraft {
  return { name: { fi: '', sv: '', en: '' }, color: THEME_PALETTE[0].color, order: '' };
}

export function draftFromTheme(theme: Theme): ThemeDraft {
  return {
    name: theme.name,
    color: theme.color,
    order: theme.order === undefined ? '' : String(theme.order),
  };
}

/**
 * The theme the draft describes, or an error per wrong field: a Finnish name (Swedish and English
 * may wait for their translation), names within the length bound, a palette colour, and an order
 * that is empty or a whole number from 0 to THEME_ORDER_MAX.
 */
export function validateThemeDraft(
  draft: ThemeDraft,
  id: ThemeId,
): { ok: true; theme: Theme } | { ok: false; errors: ThemeErrors } {
  const errors: ThemeErrors = {};
  if (draft.name.fi.trim() === '') errors['name.fi'] = { code: 'required' };
  for (const lang of LANGUAGES) {
    if (draft.name[lang].trim().length > NAME_MAX_LENGTH)
      errors[`name.${lang}`] = { code: 'tooLong', max: NAME_MAX_LENGTH };
  }
  const palette = paletteEntry(draft.color);
  if (palette === null) errors.color = { code: 'notInPalette' };
  const orderText = draft.order.trim();
  let order: number | undefined;
  if (orderText !== '') {
    order = /^\d+$/.test(orderText) ? Number(orderText) : Number.NaN;
    if (!(order >= 0 && order <= THEME_ORDER_MAX))
      errors.order = { code: 'outOfRange', min: 0, max: THEME_ORDER_MAX };
  }
  if (Object.keys(errors).length > 0 || palette === null) return { ok: false, errors };
  const name = { fi: draft.name.fi.trim(), sv: draft.name.sv.trim(), en: draft.name.en.trim() };
  return {
    ok: true,
    theme: { id, name, color: palette.color, ...(order === undefined ? {} : { order }) },
  };
}
