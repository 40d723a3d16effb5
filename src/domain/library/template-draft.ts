/**
 * The task template form's draft: what the coordinator types, as strings and choices, turned into
 * a TaskTemplate by validateTemplateDraft (or field-level error codes, and no template). A draft
 * is made from a stored template by draftFromTemplate, so editing keeps what the form does not
 * show (materials, retirement). Adding a field: one property in TemplateDraft, its default in
 * emptyDraft, its read in draftFromTemplate and its write in validateTemplateDraft.
 */
import { assertNever, type TemplateId, type ThemeId } from '../ids';
import {
  type BreakShift,
  type Grade,
  type Localized,
  type ResponsibleRole,
  type Scope,
  type TaskTemplate,
} from '../model';
import { DESCRIPTION_MAX_LENGTH, TITLE_MAX_LENGTH } from '../sync/row-schemas';
import {
  anchorKey,
  anchorOf,
  type AnchorKey,
  type Month,
  type MonthPart,
  type Term,
  type TimingRule,
} from '../timing-rule';

/** The rule kinds the form offers; everyNthYear is a switch around any of them. */
export const SIMPLE_RULE_KINDS = [
  'month',
  'isoWeek',
  'schoolWeek',
  'relative',
  'dateRange',
  'everyMonth',
] as const;
export type SimpleRuleKind = (typeof SIMPLE_RULE_KINDS)[number];

/** One choice for the anchor of a relative rule: its text, 'termStart:autumn'... */
export type AnchorChoice = AnchorKey;

/** The anchors the form offers, in the order a school year meets them. */
export const ANCHOR_CHOICES: readonly AnchorChoice[] = [
  'termStart:autumn',
  'breakStart:autumn',
  'breakEnd:autumn',
  'termEnd:autumn',
  'breakStart:christmas',
  'breakEnd:christmas',
  'termStart:spring',
  'breakStart:winter',
  'breakEnd:winter',
  'breakStart:other',
  'breakEnd:other',
  'termEnd:spring',
];

