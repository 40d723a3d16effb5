/** The library editor's optional fields on the wire: older rows without them stay valid. */
import { describe, expect, it } from 'vitest';
import { ROW_SCHEMAS } from './row-schemas';

const template = {
  id: 'tpl-x',
  title: { fi: 'Kysely', sv: '', en: '' },
  description: { fi: '', sv: '', en: '' },
  themeId: null,
  grades: [3],
  scope: 'class',
  responsible: ['classTeacher'],
  timing: { kind: 'isoWeek', week: 45 },
  materials: [],
};
const theme = { id: 'theme-x', name: { fi: 'Teema', sv: '', en: '' }, color: '#1d6a96' };

describe('TaskTemplate.retiredFrom and Theme.order', () => {
  it.each([
    ['a template without retiredFrom', 'template', template, true],
    ['retiredFrom null', 'template', { ...template, retiredFrom: null }, true],
    ['retiredFrom 2027', 'template', { ...template, retiredFrom: 2027 }, true],
    ['retiredFrom 2027.5', 'template', { ...template, retiredFrom: 2027.5 }, false],
    ['retiredFrom as text', 'template', { ...template, retiredFrom: '2027' }, false],
    ['a theme without order', 'theme', theme, true],
    ['order 0', 'theme', { ...theme, order: 0 }, true],
    ['order -1', 'theme', { ...theme, order: -1 }, false],
    ['order null', 'theme', { ...theme, order: null }, false],
  ] as const)('%s: valid %s', (_name, entity, row, valid) => {
    expect(ROW_SCHEMAS[entity].safeParse(row).success).toBe(valid);
  });
});
