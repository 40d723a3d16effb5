/**
 * Nivelvaiheet: from pre-primary to grade 1 (March to May), from grade 6 to grade 7 (the receiving
 * staff's visit in April, transfer meetings and a visiting day in May, a follow-up in August), and
 * grade 9's joint application to upper secondary education (information in January, the
 * application period from late February into March).
 */
import type { TaskTemplate } from '@/domain/model';
import { THEME } from '../themes';
import { defineTemplate, PRE_PRIMARY } from './define';
import { between, inMonth } from './timing';

export const transitionTemplates: readonly TaskTemplate[] = [
  defineTemplate({
    id: 'tpl-transition-0-1-information-transfer',
    themeId: THEME.transitions,
    grades: PRE_PRIMARY,
    scope: 'class',
    responsible: ['preschoolTeacher', 'specialTeacher', 'principal'],
    timing: between('03-16', '05-15'),
    title: {
      fi: 'Tiedonsiirto esiopetuksesta kouluun',
      sv: 'Informationsöverföring från förskolan till skolan',
      en: 'Information transfer from pre-primary to school',
    },
    description: {
      fi: 'Esiopettaja, erityisopettaja ja vastaanottavan koulun rehtori sopivat tiedonsiirtopalaverien aikataulun ja käytännöt. Huoltajille kerrotaan tiedonsiirrosta etukäteen.',
      sv: 'Förskolläraren, specialläraren och rektorn för den mottagande skolan kommer överens om tidtabellen och rutinerna för överföringsmötena. Vårdnadshavarna informeras om överföringen på förhand.',
      en: 'The pre-primary teacher, the special needs teacher and the receiving school’s principal agree on the schedule and practices of the information-transfer meetings. Guardians are told about the transfer in advance.',
    },
  }),
  defineTemplate({
    id: 'tpl-transition-0-1-school-visits',
    themeId: THEME.transitions,
    grades: PRE_PRIMARY,
    scope: 'class',
    responsible: ['preschoolTeacher'],
    timing: inMonth(5),
    title: {
      fi: 'Eskarilaisten tutustumiskäynnit kouluun',
      sv: 'Förskolebarnens besök i skolan',
      en: 'Pre-primary visits to the school',
    },
    description: {
      fi: 'Eskariryhmä vierailee tulevassa koulussa: tutustutaan luokkiin, pihaan ja ruokalaan ja tavataan tulevia opettajia. Ekaluokkalaiset voivat toimia oppaina.',
      sv: 'Förskolegruppen besöker den blivande skolan: barnen bekantar sig med klassrum, skolgård och matsal och träffar sina blivande lärare. Ettorna kan vara guider.',
      en: 'The pre-primary group visits its future school: the children see the classrooms, the schoolyard and the dining hall and meet their future teachers. First-graders can act as guides.',
    },
  }),
  defineTemplate({
    id: 'tpl-transition-0-1-newcomers-evening',
    themeId: THEME.transitions,
    grades: PRE_PRIMARY,
    scope: 'school',
    responsible: ['principal', 'specialTeacher'],
    timing: inMonth(4, 'secondHalf'),
    title: {
      fi: 'Vanhempainilta tuleville ekaluokkalaisille',
      sv: 'Föräldramöte för blivande ettor',
      en: 'Parent evening for future first-graders',
    },
    description: {
      fi: 'Rehtori kertoo tulevien ekaluokkalaisten huoltajille koulun aloittamisesta, koulupäivän rakenteesta, aamu- ja iltapäivätoiminnasta ja oppilashuollon palveluista. Huoltajat voivat esittää kysymyksiä opettajille.',
      sv: 'Rektorn berättar för vårdnadshavarna till de blivande ettorna om skolstarten, skoldagens struktur, morgon- och eftermiddagsverksamheten och elevhälsans tjänster. Vårdnadshavarna kan ställa frågor till lärarna.',
      en: 'The principal tells the guardians of future first-graders about starting school, the structure of the school day, before- and after-school activities and student welfare services. Guardians can ask the teachers questions.',
    },
  }),
  defineTemplate({
    id: 'tpl-transition-6-7-receiving-staff-visit',
    themeId: THEME.transitions,
    grades: [6],
    scope: 'class',
    responsible: ['counsellor', 'specialTeacher', 'principal'],
    timing: inMonth(4),
    title: {
      fi: 'Yläkoulun henkilöstö vierailee 6. luokalla',
      sv: 'Högstadiets personal besöker årskurs 6',
      en: 'Lower secondary staff visit grade 6',
    },
    description: {
      fi: 'Vastaanottavan yläkoulun opinto-ohjaaja, erityisopettaja ja rehtori vierailevat luokassa kertomassa yläkoulun arjesta ja vastaamassa oppilaiden kysymyksiin.',
      sv: 'Studiehandledaren, specialläraren och rektorn från det mottagande högstadiet besöker klassen, berättar om vardagen i högstadiet och svarar på elevernas frågor.',
      en: 'The receiving lower secondary school’s guidance counsellor, special needs teacher and principal visit the class to talk about everyday life there and answer pupils’ questions.',
    },
  }),
  defineTemplate({
    id: 'tpl-transition-6-7-transfer-meetings',
    themeId: THEME.transitions,
    grades: [6],
    scope: 'class',
    responsible: ['classTeacher', 'specialTeacher', 'counsellor'],
    timing: inMonth(5, 'firstHalf'),
    title: {
      fi: 'Siirtopalaverit yläkouluun',
      sv: 'Överföringsmöten med högstadiet',
      en: 'Transfer meetings with lower secondary',
    },
    description: {
      fi: 'Luokanopettaja ja erityisopettaja siirtävät yläkoulun opinto-ohjaajalle ja erityisopettajalle opetuksen järjestämisen kannalta tarpeelliset tiedot koulun tiedonsiirtokäytännön mukaisesti. Luokkien muodostamisesta sovitaan samalla.',
      sv: 'Klassläraren och specialläraren för över den information som behövs för att ordna undervisningen till högstadiets studiehandledare och speciallärare enligt skolans rutiner för informationsöverföring. Samtidigt planeras klassindelningen.',
      en: 'The class teacher and the special needs teacher pass the information needed for organising teaching to the lower secondary counsellor and special needs teacher, following the school’s transfer practice. Forming the new classes is planned at the same time.',
    },
  }),
  defineTemplate({
    id: 'tpl-transition-6-7-visiting-day',
    themeId: THEME.transitions,
    grades: [6],
    scope: 'class',
    responsible: ['classTeacher', 'counsellor'],
    timing: inMonth(5, 'secondHalf'),
    title: {
      fi: 'Tutustumispäivä yläkoulussa',
      sv: 'Bekantskapsdag i högstadiet',
      en: 'Visiting day at lower secondary school',
    },
    description: {
      fi: 'Luokka viettää tutustumispäivän tulevassa yläkoulussa, tapaa luokanvalvojansa ja tukioppilaat ja kiertää koulun tilat. Luokanopettaja valmistelee päivää luokan kanssa etukäteen.',
      sv: 'Klassen tillbringar en bekantskapsdag i det blivande högstadiet, träffar sin klassföreståndare och stödeleverna och går runt i skolans lokaler. Klassläraren förbereder dagen med klassen på förhand.',
      en: 'The class spends a visiting day at its future lower secondary school, meets its homeroom teacher and peer tutors and tours the premises. The class teacher prepares the day with the class beforehand.',
    },
  }),
  defineTemplate({
    id: 'tpl-transition-6-7-follow-up',
    themeId: THEME.transitions,
    grades: [7],
    scope: 'class',
    responsible: ['homeroomTeacher', 'counsellor', 'specialTeacher'],
    timing: between('08-18', '09-04'),
    title: {
      fi: 'Nivelvaiheen seurantapalaveri 7. luokalla',
      sv: 'Uppföljningsmöte efter övergången till årskurs 7',
      en: 'Transition follow-up meeting in grade 7',
    },
    description: {
      fi: 'Luokanvalvoja, opinto-ohjaaja ja erityisopettaja arvioivat, miten luokan siirtyminen yläkouluun on sujunut ja toimivatko sovitut tukijärjestelyt. Tarvittaessa ollaan yhteydessä alakoulun opettajiin.',
      sv: 'Klassföreståndaren, studiehandledaren och specialläraren bedömer hur klassens övergång till högstadiet har gått och om de överenskomna stödarrangemangen fungerar. Vid behov kontaktas lärarna i lågstadiet.',
      en: 'The homeroom teacher, the guidance counsellor and the special needs teacher review how the class’s move to lower secondary has gone and whether the agreed support arrangements work. Primary school teachers are contacted if needed.',
    },
  }),
  defineTemplate({
    id: 'tpl-joint-application-information-9',
    themeId: THEME.transitions,
    grades: [9],
    scope: 'class',
    responsible: ['counsellor'],
    timing: inMonth(1, 'secondHalf'),
    title: {
      fi: 'Yhteishaun info 9. luokalle',
      sv: 'Information om den gemensamma ansökan för årskurs 9',
      en: 'Joint application briefing for grade 9',
    },
    description: {
      fi: 'Opinto-ohjaaja käy luokan kanssa läpi yhteishaun aikataulun, hakulomakkeen ja hakutoiveiden järjestämisen Opintopolussa. Samalla kerrataan, miten ohjausta saa hakuaikana.',
      sv: 'Studiehandledaren går igenom den gemensamma ansökans tidtabell, ansökningsblanketten och hur man rangordnar ansökningsmålen i Studieinfo med klassen. Klassen får också veta hur man får handledning under ansökningstiden.',
      en: 'The guidance counsellor goes through the joint application schedule, the application form and how to rank study options in the national Studyinfo service with the class. The class also learns how to get guidance during the application period.',
    },
  }),
  defineTemplate({
    id: 'tpl-joint-application-guardians-9',
    themeId: THEME.homeSchool,
    grades: [9],
    scope: 'class',
    responsible: ['counsellor', 'homeroomTeacher'],
    timing: between('01-12', '02-13'),
    title: {
      fi: 'Yhteishakuilta 9. luokan huoltajille',
      sv: 'Informationskväll om ansökan för vårdnadshavare',
      en: 'Joint application evening for guardians',
    },
    description: {
      fi: 'Opinto-ohjaaja kertoo huoltajille toisen asteen vaihtoehdoista, yhteishaun vaiheista ja oppivelvollisuuden jatkumisesta toisella asteella. Illassa voi olla mukana toisen asteen oppilaitosten edustajia.',
      sv: 'Studiehandledaren berättar för vårdnadshavarna om alternativen på andra stadiet, den gemensamma ansökans skeden och hur läroplikten fortsätter på andra stadiet. Representanter för läroanstalter på andra stadiet kan delta.',
      en: 'The guidance counsellor tells guardians about upper secondary options, the steps of the joint application and how compulsory education continues at upper secondary level. Representatives of upper secondary institutions may attend.',
    },
  }),
  defineTemplate({
    id: 'tpl-joint-application-period-9',
    themeId: THEME.transitions,
    grades: [9],
    scope: 'class',
    responsible: ['counsellor'],
    // The national application period runs from late February into March; check the exact dates yearly.
    timing: between('02-24', '03-18'),
    title: {
      fi: 'Yhteishaun hakuaika',
      sv: 'Ansökningstiden i den gemensamma ansökan',
      en: 'Joint application period',
    },
    description: {
      fi: 'Luokka tekee hakemuksensa hakuaikana opinto-ohjaajan tuella, esimerkiksi yhteisellä hakutunnilla. Hakuajan tarkat päivät tarkistetaan vuosittain Opintopolusta.',
      sv: 'Klassen gör sina ansökningar under ansökningstiden med stöd av studiehandledaren, till exempel under en gemensam ansökningslektion. De exakta datumen för ansökningstiden kontrolleras varje år i Studieinfo.',
      en: 'The class submits its applications during the application period with the guidance counsellor’s support, for example in a shared application lesson. The exact dates are checked each year in Studyinfo.',
    },
  }),
];
