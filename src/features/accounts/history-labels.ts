/**
 * What the plan history shows for a row and a value: the row's name as this device has it now
 * (a class's, a school's, a task's title in the language shown), and a field's value in short.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Language } from '@/domain/model';
import { useDb } from '@/ui/db-context';

export type RowLabels = ReadonlyMap<string, string>;

export const labelKey = (entity: string, id: string) => `${entity}:${id}`;

/** The names of the plan's rows on this device, by labelKey; undefined while loading. */
export function useRowLabels(language: Language): RowLabels | undefined {
  const db = useDb();
  return useLiveQuery(async () => {
    const [schools, groups, themes, templates, years] = await Promise.all([
      db.schools.toArray(),
      db.groups.toArray(),
      db.themes.toArray(),
      db.templates.toArray(),
      db.schoolYears.toArray(),
    ]);
    const labels = new Map<string, string>();
    for (const s of schools) labels.set(labelKey('school', s.id), s.name);
    for (const g of groups) labels.set(labelKey('group', g.id), g.name);
    for (const th of themes) labels.set(labelKey('theme', th.id), th.name[language]);
    for (const tp of templates) labels.set(labelKey('template', tp.id), tp.title[language]);
    for (const y of years)
      labels.set(labelKey('schoolYear', y.id), `${y.startYear}–${y.startYear + 1}`);
    return labels;
  }, [db, language]);
}

const MAX_VALUE_LENGTH = 80;

export function isTranslated(value: unknown): value is Record<Language, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    ['fi', 'sv', 'en'].every((k) => typeof (value as Record<string, unknown>)[k] === 'string')
  );
}

/** A field's new value in short: text as it is, a translated text in `language`, else JSON. */
export function valueText(value: unknown, language: Language): string {
  const text =
    typeof value === 'string'
      ? value
      : isTranslated(value)
        ? value[language]
        : Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)
          ? value.join(', ')
          : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}
