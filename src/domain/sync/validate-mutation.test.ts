import { describe, expect, it } from 'vitest';
import { ENTITIES, type Entity } from '../entities';
import { ROW_SCHEMAS } from './row-schemas';
import { validateMutation } from './validate-mutation';

/** One valid whole row of each entity. */
const ROWS: Record<Entity, Record<string, unknown>> = {
  organization: { id: 'org-1', name: 'Jämsä' },
  school: { id: 's-1', organizationId: 'org-1', name: 'Keskuskoulu', grades: [0, 1, 2] },
  schoolYear: {
    id: 'sy-2026',
    organizationId: 'org-1',
    startYear: 2026,
    firstDay: '2026-08-12',
    lastDay: '2027-06-05',
    breaks: [{ kind: 'autumn', start: '2026-10-12', end: '2026-10-16' }],
    extraDaysOff: [],
    extraSchoolDays: ['2027-06-05'],
  },
  group: { id: 'g-1a', schoolId: 's-1', schoolYearId: 'sy-2026', name: '1A', grades: [1] },
  theme: { id: 'th-1', name: { fi: 'Teema', sv: 'Tema', en: 'Theme' }, color: '#1d6a96' },
  template: {
    id: 'tpl-1',
    title: { fi: 'T', sv: 'T', en: 'T' },
    description: { fi: '', sv: '', en: '' },
    themeId: null,
    grades: [1, 2],
    scope: 'class',
    responsible: ['classTeacher'],
    timing: {
      kind: 'everyNthYear',
      every: 2,
      remainder: 1,
      rule: { kind: 'month', month: 3, part: 'whole' },
    },
    materials: [{ label: 'THL', url: 'https://thl.fi/' }],
  },
  adjustment: {
    id: 's-1.adj.tpl-1',
    schoolId: 's-1',
    templateId: 'tpl-1',
    kind: 'move',
    timing: { kind: 'month', month: 10, part: 'whole' },
  },
  progress: {
    actionId: 'sy-2026~g:g-1a~tpl-1~m03',
    state: 'done',
    day: '2027-03-02',
    by: 'Opettaja',
    note: '',
  },
};

function create(entity: Entity, overrides: Record<string, unknown> = {}) {
  const row = ROWS[entity];
  const key = entity === 'progress' ? 'actionId' : 'id';
  return { id: 1, entity, entityId: row[key], op: 'create', patch: { ...row, ...overrides } };
}

