/**
 * The mark of each theme where colour alone would not do (paper printed in black and white, the
 * wheel's rings by theme): A, B, C... in the order given, then AA, AB... past Z. The same theme
 * has the same mark wherever the marks are made from the same themes.
 */
import type { ThemeId } from '../ids';
import type { Theme } from '../model';
import { sortThemes } from './template-filter';

export function themeMarks(themes: readonly Theme[]): ReadonlyMap<ThemeId, string> {
  const letter = (n: number) => String.fromCharCode(65 + n);
  return new Map(
    themes.map((theme, i) => [
      theme.id,
      i < 26 ? letter(i) : `${letter(Math.floor(i / 26) - 1)}${letter(i % 26)}`,
    ]),
  );
}

/**
 * The marks in the themes' own order (then their Finnish names), so that a theme keeps its mark
 * whatever the language and whichever themes a page or a wheel shows.
 */
export function themeMarksOf(themes: readonly Theme[]): ReadonlyMap<ThemeId, string> {
  return themeMarks(sortThemes(themes, 'fi'));
}