export const DIRECTIONS = ['before', 'after'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface TemplateDraft {
  readonly title: Localized;
  readonly description: Localized;
  readonly themeId: ThemeId | null;
  readonly grades: readonly Grade[];
  readonly scope: Scope;
  readonly responsible: readonly ResponsibleRole[];
  readonly ruleKind: SimpleRuleKind;
  /** month: a month number '1'..'12'. */
  readonly month: string;
  /** month and everyMonth. */
  readonly part: MonthPart;
  /** isoWeek: '1'..'53'. */
  readonly week: string;
  /** schoolWeek. */
  readonly term: Term;
  readonly n: string;
  /** relative: '[n] school days [before|after] [anchor], lasting [length] school days'. */
  readonly anchor: AnchorChoice;
  readonly direction: Direction;
  readonly offset: string;
  readonly length: string;
  /** dateRange: month and day of each end. */
  readonly rangeStartMonth: string;
  readonly rangeStartDay: string;
  readonly rangeEndMonth: string;
  readonly rangeEndDay: string;
  /** everyMonth: the months (none = every month with school days). */
  readonly months: readonly Month[];
  /** everyNthYear around the rule: every `every` years, counting from the calendar year `fromYear`. */
  readonly everyNthYear: boolean;
  readonly every: string;
  readonly fromYear: string;
  /**
   * Where a window that falls wholly in a break goes (TaskTemplate.breakShift). 'after' is the
   * default: a template without the field keeps none when saved with 'after'.
   */
  readonly breakShift: BreakShift;
}

/** The fields an error can be shown next to. */
export type DraftField =
  | `title.${keyof Localized}`
  | `description.${keyof Localized}`
  | 'grades'
  | 'responsible'
  | 'month'
  | 'week'
  | 'n'
  | 'offset'
  | 'length'
  | 'rangeStartDay'
  | 'rangeEndDay'
  | 'every'
  | 'fromYear';

export const DRAFT_ERROR_CODES = [
  /** Left empty. */
  'required',
  /** Longer than `max` characters. */
  'tooLong',
  /** Not a whole number from `min` to `max`. */
  'outOfRange',
  /** A day that the month does not have (31 April; 29 February, which most years lack). */
  'noSuchDay',
  /** A range that ends before it starts (in school-year order, August first). */
  'endBeforeStart',
  /** Nothing chosen of a list that needs at least one. */
  'noneChosen',
  /** A theme colour outside the palette (theme-palette.ts). */
  'notInPalette',
] as const;
export type DraftErrorCode = (typeof DRAFT_ERROR_CODES)[number];

export interface DraftError {
  readonly code: DraftErrorCode;
  readonly min?: number;
  readonly max?: number;
}

export type DraftErrors = Partial<Record<DraftField, DraftError>>;

export type DraftResult =
  | { readonly ok: true; readonly template: TaskTemplate }
  | { readonly ok: false; readonly errors: DraftErrors };

/** The order fields appear in the form, so the first error can be focused. */
export const DRAFT_FIELD_ORDER: readonly DraftField[] = [
  'title.fi',
  'title.sv',
  'title.en',
  'description.fi',
  'description.sv',
  'description.en',
  'grades',
  'responsible',
  'month',
  'week',
  'n',
  'offset',
  'length',
  'rangeStartDay',
  'rangeEndDay',
  'every',
  'fromYear',
];

const EMPTY_TEXT: Localized = { fi: '', sv: '', en: '' };

/** A new task's draft: in September, for grade 1, per class, by the class teacher. */
export function emptyDraft(startYear: number): TemplateDraft {
  return {
    title: EMPTY_TEXT,
    description: EMPTY_TEXT,
    themeId: null,
    grades: [],
    scope: 'class',
    responsible: ['classTeacher'],
    ruleKind: 'month',
    month: '9',
    part: 'whole',
    week: '',
    term: 'autumn',
    n: '1',
    anchor: 'breakStart:christmas',
    direction: 'before',
    offset: '5',
    length: '5',
    rangeStartMonth: '9',
    rangeStartDay: '1',
    rangeEndMonth: '9',
    rangeEndDay: '30',
    months: [],
    everyNthYear: false,
    every: '2',
    fromYear: String(startYear + 1),
    breakShift: 'after',
  };
}

function splitMonthDay(md: string): [string, string] {
  const [m = '', d = ''] = md.split('-');
  return [String(Number(m)), String(Number(d))];
}

/**
 * The draft of a stored template. `startYear` is the school year being planned: an every-n-th-year
 * rule shows the first matching calendar year from the one it starts in.
 */
export function draftFromTemplate(template: TaskTemplate, startYear: number): TemplateDraft {
  const base: TemplateDraft = {
    ...emptyDraft(startYear),
    title: template.title,
    description: template.description,
    themeId: template.themeId,
    grades: template.grades,
    scope: template.scope,
    responsible: template.responsible,
    breakShift: template.breakShift ?? 'after',
  };
  let rule = template.timing;
  let nth: Pick<TemplateDraft, 'everyNthYear' | 'every' | 'fromYear'> = {
    everyNthYear: false,
    every: base.every,
    fromYear: base.fromYear,
  };
  if (rule.kind === 'everyNthYear') {
    let from = startYear;
    while (from % rule.every !== rule.remainder) from += 1;
    nth = { everyNthYear: true, every: String(rule.every), fromYear: String(from) };
    rule = rule.rule;
  }
  return { ...base, ...nth, ...ruleFields(rule) };
}

function ruleFields(rule: TimingRule): Partial<TemplateDraft> {
  switch (rule.kind) {
    case 'month':
      return { ruleKind: 'month', month: String(rule.month), part: rule.part };
    case 'isoWeek':
      return { ruleKind: 'isoWeek', week: String(rule.week) };
    case 'schoolWeek':
      return { ruleKind: 'schoolWeek', term: rule.term, n: String(rule.n) };
    case 'relative':
      return {
        ruleKind: 'relative',
        anchor: anchorKey(rule.anchor),
        direction: rule.offsetSchoolDays < 0 ? 'before' : 'after',
        offset: String(Math.abs(rule.offsetSchoolDays)),
        length: String(rule.lengthSchoolDays),
      };
    case 'dateRange': {
      const [sm, sd] = splitMonthDay(rule.start);
      const [em, ed] = splitMonthDay(rule.end);
      return {
        ruleKind: 'dateRange',
        rangeStartMonth: sm,
        rangeStartDay: sd,
        rangeEndMonth: em,
        rangeEndDay: ed,
      };
    }
    case 'everyMonth':
      return { ruleKind: 'everyMonth', months: rule.months, part: rule.part };
    case 'everyNthYear':
      // Never nested (the row schema refuses it): the inner rule's fields.
      return ruleFields(rule.rule);
    default:
      return assertNever(rule);
  }
}

/** Days in each month of a year without 29 February (a rule must fit every year). */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** `text` as a whole number from `min` to `max`, or null. */
function wholeNumber(text: string, min: number, max: number): number | null {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return n >= min && n <= max ? n : null;
}

/** School-year position of a month: August 0 ... July 11. */
function schoolYearIndex(month: number): number {
  return month >= 8 ? month - 8 : month + 4;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * The template the draft describes, with id `id`, keeping every field of `base` (the stored
 * template) that the form does not edit (materials, retiredFrom...); or an error per field that is
 * wrong. Finnish title is required (it is the source language); a Swedish or English text may be
 * empty (shown as missing). A template needs a grade and a responsible role; numbers are whole and in range; a date range's days exist
 * in every year and it ends on or after it starts, August first.
 */
export function validateTemplateDraft(
  draft: TemplateDraft,
  id: TemplateId,
  base: Partial<TaskTemplate> = {},
): DraftResult {
  const errors: DraftErrors = {};

  if (draft.title.fi.trim() === '') errors['title.fi'] = { code: 'required' };
  for (const lang of ['fi', 'sv', 'en'] as const) {
    if (draft.title[lang].length > TITLE_MAX_LENGTH)
      errors[`title.${lang}`] = { code: 'tooLong', max: TITLE_MAX_LENGTH };
    if (draft.description[lang].length > DESCRIPTION_MAX_LENGTH)
      errors[`description.${lang}`] = { code: 'tooLong', max: DESCRIPTION_MAX_LENGTH };
  }
  if (draft.grades.length === 0) errors.grades = { code: 'noneChosen' };
  if (draft.responsible.length === 0) errors.responsible = { code: 'noneChosen' };

  const timing = ruleFromDraft(draft);
  Object.assign(errors, timing.errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  // Absent stays absent while the default is chosen, so an unchanged template is unchanged.
  const { breakShift: baseShift, ...rest } = base;
  const template: TaskTemplate = {
    // What the form does not edit (materials, retirement, fields added later) stays as it was.
    ...rest,
    id,
    title: trimmed(draft.title),
    description: trimmed(draft.description),
    themeId: draft.themeId,
    grades: [...new Set(draft.grades)].sort((a, b) => a - b),
    scope: draft.scope,
    responsible: [...new Set(draft.responsible)],
    timing: timing.rule,
    materials: base.materials ?? [],
    ...breakShiftField(draft.breakShift, baseShift),
  };
  return { ok: true, template };
}

/**
 * The template's breakShift property for the draft's choice: none when the default ('after') is
 * chosen and the stored template (`stored`) has none, so saving an unchanged template writes no
 * change; otherwise the choice.
 */
export function breakShiftField(
  chosen: BreakShift,
  stored: BreakShift | undefined,
): { breakShift?: BreakShift } {
  return chosen === 'after' && stored === undefined ? {} : { breakShift: chosen };
}

/**
 * The timing rule of the draft's rule fields (everyNthYear around it when asked), with an error
 * per wrong field; the rule is only meaningful when there is none. The preview uses it alone, so
 * it shows while the texts are still being written.
 */
export function ruleFromDraft(draft: TemplateDraft): { rule: TimingRule; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const number = (field: DraftField, text: string, min: number, max: number) => {
    const n = wholeNumber(text, min, max);
    if (n === null)
      errors[field] = text.trim() === '' ? { code: 'required' } : { code: 'outOfRange', min, max };
    return n ?? min;
  };
  let rule: TimingRule;
  switch (draft.ruleKind) {
    case 'month':
      rule = {
        kind: 'month',
        month: number('month', draft.month, 1, 12) as Month,
        part: draft.part,
      };
      break;
    case 'isoWeek':
      rule = { kind: 'isoWeek', week: number('week', draft.week, 1, 53) };
      break;
    case 'schoolWeek':
      rule = { kind: 'schoolWeek', term: draft.term, n: number('n', draft.n, 1, 30) };
      break;
    case 'relative': {
      const offset = number('offset', draft.offset, 0, 200);
      rule = {
        kind: 'relative',
        // A choice of the form's list always names an anchor.
        anchor: anchorOf(...(draft.anchor.split(':') as [string, string]))!,
        offsetSchoolDays: draft.direction === 'before' ? -offset : offset,
        lengthSchoolDays: number('length', draft.length, 1, 200),
      };
      break;
    }
    case 'dateRange': {
      const sm = wholeNumber(draft.rangeStartMonth, 1, 12) ?? 1;
      const em = wholeNumber(draft.rangeEndMonth, 1, 12) ?? 1;
      const sd = number('rangeStartDay', draft.rangeStartDay, 1, 31);
      const ed = number('rangeEndDay', draft.rangeEndDay, 1, 31);
      if (!errors.rangeStartDay && sd > MONTH_DAYS[sm - 1]!)
        errors.rangeStartDay = { code: 'noSuchDay' };
      if (!errors.rangeEndDay && ed > MONTH_DAYS[em - 1]!)
        errors.rangeEndDay = { code: 'noSuchDay' };
      if (
        !errors.rangeStartDay &&
        !errors.rangeEndDay &&
        schoolYearIndex(em) * 100 + ed < schoolYearIndex(sm) * 100 + sd
      ) {
        errors.rangeEndDay = { code: 'endBeforeStart' };
      }
      rule = { kind: 'dateRange', start: `${pad(sm)}-${pad(sd)}`, end: `${pad(em)}-${pad(ed)}` };
      break;
    }
    case 'everyMonth':
      rule = {
        kind: 'everyMonth',
        months: [...new Set(draft.months)].sort((a, b) => schoolYearIndex(a) - schoolYearIndex(b)),
        part: draft.part,
      };
      break;
    default:
      return assertNever(draft.ruleKind);
  }
  if (draft.everyNthYear) {
    const every = number('every', draft.every, 2, 10);
    const from = number('fromYear', draft.fromYear, 2000, 2200);
    rule = { kind: 'everyNthYear', every, remainder: from % every, rule };
  }
  return { rule, errors };
}

function trimmed(text: Localized): Localized {
  return { fi: text.fi.trim(), sv: text.sv.trim(), en: text.en.trim() };
}
