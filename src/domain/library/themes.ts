/**
 * Built-in themes: the ten monthly themes of Jämsä's wellbeing calendar (August to May) and a few
 * category themes for tasks that belong to no month (health checks, safety, transitions...).
 * Colours are dark enough for white text (contrast at least 4.5:1) and are only ever shown as a
 * swatch next to the theme's name.
 */
import { themeId, type ThemeId } from '@/domain/ids';
import type { Theme } from '@/domain/model';

/** The ids of the built-in themes, so that templates refer to them by name, not by string. */
export const THEME = {
  community: themeId('theme-08-community'),
  friendship: themeId('theme-09-friendship'),
  mentalWellbeing: themeId('theme-10-mental-wellbeing'),
  health: themeId('theme-11-health'),
  selfKnowledge: themeId('theme-12-self-knowledge'),
  equality: themeId('theme-01-equality'),
  media: themeId('theme-02-media'),
  emotions: themeId('theme-03-emotions'),
  empathy: themeId('theme-04-empathy'),
  dreams: themeId('theme-05-dreams'),
  healthChecks: themeId('theme-health-checks'),
  safety: themeId('theme-safety'),
  absencePrevention: themeId('theme-absence-prevention'),
  transitions: themeId('theme-transitions'),
  studentWelfare: themeId('theme-student-welfare'),
  homeSchool: themeId('theme-home-school'),
  bullyingPrevention: themeId('theme-bullying-prevention'),
} as const satisfies Record<string, ThemeId>;

/** The monthly themes in school-year order, August first. */
export const monthlyThemes: readonly Theme[] = [
  {
    id: THEME.community,
    name: { fi: 'Yhteisöllisyys', sv: 'Gemenskap', en: 'Community' },
    color: '#1d6a96',
  },
  {
    id: THEME.friendship,
    name: {
      fi: 'Vuorovaikutus ja kaveritaidot',
      sv: 'Växelverkan och kompisfärdigheter',
      en: 'Interaction and friendship skills',
    },
    color: '#2e7d32',
  },
  {
    id: THEME.mentalWellbeing,
    name: {
      fi: 'Mielen hyvinvointi ja arjen taidot',
      sv: 'Psykiskt välbefinnande och vardagsfärdigheter',
      en: 'Mental wellbeing and everyday skills',
    },
    color: '#6a1b9a',
  },
  {
    id: THEME.health,
    name: {
      fi: 'Hyvinvointi ja terveys',
      sv: 'Välbefinnande och hälsa',
      en: 'Wellbeing and health',
    },
    color: '#c62828',
  },
  {
    id: THEME.selfKnowledge,
    name: {
      fi: 'Itsetuntemus ja itsetunto',
      sv: 'Självkännedom och självkänsla',
      en: 'Self-knowledge and self-esteem',
    },
    color: '#ad1457',
  },
  {
    id: THEME.equality,
    name: {
      fi: 'Tasa-arvo ja yhdenvertaisuus',
      sv: 'Jämställdhet och likabehandling',
      en: 'Equality and non-discrimination',
    },
    color: '#283593',
  },
  {
    id: THEME.media,
    name: { fi: 'Media ja hyvinvointi', sv: 'Medier och välbefinnande', en: 'Media and wellbeing' },
    color: '#00695c',
  },
  {
    id: THEME.emotions,
    name: { fi: 'Tunnetaidot', sv: 'Känslofärdigheter', en: 'Emotional skills' },
    color: '#b23c17',
  },
  {
    id: THEME.empathy,
    name: { fi: 'Empatia ja myötätunto', sv: 'Empati och medkänsla', en: 'Empathy and compassion' },
    color: '#7b1fa2',
  },
  {
    id: THEME.dreams,
    name: { fi: 'Unelmat ja haaveet', sv: 'Drömmar och förhoppningar', en: 'Dreams and hopes' },
    color: '#0d47a1',
  },
];

/** Themes for tasks that are not part of the monthly lessons. */
export const categoryThemes: readonly Theme[] = [
  {
    id: THEME.healthChecks,
    name: {
      fi: 'Terveystarkastukset ja seuranta',
      sv: 'Hälsoundersökningar och uppföljning',
      en: 'Health checks and monitoring',
    },
    color: '#37474f',
  },
  {
    id: THEME.safety,
    name: { fi: 'Turvallisuus', sv: 'Säkerhet', en: 'Safety' },
    color: '#8a3b00',
  },
  {
    id: THEME.absencePrevention,
    name: {
      fi: 'Poissaolojen ehkäisy',
      sv: 'Förebyggande av frånvaro',
      en: 'Absence prevention',
    },
    color: '#5d4037',
  },
  {
    id: THEME.transitions,
    name: { fi: 'Nivelvaiheet', sv: 'Övergångsskeden', en: 'Transitions' },
    color: '#4527a0',
  },
  {
    id: THEME.studentWelfare,
    name: {
      fi: 'Yhteisöllinen opiskeluhuolto',
      sv: 'Generellt inriktad elevhälsa',
      en: 'Communal student welfare',
    },
    color: '#00596b',
  },
  {
    id: THEME.homeSchool,
    name: {
      fi: 'Kodin ja koulun yhteistyö',
      sv: 'Samarbete mellan hem och skola',
      en: 'Home-school cooperation',
    },
    color: '#6b5800',
  },
  {
    id: THEME.bullyingPrevention,
    name: {
      fi: 'Kiusaamisen ehkäisy',
      sv: 'Förebyggande av mobbning',
      en: 'Bullying prevention',
    },
    color: '#1b5e20',
  },
];

/** Every built-in theme: the monthly ones first, then the categories. */
export const builtInThemes: readonly Theme[] = [...monthlyThemes, ...categoryThemes];
