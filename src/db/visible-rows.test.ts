import { describe, expect, it } from 'vitest';
import type { Entity } from '@/domain/entities';
import { fieldsOf } from './server-rows';
import { buildGroup, buildSchool, buildTemplate } from './test-fixtures';
import { movesSchedules } from './visible-rows';

const template = buildTemplate();
const school = buildSchool();
const group = buildGroup();

describe('movesSchedules', () => {
  // Each change: its entity, the row before and after (null: none).
  it.each([
    [
      'a template’s title edited',
      'template',
      template,
      { ...template, title: { fi: 'Uusi', sv: 'Ny', en: 'New' } },
      false,
    ],
    [
      'its description, responsible roles and materials',
      'template',
      template,
      {
        ...template,
        description: { fi: '', sv: '', en: '' },
        responsible: ['principal'],
        materials: [{ title: 'Opas', url: 'https://example.org' }],
      },
      false,
    ],
    [
      'its title and its timing',
      'template',
      template,
      {
        ...template,
        title: { fi: 'Uusi', sv: 'Ny', en: 'New' },
        timing: { kind: 'isoWeek', week: 40 },
      },
      true,
    ],
    ['its grades', 'template', template, { ...template, grades: [1] }, true],
    [
      'its theme (an action carries it)',
      'template',
      template,
      { ...template, themeId: null },
      true,
    ],
    [
      'a break shift set where there was none',
      'template',
      template,
      { ...template, breakShift: 'before' },
      true,
    ],
    ['a template added', 'template', null, template, true],
    ['a template removed', 'template', template, null, true],
    ['nothing changed', 'template', template, { ...template }, false],
    [
      'a school renamed, its tracking started',
      'school',
      school,
      { ...school, name: 'Uusi koulu', trackingFrom: '2026-10-01' },
      false,
    ],
    ['a school’s grades', 'school', school, { ...school, grades: [1, 2] }, true],
    ['a class renamed', 'group', group, { ...group, name: '1B' }, false],
    ['a class moved to another school', 'group', group, { ...group, schoolId: 'other' }, true],
    [
      'a theme (no schedule reads one)',
      'theme',
      { id: 'th', name: 'a' },
      { id: 'th', name: 'b' },
      false,
    ],
  ] as const)('%s (%s)', (_, entity, before, after, moves) => {
    expect(
      movesSchedules({
        entity: entity as Entity,
        id: 'x',
        before: before && fieldsOf(before),
        after: after && fieldsOf(after),
      }),
    ).toBe(moves);
  });
});
