/**
 * Dates in the user's language, through date-fns locales. LocalDate strings become Date objects
 * here only for display. Finnish ships in the first load; the Swedish and English locales load
 * with their languages' resources (i18n.ts), before the UI switches to them.
 */
import type { Day, Locale, Month } from 'date-fns';
import { fi } from 'date-fns/locale/fi';
import type { Language } from '@/domain/model';
import { isoDayOfWeek, monthOf, yearOf, type LocalDate } from '@/domain/local-date';

const locales: Partial<Record<Language, Locale>> = { fi };

/** The date-fns locale of each language other than Finnish, loaded on demand. */
const localeLoaders: Record<Exclude<Language, 'fi'>, () => Promise<Locale>> = {
  sv: () => import('date-fns/locale/sv').then((m) => m.sv),
  en: () => import('date-fns/locale/en-GB').then((m) => m.enGB),
};

/** Loads the language's date-fns locale (once); formatDay needs it before it formats in it. */
export async function loadDateLocale(language: Language): Promise<void> {
  if (language !== 'fi') locales[language] ??= await localeLoaders[language]();
}

/** date-fns patterns of each kind of date, by language. */
export const DATE_PATTERNS = {
  day: { fi: 'EEEEEE d.M.yyyy', sv: 'EEE d.M.yyyy', en: 'EEE d MMM yyyy' },
  dayShort: { fi: 'EEEEEE d.M.', sv: 'EEE d.M.', en: 'EEE d MMM' },
  date: { fi: 'd.M.yyyy', sv: 'd.M.yyyy', en: 'd MMM yyyy' },
  month: { fi: 'LLLL yyyy', sv: 'LLLL yyyy', en: 'LLLL yyyy' },
} as const satisfies Record<string, Record<Language, string>>;

export type DatePattern = keyof typeof DATE_PATTERNS;

/** A pattern's date-fns tokens, and the text between them. */
const TOKENS = /EEEEEE|EEE|LLLL|MMM|yyyy|d|M|[^EdLMy]+/g;

type DayWriter = (y: number, m: number, d: number, weekday: number) => string;

/**
 * A pattern of a locale made into a function of the year, month, day and weekday (0 Sunday):
 * each weekday's and month's name is asked of the locale once (as date-fns's `format` asks it
 * for these tokens), the rest is numbers. A screen writes hundreds of days (the wheel and its
 * table about 600), and date-fns's format, which reads its pattern again at each call, took most
 * of that time; the first screen no longer loads it at all. The text is format's, for every day
 * (the tests compare them).
 */
function compile(pattern: string, locale: Locale): DayWriter {
  const { localize } = locale;
  const weekdays = (width: 'short' | 'abbreviated') =>
    Array.from({ length: 7 }, (_, w) => localize.day(w as Day, { width, context: 'formatting' }));
  const months = (width: 'wide' | 'abbreviated', context: 'standalone' | 'formatting') =>
    Array.from({ length: 12 }, (_, m) => localize.month(m as Month, { width, context }));
  const parts = (pattern.match(TOKENS) ?? []).map((token): DayWriter => {
    switch (token) {
      case 'EEEEEE':
      case 'EEE': {
        const names = weekdays(token === 'EEE' ? 'abbreviated' : 'short');
        return (_y, _m, _d, w) => names[w]!;
      }
      case 'LLLL':
      case 'MMM': {
        const names =
          token === 'LLLL' ? months('wide', 'standalone') : months('abbreviated', 'formatting');
        return (_y, m) => names[m - 1]!;
      }
      case 'yyyy':
        return (y) => String(y);
      case 'd':
        return (_y, _m, d) => String(d);
      case 'M':
        return (_y, m) => String(m);
      default:
        return () => token;
    }
  });
  return (y, m, d, w) => {
    let out = '';
    for (const part of parts) out += part(y, m, d, w);
    return out;
  };
}

const writers = new Map<string, DayWriter>();

/**
 * Formats a calendar day, e.g. fi 'ke 6.8.2025', sv 'ons 6.8.2025', en 'Wed 6 Aug 2025'. The
 * language's locale must be loaded (loadDateLocale; changeLanguage does it); a language whose
 * locale is not here yet is formatted in Finnish rather than not at all.
 */
export function formatDay(day: LocalDate, language: Language, pattern: DatePattern = 'day') {
  const shown = locales[language] ? language : 'fi';
  const key = `${shown} ${pattern}`;
  let write = writers.get(key);
  if (!write)
    writers.set(key, (write = compile(DATE_PATTERNS[pattern][shown], locales[shown] ?? fi)));
  // ISO weekdays run Monday 1 to Sunday 7; the writer's from Sunday 0.
  return write(yearOf(day), monthOf(day), Number(day.slice(8, 10)), isoDayOfWeek(day) % 7);
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

/** The word before a list's last item, with what comes before it when there are three or more. */
const LIST_AND: Record<Language, { readonly two: string; readonly more: string }> = {
  fi: { two: ' ja ', more: ' ja ' },
  sv: { two: ' och ', more: ' och ' },
  en: { two: ' and ', more: ', and ' },
};

/**
 * A list joined as a sentence joins it, the way Intl.ListFormat's conjunction does (fi 'a, b ja
 * c', sv 'a, b och c', en 'a, b, and c'), without building one: its first use loads the
 * language's list data, which cost a slowed phone's first screen tens of milliseconds.
 */
export function formatList(items: readonly string[], language: Language): string {
  if (items.length <= 1) return items[0] ?? '';
  const and = LIST_AND[language];
  const head = items.slice(0, -1).join(', ');
  return `${head}${items.length === 2 ? and.two : and.more}${items.at(-1)}`;
}
