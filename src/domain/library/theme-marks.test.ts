import { describe, expect, it } from 'vitest';
import { themeId } from '../ids';
import type { Theme } from '../model';
import { themeMarks, themeMarksOf } from './theme-marks';

const theme = (id: string, order?: number, fi = id): Theme => ({
  id: themeId(id),
  name: { fi, sv: `sv ${fi}`, en: `en ${fi}` },
  color: '#1d4e89',
  ...(order === undefined ? {} : { order }),
});

describe('themeMarks', () => {
  it('marks themes A, B, C... in their order, then AA, AB past Z', () => {
    const themes = Array.from({ length: 28 }, (_, i) => theme(`th-${i}`));
    const marks = themeMarks(themes);
    expect([0, 1, 25, 26, 27].map((i) => marks.get(themeId(`th-${i}`)))).toEqual([
      'A',
      'B',
      'Z',
      'AA',
      'AB',
    ]);
  });

  it('in the themes’ own order, then their Finnish names, whatever order they come in', () => {
    const themes = [
      theme('c', undefined, 'Ystävyys'),
      theme('b', 2),
      theme('a', 1),
      theme('d', undefined, 'Arki'),
    ];
    const marks = themeMarksOf(themes);
    expect(['a', 'b', 'd', 'c'].map((id) => marks.get(themeId(id)))).toEqual(['A', 'B', 'C', 'D']);
    expect(themeMarksOf([...themes].reverse())).toEqual(marks);
  });
});
