import { describe, expect, it } from 'vitest';
import { themeId } from '../ids';
import {
  draftFromTheme,
  validateThemeDraft,
  type ThemeDraft,
  type ThemeErrors,
} from './theme-draft';

const ID = themeId('theme-x');
const valid: ThemeDraft = {
  name: { fi: ' Turvallisuus ', sv: 'Trygghet', en: '' },
  color: '#C62828',
  order: '3',
};

describe('validateThemeDraft', () => {
  it('gives the theme: names trimmed, the palette colour as the palette spells it, the order', () => {
    expect(validateThemeDraft(valid, ID)).toEqual({
      ok: true,
      theme: {
        id: ID,
        name: { fi: 'Turvallisuus', sv: 'Trygghet', en: '' },
        color: '#c62828',
        order: 3,
      },
    });
  });
  it('leaves the order out when it is empty', () => {
    const result = validateThemeDraft({ ...valid, order: ' ' }, ID);
    expect(result.ok && 'order' in result.theme).toBe(false);
  });
  const cases: { name: string; draft: Partial<ThemeDraft>; errors: ThemeErrors }[] = [
    {
      name: 'no Finnish name',
      draft: { name: { fi: '', sv: 'a', en: 'b' } },
      errors: { 'name.fi': { code: 'required' } },
    },
    {
      name: 'too long an English name',
      draft: { name: { fi: 'a', sv: '', en: 'x'.repeat(201) } },
      errors: { 'name.en': { code: 'tooLong', max: 200 } },
    },
    {
      name: 'a colour outside the palette',
      draft: { color: '#ffbf47' },
      errors: { color: { code: 'notInPalette' } },
    },
    {
      name: 'a negative order',
      draft: { order: '-1' },
      errors: { order: { code: 'outOfRange', min: 0, max: 10000 } },
    },
    {
      name: 'a fractional order',
      draft: { order: '1.5' },
      errors: { order: { code: 'outOfRange', min: 0, max: 10000 } },
    },
    {
      name: 'too big an order',
      draft: { order: '10001' },
      errors: { order: { code: 'outOfRange', min: 0, max: 10000 } },
    },
  ];
  it.each(cases)('$name', ({ draft, errors }) => {
    expect(validateThemeDraft({ ...valid, ...draft }, ID)).toEqual({ ok: false, errors });
  });
  it('reads a stored theme back', () => {
    expect(draftFromTheme({ id: ID, name: valid.name, color: '#1d6a96' })).toEqual({
      name: valid.name,
      color: '#1d6a96',
      order: '',
    });
  });
});