describe('validateMutation', () => {
  it.each(ENTITIES)('accepts a whole %s row and takes the key out of the patch', (entity) => {
    expect(ROW_SCHEMAS[entity].safeParse(ROWS[entity]).success).toBe(true);
    const result = validateMutation(create(entity));
    const key = entity === 'progress' ? 'actionId' : 'id';
    const rest = Object.fromEntries(Object.entries(ROWS[entity]).filter(([k]) => k !== key));
    expect(result).toEqual({
      ok: true,
      mutation: { id: 1, entity, entityId: ROWS[entity][key], op: 'create', patch: rest, base: {} },
    });
  });

  it.each<[string, unknown, boolean]>([
    ['without breakShift (a row of an older client)', undefined, true],
    ['moving before a break', 'before', true],
    ['moving after a break', 'after', true],
    ['an unknown direction', 'sideways', false],
    ['null', null, false],
  ])('takes a template %s', (_name, breakShift, ok) => {
    const row = breakShift === undefined ? ROWS.template : { ...ROWS.template, breakShift };
    expect(ROW_SCHEMAS.template.safeParse(row).success).toBe(ok);
  });

  it.each<[string, unknown, boolean]>([
    ['without a rating (a record from before ratings)', undefined, true],
    ['rated well', 'well', true],
    ['rated partly', 'partly', true],
    ['rated as not working', 'not', true],
    ['with its rating cleared', null, true],
    ['with an unknown rating', 'great', false],
    ['with a rating of another type', 1, false],
  ])('takes a progress record %s', (_name, rating, ok) => {
    const row = rating === undefined ? ROWS.progress : { ...ROWS.progress, rating };
    expect(ROW_SCHEMAS.progress.safeParse(row).success).toBe(ok);
    const patch = { ...create('progress'), op: 'patch', patch: { rating } };
    if (rating !== undefined) expect(validateMutation(patch).ok).toBe(ok);
  });

  it('accepts a patch of a few fields with a base, and a delete without a patch', () => {
    expect(
      validateMutation({
        id: 7,
        entity: 'progress',
        entityId: 'sy~org~t~',
        op: 'patch',
        patch: { note: 'ok' },
        base: { note: 3 },
      }),
    ).toEqual({
      ok: true,
      mutation: {
        id: 7,
        entity: 'progress',
        entityId: 'sy~org~t~',
        op: 'patch',
        patch: { note: 'ok' },
        base: { note: 3 },
      },
    });
    expect(
      validateMutation({
        id: 8,
        entity: 'group',
        entityId: 'g-1',
        op: 'delete',
        base: { deleted: 4 },
      }),
    ).toMatchObject({
      ok: true,
    });
  });

  it.each([
    // A school row of an older client has no tracking start; a newer one sets or clears it.
    [{}, true],
    [{ trackingFrom: '2026-11-02' }, true],
    [{ trackingFrom: null }, true],
    [{ trackingFrom: '2026-02-30' }, false],
    [{ trackingFrom: '2.11.2026' }, false],
  ])('a school with %j is valid: %s', (overrides, valid) => {
    expect(validateMutation(create('school', overrides)).ok).toBe(valid);
  });

  const hostile = JSON.parse(
    '{"id":1,"entity":"theme","entityId":"th-1","op":"patch","patch":{"__proto__":{"x":1}}}',
  );
  const deep = {
    id: 1,
    entity: 'theme',
    entityId: 'th-1',
    op: 'patch',
    patch: { name: {} as Record<string, unknown> },
  };
  let level = deep.patch.name;
  for (let i = 0; i < 20; i++) level = level['a'] = {};

  it.each<[string, { id: number } & Record<string, unknown>, string]>([
    ['__proto__ in a patch', hostile, 'HostileKey'],
    ['constructor in a patch', { ...create('theme'), patch: { constructor: 1 } }, 'HostileKey'],
    ['constructor in base', { ...create('theme'), base: { constructor: 1 } }, 'HostileKey'],
    ['deep nesting', deep, 'TooDeep'],
    ['unknown entity', { ...create('theme'), entity: 'pupil' }, 'UnknownEntity'],
    ['entity of the wrong type', { ...create('theme'), entity: 3 }, 'UnknownEntity'],
    ['unknown op', { ...create('theme'), op: 'upsert' }, 'InvalidOp'],
    ['an unknown envelope field', { ...create('theme'), extra: true }, 'UnknownField'],
    ['entityId a number', { ...create('theme'), entityId: 5 }, 'InvalidId'],
    [
      'a 10 kB id',
      { ...create('theme', { id: 'x'.repeat(10_000) }), entityId: 'x'.repeat(10_000) },
      'InvalidId',
    ],
    ['a url-unsafe id', { ...create('theme', { id: 'a/b?c' }), entityId: 'a/b?c' }, 'InvalidId'],
    [
      'an id with the action separator',
      { ...create('theme', { id: 'a~b' }), entityId: 'a~b' },
      'InvalidId',
    ],
    [
      'a progress id that is no action id',
      { ...create('progress', { actionId: 'p1' }), entityId: 'p1' },
      'InvalidId',
    ],
    ['key field differing from entityId', create('theme', { id: 'th-2' }), 'IdMismatch'],
    ['seq in a patch', { ...create('theme'), op: 'patch', patch: { seq: 99 } }, 'ServerOnlyField'],
    [
      'fieldSeq in a patch',
      { ...create('theme'), op: 'patch', patch: { fieldSeq: {} } },
      'ServerOnlyField',
    ],
    [
      'updatedBy in a patch',
      { ...create('theme'), op: 'patch', patch: { updatedBy: 'x' } },
      'ServerOnlyField',
    ],
    ['updatedAt in progress', create('progress', { updatedAt: 1 }), 'ServerOnlyField'],
    ['an unknown field', create('theme', { icon: 'x' }), 'UnknownField'],
    ['a field of another entity', create('group', { color: '#fff' }), 'UnknownField'],
    [
      'a create missing a field',
      { ...create('theme'), patch: { id: 'th-1', color: '#fff' } },
      'InvalidField',
    ],
    ['a wrong type', create('school', { grades: '1,2' }), 'InvalidField'],
    ['a grade out of range', create('school', { grades: [10] }), 'InvalidField'],
    ['a repeated grade', create('school', { grades: [1, 1] }), 'InvalidField'],
    ['a blank name', create('school', { name: '   ' }), 'InvalidField'],
    ['a bad date', create('progress', { day: '2027-02-30' }), 'InvalidField'],
    ['a note over 500 characters', create('progress', { note: 'x'.repeat(501) }), 'InvalidField'],
    [
      'a personal identity code in a note',
      create('progress', { note: 'Soitettu, hetu 131052-308T' }),
      'PersonalData',
    ],
    [
      'a personal identity code with a wrong check character in a patched note',
      { ...create('progress'), op: 'patch', patch: { note: '131052-308A' } },
      'PersonalData',
    ],
    ['a CSS-breaking colour', create('theme', { color: 'red;}' }), 'InvalidField'],
    [
      'a javascript: link',
      create('template', { materials: [{ label: 'x', url: 'javascript:alert(1)' }] }),
      'InvalidField',
    ],
    [
      'a nested everyNthYear',
      create('template', {
        timing: {
          kind: 'everyNthYear',
          every: 2,
          remainder: 0,
          rule: {
            kind: 'everyNthYear',
            every: 2,
            remainder: 0,
            rule: { kind: 'isoWeek', week: 1 },
          },
        },
      }),
      'InvalidField',
    ],
    [
      'a missing localized language',
      create('theme', { name: { fi: 'x', sv: 'x' } }),
      'InvalidField',
    ],
    [
      'a create without a patch',
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'create' },
      'InvalidPatch',
    ],
    ['a patch that is an array', { ...create('theme'), op: 'patch', patch: [1] }, 'InvalidPatch'],
    ['a delete with a patch', { ...create('theme'), op: 'delete' }, 'InvalidPatch'],
    ['a base naming an unknown field', { ...create('theme'), base: { icon: 1 } }, 'InvalidBase'],
    ['a negative base', { ...create('theme'), base: { color: -1 } }, 'InvalidPatch'],
  ])('rejects %s', (_name, raw, code) => {
    expect(validateMutation(raw)).toMatchObject({ ok: false, code });
  });
});

describe('personal data', () => {
  it.each(['Tehty 13.10.2052 klo 8.15', 'Luokka 3A, 25 oppilasta, huone 308', 'Viite 131052308T'])(
    'accepts a note without an identity code: %s',
    (note) => {
      expect(validateMutation(create('progress', { note }))).toMatchObject({ ok: true });
    },
  );
});
