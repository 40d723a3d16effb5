/**
 * Ryhmäytyminen: getting the class together at the start of the year, class rules made together,
 * a look back at them when the spring term starts, and grade 7's group-formation day.
 */
import type { TaskTemplate } from '@/domain/model';
import { THEME } from '../themes';
import { defineTemplate, LOWER_SECONDARY, PRE_PRIMARY, PRIMARY } from './define';
import { fromTermStart, inSchoolWeek } from './timing';

export const groupFormationTemplates: readonly TaskTemplate[] = [
  defineTemplate({
    id: 'tpl-group-formation-0',
    themeId: THEME.community,
    grades: PRE_PRIMARY,
    scope: 'class',
    responsible: ['preschoolTeacher'],
    // The first two school weeks.
    timing: fromTermStart('autumn', 10),
    title: {
      fi: 'Ryhmäytyminen eskarin alussa',
      sv: 'Gruppbildning i början av förskolan',
      en: 'Group formation at the start of pre-primary',
    },
    description: {
      fi: 'Eskariryhmä tutustuu toisiinsa, tiloihin ja päivän rytmiin leikkien ja yhteisten hetkien avulla. Aikuiset huolehtivat, että kaikki löytävät leikkikaverin.',
      sv: 'Förskolegruppen lär känna varandra, lokalerna och dagens rytm med lekar och gemensamma stunder. De vuxna ser till att alla hittar någon att leka med.',
      en: 'The pre-primary group gets to know each other, the premises and the daily rhythm through games and shared moments. The adults make sure everyone finds someone to play with.',
    },
  }),
  defineTemplate({
    id: 'tpl-group-formation-1-6',
    themeId: THEME.community,
    grades: PRIMARY,
    scope: 'class',
    responsible: ['classTeacher'],
    timing: fromTermStart('autumn', 10),
    title: {
      fi: 'Ryhmäytyminen lukuvuoden alussa',
      sv: 'Gruppbildning i början av läsåret',
      en: 'Group formation at the start of the year',
    },
    description: {
      fi: 'Luokka tekee kahden ensimmäisen kouluviikon aikana ryhmäytymisharjoituksia: tutustumisleikkejä, paritehtäviä ja yhteistyötä vaihtuvissa ryhmissä. Tavoitteena on, että kaikki tuntevat kuuluvansa luokkaan.',
      sv: 'Under de två första skolveckorna gör klassen gruppbildningsövningar: lära känna-lekar, paruppgifter och samarbete i grupper som byts. Målet är att alla ska känna att de hör till klassen.',
      en: 'During the first two school weeks the class does group-formation activities: getting-to-know-you games, pair tasks and teamwork in changing groups. The aim is for everyone to feel they belong to the class.',
    },
  }),
  defineTemplate({
    id: 'tpl-group-formation-7-9',
    themeId: THEME.community,
    grades: LOWER_SECONDARY,
    scope: 'class',
    responsible: ['homeroomTeacher'],
    timing: fromTermStart('autumn', 10),
    title: {
      fi: 'Ryhmäytyminen lukuvuoden alussa',
      sv: 'Gruppbildning i början av läsåret',
      en: 'Group formation at the start of the year',
    },
    description: {
      fi: 'Luokanvalvoja ohjaa kahden ensimmäisen kouluviikon aikana ryhmäytymisharjoituksia, joissa oppilaat työskentelevät vaihtuvissa ryhmissä. Samalla käydään läpi, keneen koulussa voi olla yhteydessä, jos jokin painaa mieltä.',
      sv: 'Under de två första skolveckorna leder klassföreståndaren gruppbildningsövningar där eleverna arbetar i grupper som byts. Samtidigt går man igenom vem i skolan man kan vända sig till om något tynger.',
      en: 'During the first two school weeks the homeroom teacher leads group-formation activities in which pupils work in changing groups. The class also goes over whom to contact at school when something is on their mind.',
    },
  }),
  defineTemplate({
    id: 'tpl-class-rules-0',
    themeId: THEME.community,
    grades: PRE_PRIMARY,
    scope: 'class',
    responsible: ['preschoolTeacher'],
    timing: inSchoolWeek('autumn', 2),
    title: {
      fi: 'Eskariryhmän yhteiset säännöt',
      sv: 'Förskolegruppens gemensamma regler',
      en: 'The pre-primary group’s shared rules',
    },
    description: {
      fi: 'Ryhmä sopii yhdessä muutamasta tärkeästä säännöstä, ja lapset kuvittavat ne näkyville. Sääntöihin palataan aina, kun niitä tarvitaan.',
      sv: 'Gruppen kommer tillsammans överens om några viktiga regler, och barnen illustrerar dem så att de syns. Man återkommer till reglerna när det behövs.',
      en: 'The group agrees together on a few important rules, and the children illustrate them for display. The group comes back to the rules whenever needed.',
    },
  }),
  defineTemplate({
    id: 'tpl-class-rules-1-6',
    themeId: THEME.community,
    grades: PRIMARY,
    scope: 'class',
    responsible: ['classTeacher'],
    timing: inSchoolWeek('autumn', 2),
    title: {
      fi: 'Luokan yhteiset pelisäännöt',
      sv: 'Klassens gemensamma spelregler',
      en: 'The class’s shared ground rules',
    },
    description: {
      fi: 'Luokka laatii yhdessä pelisäännöt, jotka kirjataan ja laitetaan näkyville. Säännöt esitellään myös huoltajille esimerkiksi vanhempainillassa.',
      sv: 'Klassen gör tillsammans upp spelregler som skrivs ner och sätts upp synligt. Reglerna presenteras också för vårdnadshavarna, till exempel på föräldramötet.',
      en: 'The class draws up ground rules together, writes them down and puts them on display. The rules are also shared with guardians, for example at the parent evening.',
    },
  }),
  defineTemplate({
    id: 'tpl-class-rules-7-9',
    themeId: THEME.community,
    grades: LOWER_SECONDARY,
    scope: 'class',
    responsible: ['homeroomTeacher'],
    timing: inSchoolWeek('autumn', 2),
    title: {
      fi: 'Luokan yhteiset pelisäännöt',
      sv: 'Klassens gemensamma spelregler',
      en: 'The class’s shared ground rules',
    },
    description: {
      fi: 'Luokka sopii luokanvalvojan tunnilla yhteiset pelisäännöt, myös viestinnästä ja käytöksestä luokan omissa somekanavissa. Säännöt kirjataan ja niihin palataan lukuvuoden aikana.',
      sv: 'Under klassföreståndartimmen kommer klassen överens om gemensamma spelregler, också om kommunikation och uppförande i klassens egna kanaler i sociala medier. Reglerna skrivs ner och man återkommer till dem under läsåret.',
      en: 'In a homeroom lesson the class agrees on shared ground rules, including how to communicate and behave in the class’s own social media channels. The rules are written down and revisited during the year.',
    },
  }),
  defineTemplate({
    id: 'tpl-group-check-spring-0',
    themeId: THEME.community,
    grades: PRE_PRIMARY,
    scope: 'class',
    responsible: ['preschoolTeacher'],
    timing: inSchoolWeek('spring', 1),
    title: {
      fi: 'Ryhmän säännöt kevään alussa',
      sv: 'Gruppens regler i början av våren',
      en: 'Group rules at the start of spring',
    },
    description: {
      fi: 'Joululoman jälkeen ryhmä palaa syksyllä sovittuihin sääntöihin ja leikkii yhteisen ryhmäleikin. Tarvittaessa sääntöjä päivitetään yhdessä.',
      sv: 'Efter jullovet återkommer gruppen till reglerna från hösten och leker en gemensam lek. Vid behov uppdateras reglerna tillsammans.',
      en: 'After the Christmas break the group revisits the rules agreed in the autumn and plays a game together. The rules are updated together if needed.',
    },
  }),
  defineTemplate({
    id: 'tpl-group-check-spring-1-6',
    themeId: THEME.community,
    grades: PRIMARY,
    scope: 'class',
    responsible: ['classTeacher'],
    timing: inSchoolWeek('spring', 1),
    title: {
      fi: 'Pelisääntöjen tarkistus kevään alussa',
      sv: 'Spelreglerna ses över i början av våren',
      en: 'Ground rules check at the start of spring',
    },
    description: {
      fi: 'Luokka arvioi, miten syksyllä sovitut pelisäännöt ovat toimineet, ja päivittää niitä tarvittaessa. Tunti päättyy yhteiseen ryhmähenkeä vahvistavaan harjoitukseen.',
      sv: 'Klassen utvärderar hur spelreglerna från hösten har fungerat och uppdaterar dem vid behov. Lektionen avslutas med en gemensam övning som stärker gruppandan.',
      en: 'The class reviews how the ground rules agreed in the autumn have worked and updates them if needed. The lesson ends with an activity that strengthens team spirit.',
    },
  }),
  defineTemplate({
    id: 'tpl-group-check-spring-7-9',
    themeId: THEME.community,
    grades: LOWER_SECONDARY,
    scope: 'class',
    responsible: ['homeroomTeacher'],
    timing: inSchoolWeek('spring', 1),
    title: {
      fi: 'Pelisääntöjen tarkistus kevään alussa',
      sv: 'Spelreglerna ses över i början av våren',
      en: 'Ground rules check at the start of spring',
    },
    description: {
      fi: 'Luokanvalvojan tunnilla arvioidaan, miten luokan pelisäännöt ja syksyn tavoitteet ovat toteutuneet. Luokka valitsee kevääksi yhden asian, jota parannetaan yhdessä.',
      sv: 'Under klassföreståndartimmen utvärderar klassen hur spelreglerna och höstens mål har förverkligats. Klassen väljer en sak att förbättra tillsammans under våren.',
      en: 'In a homeroom lesson the class reviews how its ground rules and autumn goals have worked out. The class picks one thing to improve together in the spring.',
    },
  }),
  defineTemplate({
    id: 'tpl-group-day-7',
    themeId: THEME.community,
    grades: [7],
    scope: 'class',
    responsible: ['homeroomTeacher', 'socialWorker', 'youthWorker'],
    // Early in the year, within the first three school weeks.
    timing: fromTermStart('autumn', 15),
    title: {
      fi: 'Seitsemäsluokkalaisten ryhmäytymispäivä',
      sv: 'Gruppbildningsdag för årskurs 7',
      en: 'Group-formation day for grade 7',
    },
    description: {
      fi: 'Luokka viettää ryhmäytymispäivän tai leirin, jonka ohjaavat luokanvalvoja, kuraattori, nuorisotyöntekijä ja tukioppilaat. Toiminnallisten tehtävien avulla uusi luokka tutustuu toisiinsa ja yläkouluun.',
      sv: 'Klassen har en gruppbildningsdag eller ett läger som leds av klassföreståndaren, skolkuratorn, en ungdomsarbetare och stödeleverna. Med aktiverande uppgifter lär den nya klassen känna varandra och högstadiet.',
      en: 'The class spends a group-formation day or camp led by the homeroom teacher, the school social worker, a youth worker and peer tutors. Through activities the new class gets to know each other and lower secondary school.',
    },
  }),
];
