import { describe, expect, it } from 'vitest';
import { templateId, themeId, type TemplateId } from '../ids';
import type { TaskTemplate, Theme } from '../model';
import type { Month } from '../timing-rule';
import { filterTemplates, NO_FILTER, sortThemes, type TemplateFilter } from './template-filter';

function template(id: string, overrides: Partial<TaskTemplate>): TaskTemplate {
  return {
    id: templateId(id),
    title: { fi: id, sv: id, en: id },
    description: { fi: '', sv: '', en: '' },
    themeId: null,
    grades: [1],
    scope: 'class',
    responsible: ['classTeacher'],
    timing: { kind: 'isoWeek', week: 45 },
    materials: [],
    ...overrides,
  };
}

const templates = [
  template('a', {
    title: { fi: 'Kiusaamiskysely', sv: 'Mobbningsenkät', en: '' },
    description: { fi: 'Kysely kaikille luokille', sv: '', en: '' },
    grades: [3, 4],
    themeId: themeId('th-safety'),
  }),
  template('b', {
    title: { fi: 'Terveystarkastus', sv: 'Hälsokontroll', en: 'Health check' },
    scope: 'school',
    responsible: ['nurse'],
    grades: [1],
  }),
  template('c', {
    title: { fi: 'Ryhmäytys', sv: 'Gruppbildning', en: 'Group building' },
    grades: [7],
    retiredFrom: 2026,
  }),
];
const months = new Map<TemplateId, ReadonlySet<Month>>([
  [templateId('a'), new Set<Month>([10, 11])],
  [templateId('b'), new Set<Month>([3])],
  [templateId('c'), new Set<Month>([8])],
]);

describe('filterTemplates', () => {
  const cases: {
    name: string;
    filter: Partial<TemplateFilter>;
    language?: 'fi' | 'sv' | 'en';
    year?: number;
    ids: string[];
  }[] = [
    { name: 'nothing: all in use, by title', filter: {}, ids: ['a', 'b'] },
    { name: 'retired ones too when asked', filter: { showRetired: true }, ids: ['a', 'c', 'b'] },
    { name: 'a year before the retirement lists it', filter: {}, year: 2025, ids: ['a', 'c', 'b'] },
    {
      name: 'words in the description, any case',
      filter: { text: 'KAIKILLE luokille' },
      ids: ['a'],
    },
    {
      name: 'words in the current language only',
      filter: { text: 'hälso' },
      language: 'sv',
      ids: ['b'],
    },
    {
      name: 'a Finnish word in Swedish finds nothing',
      filter: { text: 'kysely' },
      language: 'sv',
      ids: [],
    },
    { name: 'grade', filter: { grade: 4 }, ids: ['a'] },
    { name: 'theme', filter: { themeId: themeId('th-safety') }, ids: ['a'] },
    { name: 'no theme', filter: { themeId: 'none' }, ids: ['b'] },
    { name: 'scope', filter: { scope: 'school' }, ids: ['b'] },
    { name: 'responsible role', filter: { responsible: 'nurse' }, ids: ['b'] },
    { name: 'month', filter: { month: 11 }, ids: ['a'] },
    { name: 'filters together', filter: { month: 3, grade: 4 }, ids: [] },
    {
      name: 'untranslated titles last in English',
      filter: { showRetired: true },
      language: 'en',
      ids: ['c', 'b', 'a'],
    },
  ];
  it.each(cases)('$name', ({ filter, language = 'fi', year = 2026, ids }) => {
    const found = filterTemplates(templates, { ...NO_FILTER, ...filter }, language, months, year);
    expect(found.map((t) => t.id)).toEqual(ids);
  });
});

describe('sortThemes', () => {
  const theme = (id: string, fi: string, order?: number): Theme => ({
    id: themeId(id),
    name: { fi, sv: fi, en: fi },
    color: '#1d6a96',
    ...(order === undefined ? {} : { order }),
  });
  it('by order, then unordered ones by name', () => {
    const sorted = sortThemes(
      [theme('x', 'Öljy'), theme('y', 'Aalto'), theme('z', 'Zeta', 2), theme('w', 'Beta', 1)],
      'fi',
    );
    expect(sorted.map((t) => t.id)).toEqual(['w', 'z', 'y', 'x']);
  });
});
