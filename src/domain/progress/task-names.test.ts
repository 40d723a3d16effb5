import { describe, expect, it } from 'vitest';
import { templateId } from '../ids';
import type { Grade, TaskTemplate } from '../model';
import { distinctTaskNames } from './task-names';

const template = (id: string, title: string, grades: Grade[]): TaskTemplate => ({
  id: templateId(id),
  title: { fi: title, sv: title, en: title },
  description: { fi: '', sv: '', en: '' },
  themeId: null,
  grades,
  scope: 'class',
  responsible: ['classTeacher'],
  timing: { kind: 'month', month: 11, part: 'whole' },
  materials: [],
});

describe('distinctTaskNames', () => {
  const words = [(t: TaskTemplate) => t.title.fi, (g: readonly Grade[]) => g.join('/')] as const;

  it('adds the grades to the titles several tasks share, and only to those', () => {
    const names = distinctTaskNames(
      [
        template('a', 'Lapsen oikeuksien viikko', [1, 2, 3, 4, 5, 6]),
        template('b', 'Lapsen oikeuksien viikko', [7, 8, 9]),
        template('c', 'Kouluterveyskysely', [8]),
      ],
      ...words,
    );
    expect([...names]).toEqual([
      ['a', 'Lapsen oikeuksien viikko (1/2/3/4/5/6)'],
      ['b', 'Lapsen oikeuksien viikko (7/8/9)'],
      ['c', 'Kouluterveyskysely'],
    ]);
  });

  it('compares the titles in the language asked for', () => {
    const names = distinctTaskNames(
      [template('a', 'Sama', [1]), template('b', 'Sama', [2])],
      (t) => `${t.title.sv} ${t.id}`,
      words[1],
    );
    expect([...names.values()]).toEqual(['Sama a', 'Sama b']);
  });
});
