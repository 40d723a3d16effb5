/**
 * Dates in the user's language, through date-fns locales. LocalDate strings become Date objects
 * here only for display.
 */
import { format } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { fi } from 'date-fns/locale/fi';
import { sv } from 'date-fns/locale/sv';
import type { Language } from '@/domain/model';
import type { LocalDate } from '@/domain/local-date';

const locales = { fi, sv, en: enGB } as const;

const patterns = {
  day: { fi: 'EEEEEE d.M.yyyy', sv: 'EEE d.M.yyyy', en: 'EEE d MMM yyyy' },
  dayShort: { fi: 'EEEEEE d.M.', sv: 'EEE d.M.', en: 'EEE d MMM' },
  date: { fi: 'd.M.yyyy', sv: 'd.M.yyyy', en: 'd MMM yyyy' },
  month: { fi: 'LLLL yyyy', sv: 'LLLL yyyy', en: 'LLLL yyyy' },
} as const satisfies Record<string, Record<Language, string>>;

export type DatePattern = keyof typeof patterns;

function toDisplayDate(day: LocalDate): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}

/** Formats a calendar day, e.g. fi 'ke 6.8.2025', sv 'ons 6.8.2025', en 'Wed 6 Aug 2025'. */
export function formatDay(day: LocalDate, language: Language, pattern: DatePattern = 'day') {
  return format(toDisplayDate(day), patterns[pattern][language], { locale: locales[language] });
}

/**
 * The name of a month with its year as it stands inside a sentence: fi 'marraskuu 2026' and sv
 * 'november 2026' in lower case (as Finnish and Swedish write month names), en 'November 2026'.
 * The UI's texts place it mid-phrase ('Tehtävät: marraskuu 2026').
 */
export function formatMonth(year: number, month: number, language: Language) {
  const first = `${year}-${String(month).padStart(2, '0')}-01` as LocalDate;
  return formatDay(first, language, 'month');
}

/** ISO week numbers of a window, '45' or '45–46' (weeks are ISO 8601 in all three languages). */
export function formatWeeks(startWeek: number, endWeek: number) {
  return startWeek === endWeek ? String(startWeek) : `${startWeek}–${endWeek}`;
}
