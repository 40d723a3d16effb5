/**
 * The words an exported calendar file holds, in each language. They live in the domain, not in
 * the UI's resources, because the server writes the same file for a subscription feed and imports
 * only the domain. The roles' names are declared once, in role-words.ts, for both; the grade and
 * window words are the UI's own (src/i18n grade, action): src/i18n/calendar-words.test.ts keeps
 * those equal.
 */
import type { Language, ResponsibleRole } from '../model';
import { ROLE_WORDS_EN, ROLE_WORDS_FI, ROLE_WORDS_SV } from '../role-words';

export interface CalendarWords {
  /** "Ajankohta": the label of the window's line. */
  readonly window: string;
  readonly week: string;
  readonly weeks: string;
  readonly theme: string;
  readonly responsible: string;
  /** The calendar's name after the target: '3A — lukuvuosi 2026–2027'. */
  readonly schoolYear: (start: number) => string;
  /** A grade as a calendar's subject: 'Esiopetus', '3. luokka'. */
  readonly grade: (grade: number) => string;
  readonly role: Readonly<Record<ResponsibleRole, string>>;
  /** A calendar day as the language writes it in running text. */
  readonly day: (year: number, month: number, day: number) => string;
}

/** Day.month.year, as Finnish and Finland-Swedish write dates. */
const numericDay = (year: number, month: number, day: number) => `${day}.${month}.${year}`;

const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const CALENDAR_WORDS: Readonly<Record<Language, CalendarWords>> = {
  fi: {
    window: 'Ajankohta',
    week: 'viikko',
    weeks: 'viikot',
    theme: 'Teema',
    responsible: 'Vastuu',
    schoolYear: (start) => `lukuvuosi ${start}–${start + 1}`,
    grade: (g) => (g === 0 ? 'Esiopetus' : `${g}. luokka`),
    role: ROLE_WORDS_FI,
    day: numericDay,
  },
  sv: {
    window: 'Tidpunkt',
    week: 'vecka',
    weeks: 'veckorna',
    theme: 'Tema',
    responsible: 'Ansvar',
    schoolYear: (start) => `läsåret ${start}–${start + 1}`,
    grade: (g) => capitalized(g === 0 ? 'förskoleundervisning' : `årskurs ${g}`),
    role: ROLE_WORDS_SV,
    day: numericDay,
  },
  en: {
    window: 'When',
    week: 'week',
    weeks: 'weeks',
    theme: 'Theme',
    responsible: 'Responsible',
    schoolYear: (start) => `school year ${start}–${start + 1}`,
    grade: (g) => capitalized(g === 0 ? 'pre-primary' : `grade ${g}`),
    role: ROLE_WORDS_EN,
    day: (year, month, day) => `${day} ${EN_MONTHS[month - 1]} ${year}`,
  },
};
