import { describe, expect, it } from 'vitest';
import { templateId, themeId } from '../ids';
import type { TaskTemplate } from '../model';
import type { TimingRule } from '../timing-rule';
import {
  draftFromTemplate,
  emptyDraft,
  validateTemplateDraft,
  type DraftErrors,
  type TemplateDraft,
} from './template-draft';

const ID = templateId('tpl-new');

function draft(overrides: Partial<TemplateDraft> = {}): TemplateDraft {
  return {
    ...emptyDraft(2026),
    title: { fi: 'Kiusaamiskysely', sv: '', en: 'Bullying survey' },
    grades: [3],
    ...overrides,
  };
}

describe('validateTemplateDraft: the rule each form gives', () => {
  const cases: { name: string; draft: Partial<TemplateDraft>; timing: TimingRule }[] = [
    {
      name: 'a month',
      draft: { ruleKind: 'month', month: '12', part: 'firstHalf' },
      timing: { kind: 'month', month: 12, part: 'firstHalf' },
    },
    {
      name: 'an ISO week',
      draft: { ruleKind: 'isoWeek', week: ' 45 ' },
      timing: { kind: 'isoWeek', week: 45 },
    },
    {
      name: 'a school week',
      draft: { ruleKind: 'schoolWeek', term: 'spring', n: '3' },
      timing: { kind: 'schoolWeek', term: 'spring', n: 3 },
    },
    {
      name: '5 school days before the Christmas break',
      draft: {
        ruleKind: 'relative',
        anchor: 'breakStart:christmas',
        direction: 'before',
        offset: '5',
        length: '5',
      },
      timing: {
        kind: 'relative',
        anchor: { kind: 'breakStart', breakKind: 'christmas' },
        offsetSchoolDays: -5,
        lengthSchoolDays: 5,
      },
    },
    {
      name: 'from the start of the autumn term',
      draft: {
        ruleKind: 'relative',
        anchor: 'termStart:autumn',
        direction: 'after',
        offset: '0',
        length: '10',
      },
      timing: {
        kind: 'relative',
        anchor: { kind: 'termStart', term: 'autumn' },
        offsetSchoolDays: 0,
        lengthSchoolDays: 10,
      },
    },
    {
      name: 'a date range over the turn of the year',
      draft: {
        ruleKind: 'dateRange',
        rangeStartMonth: '12',
        rangeStartDay: '1',
        rangeEndMonth: '1',
        rangeEndDay: '31',
      },
      timing: { kind: 'dateRange', start: '12-01', end: '01-31' },
    },
    {
      name: 'every month listed, in school-year order, once each',
      draft: { ruleKind: 'everyMonth', months: [2, 9, 9, 11], part: 'secondHalf' },
      timing: { kind: 'everyMonth', months: [9, 11, 2], part: 'secondHalf' },
    },
    {
      name: 'every second year from 2027 (odd years) around a month',
      draft: {
        ruleKind: 'month',
        month: '3',
        part: 'whole',
        everyNthYear: true,
        every: '2',
        fromYear: '2027',
      },
      timing: {
        kind: 'everyNthYear',
        every: 2,
        remainder: 1,
        rule: { kind: 'month', month: 3, part: 'whole' },
      },
    },
  ];
  it.each(cases)('$name', ({ draft: d, timing }) => {
    const result = validateTemplateDraft(draft(d), ID);
    expect(result).toMatchObject({ ok: true, template: { id: ID, timing } });
  });

  it('keeps the fields the form does not edit, and trims the texts', () => {
    const result = validateTemplateDraft(
      draft({
        title: { fi: ' Kysely ', sv: '', en: '' },
        grades: [5, 3, 5],
        themeId: themeId('th-1'),
      }),
      ID,
      { materials: [{ label: 'Ohje', url: 'https://example.fi' }], retiredFrom: 2027 },
    );
    expect(result).toEqual({
      ok: true,
      template: {
        id: ID,
        title: { fi: 'Kysely', sv: '', en: '' },
        description: { fi: '', sv: '', en: '' },
        themeId: 'th-1',
        grades: [3, 5],
        scope: 'class',
        responsible: ['classTeacher'],
        timing: { kind: 'month', month: 9, part: 'whole' },
        materials: [{ label: 'Ohje', url: 'https://example.fi' }],
        retiredFrom: 2027,
      },
    });
  });
});

