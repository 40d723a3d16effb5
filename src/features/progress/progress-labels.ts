/** The progress view's wordings of levels, names in the UI language, percents and links. */
import type { TFunction } from 'i18next';
import type { LocalDate } from '@/domain/local-date';
import type { TemplateId } from '@/domain/ids';
import type { Language, Localized, SchoolYear, TaskTemplate } from '@/domain/model';
import type { Level } from '@/domain/progress/progress-filter';
import { distinctTaskNames } from '@/domain/progress/task-names';
import { gradeLabel, gradesLabel } from '@/ui/labels';
import { clampToSchoolYear, yearMonthOf, type YearMonth } from '@/domain/year-month';

/** 'esiopetus', '5. luokka', 'Koulujen omat tehtävät', 'Kunnan tehtävät'. */
export function levelLabel(t: TFunction, level: Level): string {
  if (level === 'school') return t('progress.levelSchool');
  if (level === 'organization') return t('progress.levelOrganization');
  return gradeLabel(t, level);
}

/**
 * The names of the plan's tasks in the UI language, a title several tasks share followed by each
 * one's grades ('Lapsen oikeuksien viikko (1.–6. luokka)'): the same name in every table, list
 * and file of the progress views, whatever they show.
 */
export function taskNames(
  t: TFunction,
  language: Language,
  templates: readonly TaskTemplate[],
): ReadonlyMap<TemplateId, string> {
  return distinctTaskNames(
    templates,
    (template) => nameIn(template.title, language).text,
    (grades) => gradesLabel(t, grades),
  );
}

/** A name in `language`, or its Finnish source when it has no translation there. */
export function nameIn(text: Localized, language: Language): { text: string; lang?: 'fi' } {
  const value = text[language].trim();
  return value === '' ? { text: text.fi, lang: 'fi' } : { text: value };
}

/** One number format per language: making one costs more than a table row's other work. */
const numberFormats = new Map<Language, Intl.NumberFormat>();

/** A whole (or, for a median, half) percent as the language writes it; '–' for none. */
export function percentText(t: TFunction, value: number | null, language: Language): string {
  if (value === null) return t('progress.none');
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    numberFormats.set(language, format);
  }
  return t('progress.percent', { value: format.format(value) });
}

/**
 * The month a class's card of the progress view links to: today's, kept within the school year
 * (overdue tasks show in the month holding today).
 */
export function currentMonth(today: LocalDate, schoolYear: SchoolYear): YearMonth {
  return clampToSchoolYear(yearMonthOf(today), schoolYear);
}
