/**
 * Kouluterveydenhuolto: the extended health checks of grades 1, 5 and 8 (guardians invited), the
 * yearly health checks of the other grades, Move! for grades 5 and 8, and the national school
 * health survey (Kouluterveyskysely), which runs in odd years: grades 4-5 in March, 8-9 in April,
 * results to the schools in the autumn of the same year.
 */
import type { TaskTemplate } from '@/domain/model';
import { THEME } from '../themes';
import { defineTemplate } from './define';
import { between, inMonth, inOddYears } from './timing';

export const healthTemplates: readonly TaskTemplate[] = [
  defineTemplate({
    id: 'tpl-health-check-extended-1',
    themeId: THEME.healthChecks,
    grades: [1],
    scope: 'class',
    responsible: ['nurse', 'doctor'],
    // Grade 1 from the autumn on.
    timing: between('09-01', '12-18'),
    title: {
      fi: 'Laajat terveystarkastukset, 1. luokka',
      sv: 'Omfattande hälsoundersökningar, årskurs 1',
      en: 'Extended health checks, grade 1',
    },
    description: {
      fi: 'Terveydenhoitaja ja koululääkäri tekevät luokan laajat terveystarkastukset syyslukukauden aikana, ja huoltajat kutsutaan mukaan. Tarkastusten aikataulu sovitaan luokanopettajan kanssa.',
      sv: 'Hälsovårdaren och skolläkaren gör klassens omfattande hälsoundersökningar under höstterminen, och vårdnadshavarna bjuds in. Tidtabellen görs upp tillsammans med klassläraren.',
      en: 'The school nurse and the school doctor carry out the class’s extended health checks during the autumn term, and guardians are invited. The schedule is agreed with the class teacher.',
    },
  }),
  defineTemplate({
    id: 'tpl-health-check-extended-5',
    themeId: THEME.healthChecks,
    grades: [5],
    scope: 'class',
    responsible: ['nurse', 'doctor'],
    // After the Move! measurements of the autumn.
    timing: between('10-01', '04-30'),
    title: {
      fi: 'Laajat terveystarkastukset, 5. luokka',
      sv: 'Omfattande hälsoundersökningar, årskurs 5',
      en: 'Extended health checks, grade 5',
    },
    description: {
      fi: 'Terveydenhoitaja ja koululääkäri tekevät luokan laajat terveystarkastukset, joihin huoltajat kutsutaan. Tarkastuksissa hyödynnetään syksyn Move!-mittausten tuloksia.',
      sv: 'Hälsovårdaren och skolläkaren gör klassens omfattande hälsoundersökningar, dit vårdnadshavarna bjuds in. Vid undersökningarna används resultaten från höstens Move!-mätningar.',
      en: 'The school nurse and the school doctor carry out the class’s extended health checks, to which guardians are invited. The checks draw on the results of the autumn’s Move! measurements.',
    },
  }),
  defineTemplate({
    id: 'tpl-health-check-extended-8',
    themeId: THEME.healthChecks,
    grades: [8],
    scope: 'class',
    responsible: ['nurse', 'doctor'],
    timing: between('10-01', '04-30'),
    title: {
      fi: 'Laajat terveystarkastukset, 8. luokka',
      sv: 'Omfattande hälsoundersökningar, årskurs 8',
      en: 'Extended health checks, grade 8',
    },
    description: {
      fi: 'Terveydenhoitaja ja koululääkäri tekevät luokan laajat terveystarkastukset, joihin huoltajat kutsutaan. Tarkastuksissa hyödynnetään syksyn Move!-mittausten tuloksia ja keskustellaan myös jatko-opintoja koskevista terveysasioista.',
      sv: 'Hälsovårdaren och skolläkaren gör klassens omfattande hälsoundersökningar, dit vårdnadshavarna bjuds in. Resultaten från höstens Move!-mätningar används, och man tar också upp hälsofrågor som gäller fortsatta studier.',
      en: 'The school nurse and the school doctor carry out the class’s extended health checks, to which guardians are invited. The checks draw on the autumn’s Move! results and also cover health matters relevant to further studies.',
    },
  }),
  defineTemplate({
    id: 'tpl-health-check-yearly-2-4',
    themeId: THEME.healthChecks,
    grades: [2, 3, 4],
    scope: 'class',
    responsible: ['nurse'],
    timing: between('01-08', '05-15'),
    title: {
      fi: 'Vuosittaiset terveystarkastukset',
      sv: 'Årliga hälsoundersökningar',
      en: 'Yearly health checks',
    },
    description: {
      fi: 'Terveydenhoitaja tekee luokan vuosittaiset terveystarkastukset kevätlukukauden aikana. Luokanopettaja ja terveydenhoitaja sopivat, miten tarkastukset sovitetaan luokan lukujärjestykseen.',
      sv: 'Hälsovårdaren gör klassens årliga hälsoundersökningar under vårterminen. Klassläraren och hälsovårdaren kommer överens om hur de passas in i klassens schema.',
      en: 'The school nurse carries out the class’s yearly health checks during the spring term. The class teacher and the nurse agree on how to fit them into the class timetable.',
    },
  }),
  defineTemplate({
    id: 'tpl-health-check-yearly-6-7-9',
    themeId: THEME.healthChecks,
    grades: [6, 7, 9],
    scope: 'class',
    responsible: ['nurse'],
    timing: between('09-01', '12-18'),
    title: {
      fi: 'Vuosittaiset terveystarkastukset',
      sv: 'Årliga hälsoundersökningar',
      en: 'Yearly health checks',
    },
    description: {
      fi: 'Terveydenhoitaja tekee luokan vuosittaiset terveystarkastukset syyslukukauden aikana. Tarkastusten ajankohdat sovitaan opettajan kanssa niin, että ne eivät osu kokeiden päälle.',
      sv: 'Hälsovårdaren gör klassens årliga hälsoundersökningar under höstterminen. Tiderna görs upp med läraren så att de inte krockar med prov.',
      en: 'The school nurse carries out the class’s yearly health checks during the autumn term. The times are agreed with the teacher so that they do not clash with exams.',
    },
  }),
  defineTemplate({
    id: 'tpl-move-5-8',
    themeId: THEME.healthChecks,
    grades: [5, 8],
    scope: 'class',
    responsible: ['peTeacher'],
    timing: between('08-15', '09-30'),
    title: {
      fi: 'Move!-mittaukset',
      sv: 'Move!-mätningar',
      en: 'Move! measurements',
    },
    description: {
      fi: 'Liikunnanopettaja tekee luokan kanssa Move!-mittaukset fyysisen toimintakyvyn seuraamiseksi. Tulokset palautetaan oppilaille ja niitä hyödynnetään laajoissa terveystarkastuksissa.',
      sv: 'Gymnastikläraren genomför Move!-mätningarna av den fysiska funktionsförmågan med klassen. Resultaten ges till eleverna och används vid de omfattande hälsoundersökningarna.',
      en: 'The PE teacher runs the Move! measurements of physical functioning with the class. The results are given back to pupils and used in the extended health checks.',
    },
  }),
  defineTemplate({
    id: 'tpl-health-survey-4-5',
    themeId: THEME.health,
    grades: [4, 5],
    scope: 'class',
    responsible: ['classTeacher'],
    timing: inOddYears(inMonth(3)),
    title: {
      fi: 'Kouluterveyskysely 4. ja 5. luokalla',
      sv: 'Enkäten Hälsa i skolan i årskurs 4 och 5',
      en: 'School health survey in grades 4 and 5',
    },
    description: {
      fi: 'Luokka vastaa Kouluterveyskyselyyn oppitunnilla opettajan valvonnassa. Opettaja kertoo kyselyn tarkoituksesta ja siitä, että vastaaminen on vapaaehtoista ja nimetöntä.',
      sv: 'Klassen svarar på enkäten Hälsa i skolan under en lektion under lärarens övervakning. Läraren berättar om syftet och om att det är frivilligt och anonymt att svara.',
      en: 'The class answers the national school health survey in a lesson supervised by the teacher. The teacher explains its purpose and that answering is voluntary and anonymous.',
    },
  }),
  defineTemplate({
    id: 'tpl-health-survey-8-9',
    themeId: THEME.health,
    grades: [8, 9],
    scope: 'class',
    responsible: ['homeroomTeacher'],
    timing: inOddYears(inMonth(4)),
    title: {
      fi: 'Kouluterveyskysely 8. ja 9. luokalla',
      sv: 'Enkäten Hälsa i skolan i årskurs 8 och 9',
      en: 'School health survey in grades 8 and 9',
    },
    description: {
      fi: 'Luokka vastaa Kouluterveyskyselyyn oppitunnilla luokanvalvojan tai aineenopettajan valvonnassa. Oppilaille kerrotaan, että vastaaminen on vapaaehtoista ja nimetöntä ja että tuloksia käytetään koulun hyvinvointityössä.',
      sv: 'Klassen svarar på enkäten Hälsa i skolan under en lektion under klassföreståndarens eller ämneslärarens övervakning. Eleverna får veta att det är frivilligt och anonymt att svara och att resultaten används i skolans välbefinnandearbete.',
      en: 'The class answers the national school health survey in a lesson supervised by the homeroom or subject teacher. Pupils are told that answering is voluntary and anonymous and that the results are used in the school’s wellbeing work.',
    },
  }),
  defineTemplate({
    id: 'tpl-health-survey-arrangements',
    themeId: THEME.health,
    grades: [4, 5, 8, 9],
    scope: 'school',
    responsible: ['principal'],
    timing: inOddYears(inMonth(2)),
    title: {
      fi: 'Kouluterveyskyselyn järjestelyt',
      sv: 'Arrangemangen för enkäten Hälsa i skolan',
      en: 'School health survey arrangements',
    },
    description: {
      fi: 'Rehtori varmistaa koulun osallistumisen, sopii luokkien vastausajat ja tietokoneiden varaukset sekä tiedottaa huoltajille kyselystä. Valvovat opettajat perehdytetään ohjeisiin.',
      sv: 'Rektorn säkerställer skolans deltagande, bokar svarstider och datorer för klasserna och informerar vårdnadshavarna om enkäten. De övervakande lärarna sätts in i anvisningarna.',
      en: 'The principal confirms the school’s participation, books answering times and computers for the classes and informs guardians about the survey. The supervising teachers are briefed on the instructions.',
    },
  }),
  defineTemplate({
    id: 'tpl-health-survey-results-school',
    themeId: THEME.studentWelfare,
    grades: [4, 5, 8, 9],
    scope: 'school',
    responsible: ['principal', 'coordinator'],
    // The results of the spring's survey reach the schools in late September.
    timing: inOddYears(inMonth(10)),
    title: {
      fi: 'Kouluterveyskyselyn tulokset koululla',
      sv: 'Skolans resultat av enkäten Hälsa i skolan',
      en: 'School health survey results at school',
    },
    description: {
      fi: 'Yhteisöllinen opiskeluhuoltoryhmä käsittelee koulun Kouluterveyskyselyn tulokset ja valitsee niistä kehittämiskohteet lukuvuodelle. Tulokset esitellään henkilökunnalle, oppilaskunnalle ja huoltajille.',
      sv: 'Den generellt inriktade elevhälsogruppen behandlar skolans resultat av enkäten Hälsa i skolan och väljer utvecklingsområden för läsåret. Resultaten presenteras för personalen, elevkåren och vårdnadshavarna.',
      en: 'The communal student welfare group goes through the school’s results of the school health survey and picks areas to develop during the year. The results are presented to staff, the pupil council and guardians.',
    },
  }),
];