describe('validateTemplateDraft: errors per field, and no template', () => {
  const cases: { name: string; draft: Partial<TemplateDraft>; errors: DraftErrors }[] = [
    {
      name: 'no Finnish title',
      draft: { title: { fi: '  ', sv: 'Enkät', en: '' } },
      errors: { 'title.fi': { code: 'required' } },
    },
    {
      name: 'too long a Swedish title',
      draft: { title: { fi: 'a', sv: 'x'.repeat(301), en: '' } },
      errors: { 'title.sv': { code: 'tooLong', max: 300 } },
    },
    {
      name: 'no grade and no role',
      draft: { grades: [], responsible: [] },
      errors: { grades: { code: 'noneChosen' }, responsible: { code: 'noneChosen' } },
    },
    {
      name: 'week 54',
      draft: { ruleKind: 'isoWeek', week: '54' },
      errors: { week: { code: 'outOfRange', min: 1, max: 53 } },
    },
    {
      name: 'an empty week',
      draft: { ruleKind: 'isoWeek', week: '' },
      errors: { week: { code: 'required' } },
    },
    {
      name: 'a week with a decimal',
      draft: { ruleKind: 'isoWeek', week: '4.5' },
      errors: { week: { code: 'outOfRange', min: 1, max: 53 } },
    },
    {
      name: 'school week 0',
      draft: { ruleKind: 'schoolWeek', n: '0' },
      errors: { n: { code: 'outOfRange', min: 1, max: 30 } },
    },
    {
      name: 'a relative rule of no days, a negative offset',
      draft: { ruleKind: 'relative', offset: '-3', length: '0' },
      errors: {
        offset: { code: 'outOfRange', min: 0, max: 200 },
        length: { code: 'outOfRange', min: 1, max: 200 },
      },
    },
    {
      name: '31 April',
      draft: {
        ruleKind: 'dateRange',
        rangeStartMonth: '4',
        rangeStartDay: '31',
        rangeEndMonth: '5',
        rangeEndDay: '5',
      },
      errors: { rangeStartDay: { code: 'noSuchDay' } },
    },
    {
      name: '29 February',
      draft: {
        ruleKind: 'dateRange',
        rangeStartMonth: '2',
        rangeStartDay: '1',
        rangeEndMonth: '2',
        rangeEndDay: '29',
      },
      errors: { rangeEndDay: { code: 'noSuchDay' } },
    },
    {
      name: 'a range from January back to December',
      draft: {
        ruleKind: 'dateRange',
        rangeStartMonth: '1',
        rangeStartDay: '10',
        rangeEndMonth: '12',
        rangeEndDay: '1',
      },
      errors: { rangeEndDay: { code: 'endBeforeStart' } },
    },
    {
      name: 'every 1st year',
      draft: { everyNthYear: true, every: '1', fromYear: '2027' },
      errors: { every: { code: 'outOfRange', min: 2, max: 10 } },
    },
    {
      name: 'no start year',
      draft: { everyNthYear: true, every: '3', fromYear: '' },
      errors: { fromYear: { code: 'required' } },
    },
  ];
  it.each(cases)('$name', ({ draft: d, errors }) => {
    expect(validateTemplateDraft(draft(d), ID)).toEqual({ ok: false, errors });
  });

  it('ignores the fields of the rule kinds not chosen', () => {
    expect(validateTemplateDraft(draft({ ruleKind: 'month', week: 'x', n: '' }), ID).ok).toBe(true);
  });
});

