import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '@/domain/model';
import { builtInThemes, categoryThemes, monthlyThemes, THEME } from './themes';

/** WCAG 2 relative luminance of '#rrggbb'. */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

describe('built-in themes', () => {
  it('has unique ids, and THEME names exactly the built-in themes', () => {
    const ids = builtInThemes.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(Object.values(THEME).sort());
  });

  it('has the ten monthly themes of Jämsä in school-year order, August to May', () => {
    expect(monthlyThemes.map((t) => t.id)).toEqual([
      'theme-08-community',
      'theme-09-friendship',
      'theme-10-mental-wellbeing',
      'theme-11-health',
      'theme-12-self-knowledge',
      'theme-01-equality',
      'theme-02-media',
      'theme-03-emotions',
      'theme-04-empathy',
      'theme-05-dreams',
    ]);
    expect(monthlyThemes.map((t) => t.name.fi)).toEqual([
      'Yhteisöllisyys',
      'Vuorovaikutus ja kaveritaidot',
      'Mielen hyvinvointi ja arjen taidot',
      'Hyvinvointi ja terveys',
      'Itsetuntemus ja itsetunto',
      'Tasa-arvo ja yhdenvertaisuus',
      'Media ja hyvinvointi',
      'Tunnetaidot',
      'Empatia ja myötätunto',
      'Unelmat ja haaveet',
    ]);
  });

  it('has category themes with ids that name no month', () => {
    expect(categoryThemes.length).toBeGreaterThanOrEqual(4);
    for (const theme of categoryThemes) expect(theme.id).not.toMatch(/^theme-\d/);
  });

  it('names every theme in every language, differently in Finnish and English', () => {
    for (const theme of builtInThemes) {
      for (const lang of LANGUAGES)
        expect(theme.name[lang].trim(), `${theme.id} ${lang}`).not.toBe('');
      expect(theme.name.fi, theme.id).not.toBe(theme.name.en);
      expect(theme.name.sv, theme.id).not.toBe(theme.name.en);
    }
  });

  it('uses distinct colours dark enough for white text (WCAG AA, 4.5:1)', () => {
    const colours = builtInThemes.map((t) => t.color);
    expect(new Set(colours).size).toBe(colours.length);
    for (const theme of builtInThemes) {
      expect(theme.color, theme.id).toMatch(/^#[0-9a-f]{6}$/);
      expect(contrastWithWhite(theme.color), theme.id).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('measures contrast correctly (the check itself can fail)', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 0);
    expect(contrastWithWhite('#ffff00')).toBeLessThan(4.5);
  });
});
