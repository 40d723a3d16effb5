/**
 * Recurring class work through the year: parent evenings, KiVa anti-bullying lessons and surveys
 * (for KiVa member schools), a class-climate check after the winter break, and the absence reviews
 * four times a year (the law requires schools to prevent, follow and act on absences; the
 * thresholds are local).
 */
import type { TaskTemplate } from '@/domain/model';
import { THEME } from '../themes';
import {
  ALL_GRADES,
  BASIC_EDUCATION,
  defineTemplate,
  LOWER_SECONDARY,
  PRE_PRIMARY,
  PRIMARY,
} from './define';
import { afterBreak, between, everyMonth, inMonth } from './timing';

/** Sep, Nov, Mar and May. */
const ABSENCE_REVIEW_MONTHS = [9, 11, 3, 5] as const;

export const recurringTemplates: readonly TaskTemplate[] = [
  defineTemplate({
    id: 'tpl-parent-evening-0',
    themeId: THEME.homeSchool,
    grades: PRE_PRIMARY,
    scope: 'class',
    responsible: ['preschoolTeacher', 'principal'],
    timing: inMonth(9),
    title: {
      fi: 'Eskarin vanhempainilta',
      sv: 'Föräldramöte i förskolan',
      en: 'Pre-primary parent evening',
    },
    description: {
      fi: 'Esiopettaja esittelee huoltajille eskarivuoden toiminnan, ryhmän säännöt ja yhteydenpidon tavat. Huoltajat tutustuvat toisiinsa ja keskustelevat siitä, miten koti ja eskari tukevat lapsia yhdessä.',
      sv: 'Förskolläraren presenterar förskoleårets verksamhet, gruppens regler och hur man håller kontakt. Vårdnadshavarna lär känna varandra och diskuterar hur hem och förskola tillsammans kan stödja barnen.',
      en: 'The pre-primary teacher presents the year’s activities, the group’s rules and how home and pre-primary keep in touch. Guardians get to know each other and discuss how home and pre-primary can support the children together.',
    },
  }),
  defineTemplate({
    id: 'tpl-parent-evening-1-6',
    themeId: THEME.homeSchool,
    grades: PRIMARY,
    scope: 'class',
    responsible: ['classTeacher', 'principal'],
    timing: between('09-01', '10-09'),
    title: {
      fi: 'Luokan vanhempainilta',
      sv: 'Klassens föräldramöte',
      en: 'Class parent evening',
    },
    description: {
      fi: 'Luokanopettaja kertoo huoltajille lukuvuoden tavoitteista, luokan pelisäännöistä ja hyvinvoinnin vuosikellon teemoista. Huoltajat sopivat yhteisistä käytännöistä, kuten kyläilyistä ja ruutuajasta.',
      sv: 'Klassläraren berättar för vårdnadshavarna om läsårets mål, klassens spelregler och temana i årsklockan för välbefinnande. Vårdnadshavarna kommer överens om gemensamma rutiner, till exempel kring kompisbesök och skärmtid.',
      en: 'The class teacher tells guardians about the year’s goals, the class’s ground rules and the themes of the wellbeing calendar. Guardians agree on shared practices, such as visits between friends and screen time.',
    },
  }),
  defineTemplate({
    id: 'tpl-parent-evening-7-9',
    themeId: THEME.homeSchool,
    grades: LOWER_SECONDARY,
    scope: 'class',
    responsible: ['homeroomTeacher', 'principal'],
    timing: between('09-01', '10-09'),
    title: {
      fi: 'Luokan vanhempainilta',
      sv: 'Klassens föräldramöte',
      en: 'Class parent evening',
    },
    description: {
      fi: 'Luokanvalvoja ja rehtori kertovat huoltajille lukuvuoden tavoitteista, arvioinnista ja koulun hyvinvointityöstä. Illassa voidaan käsitellä myös nuorten päihteisiin, vapaa-aikaan ja someen liittyviä yhteisiä pelisääntöjä.',
      sv: 'Klassföreståndaren och rektorn berättar för vårdnadshavarna om läsårets mål, bedömningen och skolans välbefinnandearbete. Mötet kan också ta upp gemensamma spelregler kring rusmedel, fritid och sociala medier.',
      en: 'The homeroom teacher and the principal tell guardians about the year’s goals, assessment and the school’s wellbeing work. The evening can also cover shared ground rules on substances, free time and social media.',
    },
  }),
  defineTemplate({
    id: 'tpl-kiva-lessons-1-4',
    themeId: THEME.bullyingPrevention,
    grades: [1, 4],
    scope: 'class',
    responsible: ['classTeacher'],
    timing: everyMonth([9, 10, 11, 12, 1, 2, 3, 4]),
    title: {
      fi: 'KiVa-oppitunti',
      sv: 'KiVa-lektion',
      en: 'KiVa lesson',
    },
    description: {
      fi: 'KiVa-kouluissa luokka pitää kuukauden KiVa-oppitunnin, jossa käsitellään ryhmän toimintaa, kiusaamisen tunnistamista ja kiusatun tukemista. Luokka sopii tunnin päätteeksi yhteisen säännön.',
      sv: 'I KiVa-skolor har klassen månadens KiVa-lektion om hur en grupp fungerar, hur man känner igen mobbning och hur man stöder den som blir mobbad. Lektionen avslutas med att klassen kommer överens om en gemensam regel.',
      en: 'In KiVa schools the class has the month’s KiVa lesson on how groups work, recognising bullying and supporting someone who is bullied. The lesson ends with the class agreeing on a shared rule.',
    },
  }),
  defineTemplate({
    id: 'tpl-kiva-themes-7',
    themeId: THEME.bullyingPrevention,
    grades: [7],
    scope: 'class',
    responsible: ['homeroomTeacher'],
    timing: everyMonth([9, 11, 1, 3]),
    title: {
      fi: 'KiVa-teematunti seitsemännellä luokalla',
      sv: 'KiVa-temalektion i årskurs 7',
      en: 'KiVa theme lesson in grade 7',
    },
    description: {
      fi: 'KiVa-kouluissa luokanvalvoja pitää luokalle KiVa-teematunnin, jossa käsitellään ryhmäpainetta, kiusaamista verkossa ja sivustakatsojien mahdollisuuksia puuttua. Tukioppilaat voivat osallistua tuntiin.',
      sv: 'I KiVa-skolor håller klassföreståndaren en KiVa-temalektion om grupptryck, mobbning på nätet och hur åskådare kan ingripa. Stödeleverna kan delta i lektionen.',
      en: 'In KiVa schools the homeroom teacher holds a KiVa theme lesson on peer pressure, online bullying and how bystanders can step in. Peer tutors may take part.',
    },
  }),
  defineTemplate({
    id: 'tpl-kiva-staff-briefing',
    themeId: THEME.bullyingPrevention,
    grades: BASIC_EDUCATION,
    scope: 'school',
    responsible: ['principal'],
    timing: inMonth(8, 'secondHalf'),
    title: {
      fi: 'KiVa-info henkilöstölle',
      sv: 'KiVa-information för personalen',
      en: 'KiVa briefing for staff',
    },
    description: {
      fi: 'Rehtori ja KiVa-tiimi kertaavat henkilöstölle koulun toimintamallin kiusaamistilanteissa, välituntivalvonnan käytännöt ja lukuvuoden KiVa-tunnit. Uudet työntekijät perehdytetään malliin.',
      sv: 'Rektorn och KiVa-teamet repeterar för personalen hur skolan agerar vid mobbning, rutinerna för rastövervakningen och läsårets KiVa-lektioner. Nyanställda introduceras i modellen.',
      en: 'The principal and the KiVa team remind staff of the school’s procedure for bullying cases, break-time supervision practices and the year’s KiVa lessons. New employees are introduced to the procedure.',
    },
  }),
  defineTemplate({
    id: 'tpl-kiva-pupil-survey',
    themeId: THEME.bullyingPrevention,
    grades: BASIC_EDUCATION,
    scope: 'school',
    responsible: ['principal'],
    timing: between('03-02', '05-08'),
    title: {
      fi: 'KiVa-oppilaskysely',
      sv: 'KiVa-elevenkät',
      en: 'KiVa pupil survey',
    },
    description: {
      fi: 'Koulu järjestää KiVa-koulujen vuosittaisen oppilaskyselyn, johon luokat vastaavat oppitunnilla. Tulokset käsitellään henkilöstön ja yhteisöllisen opiskeluhuoltoryhmän kanssa.',
      sv: 'Skolan ordnar KiVa-skolornas årliga elevenkät, som klasserna besvarar under en lektion. Resultaten behandlas med personalen och den generellt inriktade elevhälsogruppen.',
      en: 'The school runs the KiVa schools’ yearly pupil survey, which classes answer in a lesson. The results are discussed with staff and the communal student welfare group.',
    },
  }),
  defineTemplate({
    id: 'tpl-class-climate-check-1-6',
    themeId: THEME.community,
    grades: PRIMARY,
    scope: 'class',
    responsible: ['classTeacher'],
    timing: afterBreak('winter', 10),
    title: {
      fi: 'Luokan ilmapiiri talviloman jälkeen',
      sv: 'Klassens stämning efter sportlovet',
      en: 'Class climate after the winter break',
    },
    description: {
      fi: 'Luokka tekee lyhyen nimettömän ilmapiirikyselyn tai keskustelee siitä, miten luokassa viihdytään. Tulosten perusteella sovitaan yksi asia, jota parannetaan yhdessä kevään aikana.',
      sv: 'Klassen gör en kort anonym enkät om stämningen eller diskuterar hur man trivs i klassen. Utifrån resultatet kommer klassen överens om en sak att förbättra tillsammans under våren.',
      en: 'The class does a short anonymous climate survey or talks about how everyone feels in the class. Based on the results the class agrees on one thing to improve together during the spring.',
    },
  }),
  defineTemplate({
    id: 'tpl-class-climate-check-7-9',
    themeId: THEME.community,
    grades: LOWER_SECONDARY,
    scope: 'class',
    responsible: ['homeroomTeacher'],
    timing: afterBreak('winter', 10),
    title: {
      fi: 'Luokan ilmapiiri talviloman jälkeen',
      sv: 'Klassens stämning efter sportlovet',
      en: 'Class climate after the winter break',
    },
    description: {
      fi: 'Luokanvalvoja teettää luokalle lyhyen nimettömän ilmapiirikyselyn ja käy yhteenvedon läpi luokan kanssa. Yhdessä sovitaan, miten kevään aikana huolehditaan siitä, ettei kukaan jää ulkopuolelle.',
      sv: 'Klassföreståndaren låter klassen svara på en kort anonym enkät om stämningen och går igenom sammanfattningen med klassen. Tillsammans kommer man överens om hur man under våren ser till att ingen blir utanför.',
      en: 'The homeroom teacher runs a short anonymous climate survey and goes through the summary with the class. Together they agree how to make sure nobody is left out during the spring.',
    },
  }),
  defineTemplate({
    id: 'tpl-absence-review-0',
    themeId: THEME.absencePrevention,
    grades: PRE_PRIMARY,
    scope: 'class',
    responsible: ['preschoolTeacher'],
    timing: everyMonth(ABSENCE_REVIEW_MONTHS),
    title: {
      fi: 'Poissaolokatsaus',
      sv: 'Översikt över frånvaron',
      en: 'Absence review',
    },
    description: {
      fi: 'Esiopettaja tarkistaa ryhmän poissaolokirjaukset esiopetuksen sovittujen seurantarajojen mukaan ja toimii tarvittaessa sovitun toimintamallin mukaisesti. Yleiskuva viedään rehtorille.',
      sv: 'Förskolläraren går igenom gruppens frånvaroanteckningar enligt de överenskomna gränserna för uppföljning och följer vid behov den överenskomna modellen. En helhetsbild går till rektorn.',
      en: 'The pre-primary teacher checks the group’s absence records against the agreed follow-up thresholds and acts on the agreed procedure where needed. An overall picture goes to the principal.',
    },
  }),
  defineTemplate({
    id: 'tpl-absence-review-1-6',
    themeId: THEME.absencePrevention,
    grades: PRIMARY,
    scope: 'class',
    responsible: ['classTeacher'],
    timing: everyMonth(ABSENCE_REVIEW_MONTHS),
    title: {
      fi: 'Poissaolokatsaus',
      sv: 'Översikt över frånvaron',
      en: 'Absence review',
    },
    description: {
      fi: 'Luokanopettaja tarkistaa luokan poissaolokirjaukset koulun sovittujen seurantarajojen mukaan ja käynnistää tarvittaessa koulun poissaolomallin mukaiset toimet. Luokan yleiskuva viedään rehtorille.',
      sv: 'Klassläraren går igenom klassens frånvaroanteckningar enligt skolans gränser för uppföljning och sätter vid behov i gång åtgärderna i skolans modell för frånvaro. En helhetsbild av klassen går till rektorn.',
      en: 'The class teacher checks the class’s absence records against the school’s follow-up thresholds and starts the steps of the school’s absence procedure where needed. An overall picture of the class goes to the principal.',
    },
  }),
  defineTemplate({
    id: 'tpl-absence-review-7-9',
    themeId: THEME.absencePrevention,
    grades: LOWER_SECONDARY,
    scope: 'class',
    responsible: ['homeroomTeacher'],
    timing: everyMonth(ABSENCE_REVIEW_MONTHS),
    title: {
      fi: 'Poissaolokatsaus',
      sv: 'Översikt över frånvaron',
      en: 'Absence review',
    },
    description: {
      fi: 'Luokanvalvoja tarkistaa luokan poissaolokirjaukset koulun sovittujen seurantarajojen mukaan ja käynnistää tarvittaessa koulun poissaolomallin mukaiset toimet. Luokan yleiskuva viedään rehtorille.',
      sv: 'Klassföreståndaren går igenom klassens frånvaroanteckningar enligt skolans gränser för uppföljning och sätter vid behov i gång åtgärderna i skolans modell för frånvaro. En helhetsbild av klassen går till rektorn.',
      en: 'The homeroom teacher checks the class’s absence records against the school’s follow-up thresholds and starts the steps of the school’s absence procedure where needed. An overall picture of the class goes to the principal.',
    },
  }),
  defineTemplate({
    id: 'tpl-absence-review-school',
    themeId: THEME.absencePrevention,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['principal'],
    // After the classes' reviews of the same month.
    timing: everyMonth(ABSENCE_REVIEW_MONTHS, 'secondHalf'),
    title: {
      fi: 'Koulun poissaolotilanne',
      sv: 'Skolans frånvaroläge',
      en: 'School absence overview',
    },
    description: {
      fi: 'Rehtori kokoaa luokkien poissaolokatsaukset ja vie koulun poissaolotilanteen yhteisölliseen opiskeluhuoltoryhmään. Ryhmä arvioi, tarvitaanko koko koulua koskevia ehkäiseviä toimia.',
      sv: 'Rektorn sammanställer klassernas frånvaroöversikter och tar skolans frånvaroläge till den generellt inriktade elevhälsogruppen. Gruppen bedömer om det behövs förebyggande åtgärder för hela skolan.',
      en: 'The principal compiles the classes’ absence reviews and brings the school’s absence situation to the communal student welfare group. The group considers whether school-wide preventive measures are needed.',
    },
  }),
];