describe('draftFromTemplate', () => {
  const stored: TaskTemplate = {
    id: templateId('tpl-survey'),
    title: { fi: 'Kouluterveyskysely', sv: 'Hälsoenkät', en: '' },
    description: { fi: 'Kuvaus', sv: '', en: '' },
    themeId: null,
    grades: [4, 5],
    scope: 'school',
    responsible: ['nurse'],
    timing: {
      kind: 'everyNthYear',
      every: 2,
      remainder: 1,
      rule: {
        kind: 'relative',
        anchor: { kind: 'breakEnd', breakKind: 'winter' },
        offsetSchoolDays: -2,
        lengthSchoolDays: 4,
      },
    },
    materials: [],
    retiredFrom: null,
  };
  it('reads every field back, the n-th year as the first matching year from the one planned', () => {
    expect(draftFromTemplate(stored, 2026)).toMatchObject({
      grades: [4, 5],
      scope: 'school',
      ruleKind: 'relative',
      anchor: 'breakEnd:winter',
      direction: 'before',
      offset: '2',
      length: '4',
      everyNthYear: true,
      every: '2',
      fromYear: '2027',
    });
  });
  it('gives back the same template when saved unchanged', () => {
    const result = validateTemplateDraft(draftFromTemplate(stored, 2026), stored.id, stored);
    expect(result).toEqual({ ok: true, template: stored });
  });
  it.each<TimingRule>([
    { kind: 'month', month: 5, part: 'secondHalf' },
    { kind: 'isoWeek', week: 53 },
    { kind: 'schoolWeek', term: 'autumn', n: 2 },
    { kind: 'dateRange', start: '10-15', end: '11-30' },
    { kind: 'everyMonth', months: [], part: 'whole' },
  ])('round-trips a $kind rule', (timing) => {
    const result = validateTemplateDraft(draftFromTemplate({ ...stored, timing }, 2026), stored.id);
    expect(result.ok && result.template.timing).toEqual(timing);
  });
});

describe('breakShift: where a window that falls wholly in a break goes', () => {
  const stored: TaskTemplate = {
    id: templateId('tpl-december'),
    title: { fi: 'Joulujuhlan valmistelu', sv: '', en: '' },
    description: { fi: '', sv: '', en: '' },
    themeId: null,
    grades: [1],
    scope: 'class',
    responsible: ['classTeacher'],
    timing: { kind: 'isoWeek', week: 52 },
    materials: [],
    retiredFrom: null,
  };
  const cases: {
    name: string;
    stored: TaskTemplate['breakShift'];
    draft: 'keep' | 'after' | 'before';
    expected: TaskTemplate['breakShift'];
  }[] = [
    {
      name: 'absent, left as it is: stays absent',
      stored: undefined,
      draft: 'keep',
      expected: undefined,
    },
    {
      name: 'absent, after chosen (the default): stays absent',
      stored: undefined,
      draft: 'after',
      expected: undefined,
    },
    { name: 'absent, before chosen', stored: undefined, draft: 'before', expected: 'before' },
    { name: 'after, left as it is', stored: 'after', draft: 'keep', expected: 'after' },
    { name: 'before, left as it is', stored: 'before', draft: 'keep', expected: 'before' },
    { name: 'before, after chosen', stored: 'before', draft: 'after', expected: 'after' },
    { name: 'after, before chosen', stored: 'after', draft: 'before', expected: 'before' },
  ];
  it.each(cases)('$name', ({ stored: shift, draft: choice, expected }) => {
    const template: TaskTemplate = shift === undefined ? stored : { ...stored, breakShift: shift };
    const read = draftFromTemplate(template, 2026);
    expect(read.breakShift).toBe(shift ?? 'after');
    const edited = choice === 'keep' ? read : { ...read, breakShift: choice };
    const result = validateTemplateDraft(edited, template.id, template);
    if (!result.ok) throw new Error('not valid');
    expect(result.template.breakShift).toBe(expected);
    expect('breakShift' in result.template).toBe(expected !== undefined);
    if (choice === 'keep') expect(result.template).toEqual(template);
  });

  it.each<['after' | 'before', TaskTemplate['breakShift']]>([
    ['after', undefined],
    ['before', 'before'],
  ])('a new task with %s chosen has breakShift %s', (choice, expected) => {
    const result = validateTemplateDraft(draft({ breakShift: choice }), ID);
    expect(result.ok && result.template.breakShift).toBe(expected);
    expect(result.ok && 'breakShift' in result.template).toBe(expected !== undefined);
  });
});
