/**
 * The names of the responsible roles in each language, declared once: the UI's resources
 * (src/i18n `role`) and the calendar files the server writes (calendar-export) both read them.
 * One constant a language, so the first screen's Finnish resources carry only the Finnish names.
 */
import type { ResponsibleRole } from './model';

type RoleWords = Readonly<Record<ResponsibleRole, string>>;

export const ROLE_WORDS_FI = {
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
} as const satisfies RoleWords;

export const ROLE_WORDS_SV = {
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
} as const satisfies RoleWords;

export const ROLE_WORDS_EN = {
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
} as const satisfies RoleWords;
