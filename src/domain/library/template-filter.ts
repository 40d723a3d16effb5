/** The task library's search and filters, and its order: pure, so a table of cases tests them. */
import type { TemplateId, ThemeId } from '../ids';
import type { Grade, Language, ResponsibleRole, Scope, TaskTemplate, Theme } from '../model';
import type { Month } from '../timing-rule';

export interface TemplateFilter {
  /** Words to find in the title or description in `language` (case and accents as typed, any case). */
  readonly text: string;
  readonly grade: Grade | null;
  /** A theme, 'none' for templates without one, or null for any. */
  readonly themeId: ThemeId | 'none' | null;
  readonly scope: Scope | null;
  readonly responsible: ResponsibleRole | null;
  /** A calendar month the task falls in this school year (templateMonths), or null. */
  readonly month: Month | null;
  /** Whether retired templates are listed too. */
  readonly showRetired: boolean;
}

export const NO_FILTER: TemplateFilter = {
  text: '',
  grade: null,
  themeId: null,
  scope: null,
  responsible: null,
  month: null,
  showRetired: false,
};

/** Whether the template is retired in the year starting `startYear` or in an earlier one. */
export function isRetiredBy(template: TaskTemplate, startYear: number): boolean {
  return template.retiredFrom != null && template.retiredFrom <= startYear;
}

const collator = new Intl.Collator(['fi', 'sv', 'en'], { numeric: true, sensitivity: 'base' });

/**
 * The templates that pass every filter, by title in `language` (templates without a title in it
 * after those with one, by their Finnish title). Every word of `text` must occur in the title or
 * the description in `language`, ignoring case. `months` maps each template to the months it
 * falls in this year; `startYear` is the year being planned (retired ones are left out unless
 * `showRetired`).
 */
export function filterTemplates(
  templates: readonly TaskTemplate[],
  filter: TemplateFilter,
  language: Language,
  months: ReadonlyMap<TemplateId, ReadonlySet<Month>>,
  startYear: number,
): TaskTemplate[] {
  const words = filter.text.toLocaleLowerCase(language).split(/\s+/).filter(Boolean);
  const matches = (t: TaskTemplate) => {
    if (!filter.showRetired && isRetiredBy(t, startYear)) return false;
    if (filter.grade !== null && !t.grades.includes(filter.grade)) return false;
    if (
      filter.themeId === 'none'
        ? t.themeId !== null
        : filter.themeId !== null && t.themeId !== filter.themeId
    )
      return false;
    if (filter.scope !== null && t.scope !== filter.scope) return false;
    if (filter.responsible !== null && !t.responsible.includes(filter.responsible)) return false;
    if (filter.month !== null && !months.get(t.id)?.has(filter.month)) return false;
    if (words.length > 0) {
      const haystack = `${t.title[language]}\n${t.description[language]}`.toLocaleLowerCase(
        language,
      );
      if (!words.every((w) => haystack.includes(w))) return false;
    }
    return true;
  };
  const title = (t: TaskTemplate) => t.title[language].trim();
  return templates.filter(matches).sort((a, b) => {
    const ta = title(a);
    const tb = title(b);
    if ((ta === '') !== (tb === '')) return ta === '' ? 1 : -1;
    return collator.compare(ta || a.title.fi, tb || b.title.fi) || collator.compare(a.id, b.id);
  });
}

/** Themes in their order (Theme.order; unordered ones last), then by name in `language`. */
export function sortThemes(themes: readonly Theme[], language: Language): Theme[] {
  const order = (t: Theme) => t.order ?? Number.POSITIVE_INFINITY;
  return [...themes].sort(
    (a, b) =>
      order(a) - order(b) ||
      collator.compare(a.name[language] || a.name.fi, b.name[language] || b.name.fi),
  );
}
