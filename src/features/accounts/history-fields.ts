/**
 * A changed field of the plan history in words: its name ('Ajoitus', not 'timing') and its new
 * value as the rest of the app says it ('viikko 48', '1.–6. luokka', a theme's name, a date), not
 * as stored. The values come from the server's log, written by any version of the app: a value
 * of an unexpected form is shown in short as it is (valueText), never dropped.
 */
import type { TFunction } from 'i18next';
import { parseLocalDate, type LocalDate } from '@/domain/local-date';
import {
  BREAK_KINDS,
  BREAK_SHIFTS,
  GRADES,
  RESPONSIBLE_ROLES,
  SCOPES,
  type Grade,
  type Language,
} from '@/domain/model';
import { timingRuleSchema } from '@/domain/sync/row-schemas';
import type { TimingRule } from '@/domain/timing-rule';
import { formatDay } from '@/i18n/format';
import { gradesLabel, schoolYearLabel } from '@/ui/labels';
import { ruleInWords } from '@/ui/rule-words';
import { isTranslated, labelKey, valueText, type RowLabels } from './history-labels';

/** The plan's fields the history names in words (the rows' fields in model.ts). */
export const HISTORY_FIELDS = [
  'name',
  'title',
  'description',
  'grades',
  'trackingFrom',
  'startYear',
  'firstDay',
  'lastDay',
  'breaks',
  'extraDaysOff',
  'extraSchoolDays',
  'organizationId',
  'schoolId',
  'schoolYearId',
  'color',
  'order',
  'themeId',
  'scope',
  'responsible',
  'timing',
  'materials',
  'breakShift',
  'retiredFrom',
  'templateId',
  'kind',
] as const;
type HistoryField = (typeof HISTORY_FIELDS)[number];

const isField = (field: string): field is HistoryField =>
  (HISTORY_FIELDS as readonly string[]).includes(field);

/** A field's name in the UI language; a field this version does not know, as it is. */
export function fieldLabel(t: TFunction, field: string): string {
  return isField(field) ? t(`history.field_${field}`) : field;
}

const oneOf = <T extends string | number>(allowed: readonly T[], value: unknown): value is T =>
  (allowed as readonly unknown[]).includes(value);

const dateOf = (value: unknown): LocalDate | null =>
  typeof value === 'string' ? parseLocalDate(value) : null;

const listOf = <T>(value: unknown, item: (v: unknown) => T | null): T[] | null => {
  if (!Array.isArray(value)) return null;
  const items = value.map(item);
  return items.every((i) => i !== null) ? (items as T[]) : null;
};

export interface FieldContext {
  readonly t: TFunction;
  readonly language: Language;
  /** The plan's rows' names on this device (useRowLabels). */
  readonly labels: RowLabels | undefined;
  /** The app's year (useToday): a rule of every n-th year names its next years from it. */
  readonly year: number;
}

/** A field's new value in words (see the module comment). */
export function fieldValueText(field: string, value: unknown, context: FieldContext): string {
  return (isField(field) && inWords(field, value, context)) || valueText(value, context.language);
}

/** The value in words, or null when it has not the form the field's values have. */
function inWords(field: HistoryField, value: unknown, { t, language, labels, year }: FieldContext) {
  const day = (d: LocalDate) => formatDay(d, language, 'date');
  const rowName = (entity: string) =>
    typeof value === 'string' ? (labels?.get(labelKey(entity, value)) ?? value) : null;
  if (value === null) {
    if (field === 'themeId') return t('history.value_noTheme');
    return t('history.value_none');
  }
  switch (field) {
    case 'grades': {
      const grades = listOf(value, (g) => (oneOf<Grade>(GRADES, g) ? g : null));
      return grades && (grades.length ? gradesLabel(t, grades) : t('history.value_none'));
    }
    case 'trackingFrom':
    case 'firstDay':
    case 'lastDay': {
      const d = dateOf(value);
      return d && day(d);
    }
    case 'extraDaysOff':
    case 'extraSchoolDays': {
      const days = listOf(value, dateOf);
      return days && (days.length ? days.map(day).join(', ') : t('history.value_none'));
    }
    case 'breaks': {
      const breaks = listOf(value, (b) => {
        const { kind, start, end } = (b ?? {}) as Record<string, unknown>;
        const [from, to] = [dateOf(start), dateOf(end)];
        return oneOf(BREAK_KINDS, kind) && from && to
          ? `${t(`break.${kind}`)} ${day(from)}–${day(to)}`
          : null;
      });
      return breaks && (breaks.length ? breaks.join(', ') : t('history.value_none'));
    }
    case 'startYear':
    case 'retiredFrom':
      return typeof value === 'number' && Number.isInteger(value) ? schoolYearLabel(value) : null;
    case 'organizationId':
      return rowName('organization');
    case 'schoolId':
      return rowName('school');
    case 'schoolYearId':
      return rowName('schoolYear');
    case 'themeId':
      return rowName('theme');
    case 'templateId':
      return rowName('template');
    case 'scope':
      return oneOf(SCOPES, value) ? t(`scope.${value}`) : null;
    case 'responsible': {
      const roles = listOf(value, (r) => (oneOf(RESPONSIBLE_ROLES, r) ? r : null));
      return roles && roles.map((r) => t(`role.${r}`)).join(', ');
    }
    case 'timing': {
      const rule = timingRuleSchema.safeParse(value);
      // The schema checks every number's range (a month 1-12): the rule is a TimingRule.
      return rule.success ? ruleInWords(rule.data as TimingRule, t, language, year) : null;
    }
    case 'breakShift':
      return oneOf(BREAK_SHIFTS, value) ? t(`templateForm.breakShift_${value}`) : null;
    case 'kind':
      return value === 'off' || value === 'move' ? t(`history.value_adjustment_${value}`) : null;
    case 'materials': {
      const links = listOf(value, (m) => {
        const label = (m as { label?: unknown } | null)?.label;
        return typeof label === 'string' ? label : null;
      });
      return links && (links.length ? links.join(', ') : t('history.value_none'));
    }
    case 'name':
    case 'title':
    case 'description': {
      // An empty text (a task without a description) is said, not left blank.
      const text = isTranslated(value) ? value[language] : value;
      return typeof text === 'string' && text.trim() === '' ? t('history.value_none') : null;
    }
    case 'color':
    case 'order':
      return null; // valueText says these as they are
  }
}
