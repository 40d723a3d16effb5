/**
 * The words an exported calendar file holds, in each language. They live in the domain, not in
 * the UI's resources, because the server writes the same file for a subscription feed and imports
 * only the domain. The role and grade words are the UI's own (src/i18n role, grade, action):
 * src/i18n/calendar-words.test.ts keeps the two equal.
 */
import type { Language, ResponsibleRole } from '../model';

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
    role: {
      classTeacher: 'luokanopettaja',
      homeroomTeacher: 'luokanvalvoja',
      preschoolTeacher: 'esiopettaja',
      nurse: 'terveydenhoitaja',
      doctor: 'koululääkäri',
      socialWorker: 'koulukuraattori',
      psychologist: 'koulupsykologi',
      principal: 'rehtori',
      specialTeacher: 'erityisopettaja',
      counsellor: 'opinto-ohjaaja',
      peTeacher: 'liikunnanopettaja',
      coordinator: 'yhteisöllisen opiskeluhuollon koordinaattori',
      youthWorker: 'nuorisotyöntekijä',
    },
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
    role: {
      classTeacher: 'klasslärare',
      homeroomTeacher: 'klassföreståndare',
      preschoolTeacher: 'förskollärare',
      nurse: 'hälsovårdare',
      doctor: 'skolläkare',
      socialWorker: 'skolkurator',
      psychologist: 'skolpsykolog',
      principal: 'rektor',
      specialTeacher: 'speciallärare',
      counsellor: 'studiehandledare',
      peTeacher: 'gymnastiklärare',
      coordinator: 'koordinator för generellt inriktad elevhälsa',
      youthWorker: 'ungdomsarbetare',
    },
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
    role: {
      classTeacher: 'class teacher',
      homeroomTeacher: 'homeroom teacher',
      preschoolTeacher: 'pre-primary teacher',
      nurse: 'school nurse',
      doctor: 'school doctor',
      socialWorker: 'school social worker',
      psychologist: 'school psychologist',
      principal: 'principal',
      specialTeacher: 'special needs teacher',
      counsellor: 'guidance counsellor',
      peTeacher: 'PE teacher',
      coordinator: 'communal student welfare coordinator',
      youthWorker: 'youth worker',
    },
    day: (year, month, day) => `${day} ${EN_MONTHS[month - 1]} ${year}`,
  },
};
