/**
 * The title and description of a calendar event in the chosen language: the task's own texts,
 * then when it falls (days and ISO weeks), its theme and who is responsible.
 */
import { isoWeekOf, monthOf, yearOf, type LocalDate } from '../local-date';
import type { Language, Localized, Theme } from '../model';
import type { CalendarEntry } from './calendar-target';
import { CALENDAR_WORDS } from './calendar-words';

/** The text in `language`, else the Finnish source (a translation may be left empty). */
export function inLanguage(text: Localized, language: Language): string {
  return text[language].trim() !== '' ? text[language] : text.fi;
}

function day(d: LocalDate, language: Language): string {
  return CALENDAR_WORDS[language].day(yearOf(d), monthOf(d), Number(d.slice(8, 10)));
}

/** '1.9.2026 – 12.9.2026 (viikot 36–37)', or one day and its week. */
export function windowText(start: LocalDate, end: LocalDate, language: Language): string {
  const words = CALENDAR_WORDS[language];
  const first = isoWeekOf(start).week;
  const last = isoWeekOf(end).week;
  const weeks = first === last ? `${words.week} ${first}` : `${words.weeks} ${first}–${last}`;
  const days =
    start === end ? day(start, language) : `${day(start, language)} – ${day(end, language)}`;
  return `${days} (${weeks})`;
}

/** The event's title: the task's title. */
export function eventSummary(entry: CalendarEntry, language: Language): string {
  return inLanguage(entry.template.title, language);
}

/** The event's description: when, the theme, who is responsible, then the task's description. */
export function eventDescription(
  entry: CalendarEntry,
  themes: ReadonlyMap<string, Theme>,
  language: Language,
): string {
  const words = CALENDAR_WORDS[language];
  const { template } = entry;
  const lines = [`${words.window}: ${windowText(entry.start, entry.end, language)}`];
  const theme = template.themeId === null ? undefined : themes.get(template.themeId);
  if (theme) lines.push(`${words.theme}: ${inLanguage(theme.name, language)}`);
  if (template.responsible.length > 0) {
    const roles = template.responsible.map((r) => words.role[r]).join(', ');
    lines.push(`${words.responsible}: ${roles}`);
  }
  const description = inLanguage(template.description, language).trim();
  return description === '' ? lines.join('\n') : `${lines.join('\n')}\n\n${description}`;
}
