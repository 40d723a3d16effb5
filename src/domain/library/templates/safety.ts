/**
 * Turvallisuus: safety information at the start of each term (prepared by the principal, gone
 * through in every class), the rescue plan, drills, and the three-yearly inspection of the
 * school environment.
 */
import type { TaskTemplate } from '@/domain/model';
import { THEME } from '../themes';
import { ALL_GRADES, defineTemplate, LOWER_SECONDARY, PRE_PRIMARY, PRIMARY } from './define';
import { between, everyNthYear, fromTermStart, inMonth } from './timing';

export const safetyTemplates: readonly TaskTemplate[] = [
  defineTemplate({
    id: 'tpl-safety-briefing-autumn-school',
    themeId: THEME.safety,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['principal'],
    timing: fromTermStart('autumn', 3),
    title: {
      fi: 'Turvallisuusohjeet syyslukukauden alkuun',
      sv: 'Säkerhetsanvisningar inför hösten',
      en: 'Safety instructions for the autumn term',
    },
    description: {
      fi: 'Rehtori päivittää oppilaille ja huoltajille annettavat turvallisuusohjeet, kuten koulumatkat, poistumisreitit ja toiminnan vaaratilanteissa. Ohjeet jaetaan opettajille luokissa läpikäytäviksi.',
      sv: 'Rektorn uppdaterar säkerhetsanvisningarna för elever och vårdnadshavare, till exempel om skolvägen, utrymningsvägarna och hur man gör i farliga situationer. Anvisningarna delas ut till lärarna så att de kan gås igenom i klasserna.',
      en: 'The principal updates the safety instructions for pupils and guardians, such as the way to school, exit routes and what to do in dangerous situations. The instructions are shared with teachers to go through in class.',
    },
  }),
  defineTemplate({
    id: 'tpl-safety-briefing-spring-school',
    themeId: THEME.safety,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['principal'],
    timing: fromTermStart('spring', 3),
    title: {
      fi: 'Turvallisuusohjeet kevätlukukauden alkuun',
      sv: 'Säkerhetsanvisningar inför våren',
      en: 'Safety instructions for the spring term',
    },
    description: {
      fi: 'Rehtori tarkistaa turvallisuusohjeet kevätlukukautta varten ja lisää niihin talven erityisasiat, kuten liukkaat koulumatkat ja jäällä liikkumisen. Ohjeet jaetaan opettajille ja huoltajille.',
      sv: 'Rektorn ser över säkerhetsanvisningarna inför vårterminen och lägger till vinterns särskilda frågor, som hala skolvägar och att röra sig på isen. Anvisningarna delas ut till lärare och vårdnadshavare.',
      en: 'The principal reviews the safety instructions for the spring term and adds the winter topics, such as slippery roads to school and staying off thin ice. The instructions go to teachers and guardians.',
    },
  }),
  defineTemplate({
    id: 'tpl-safety-info-autumn-0',
    themeId: THEME.safety,
    grades: PRE_PRIMARY,
    scope: 'class',
    responsible: ['preschoolTeacher'],
    timing: fromTermStart('autumn', 10),
    title: {
      fi: 'Turvallisuusasiat eskariryhmän kanssa',
      sv: 'Säkerhet med förskolegruppen',
      en: 'Safety topics with the pre-primary group',
    },
    description: {
      fi: 'Ryhmä harjoittelee turvallista kulkemista eskariin ja tutustuu siihen, miten tiloista poistutaan hälytyksen soidessa. Lapsille kerrotaan, kenelle aikuiselle voi aina kertoa, jos jokin pelottaa.',
      sv: 'Gruppen övar på att ta sig tryggt till förskolan och bekantar sig med hur man går ut ur lokalerna när larmet går. Barnen får veta vilken vuxen de alltid kan berätta för om något skrämmer dem.',
      en: 'The group practises getting to pre-primary safely and learns how to leave the building when the alarm sounds. The children are told which adult they can always tell if something frightens them.',
    },
  }),
  defineTemplate({
    id: 'tpl-safety-info-autumn-1-6',
    themeId: THEME.safety,
    grades: PRIMARY,
    scope: 'class',
    responsible: ['classTeacher'],
    timing: fromTermStart('autumn', 10),
    title: {
      fi: 'Turvallisuusohjeet luokan kanssa syksyllä',
      sv: 'Säkerhetsanvisningar med klassen på hösten',
      en: 'Safety instructions with the class in autumn',
    },
    description: {
      fi: 'Luokanopettaja käy luokan kanssa läpi koulun turvallisuusohjeet: turvallisen koulumatkan, poistumisreitit ja kokoontumispaikan sekä sen, miten toimitaan, jos joku loukkaantuu. Ohjeista muistutetaan myös huoltajia.',
      sv: 'Klassläraren går igenom skolans säkerhetsanvisningar med klassen: en trygg skolväg, utrymningsvägar och återsamlingsplatsen och vad man gör om någon skadar sig. Vårdnadshavarna påminns också om anvisningarna.',
      en: 'The class teacher goes through the school’s safety instructions with the class: a safe way to school, exit routes and the assembly point, and what to do if someone gets hurt. Guardians are reminded of the instructions too.',
    },
  }),
  defineTemplate({
    id: 'tpl-safety-info-autumn-7-9',
    themeId: THEME.safety,
    grades: LOWER_SECONDARY,
    scope: 'class',
    responsible: ['homeroomTeacher'],
    timing: fromTermStart('autumn', 10),
    title: {
      fi: 'Turvallisuusohjeet luokan kanssa syksyllä',
      sv: 'Säkerhetsanvisningar med klassen på hösten',
      en: 'Safety instructions with the class in autumn',
    },
    description: {
      fi: 'Luokanvalvoja käy luokan kanssa läpi koulun turvallisuusohjeet, poistumisreitit ja kokoontumispaikan sekä ohjeet liikenteeseen ja sähköpotkulautoihin. Lisäksi kerrataan, miten uhkaavasta tilanteesta ilmoitetaan.',
      sv: 'Klassföreståndaren går igenom skolans säkerhetsanvisningar, utrymningsvägarna och återsamlingsplatsen med klassen samt anvisningar om trafiken och elsparkcyklar. Klassen repeterar också hur man anmäler en hotfull situation.',
      en: 'The homeroom teacher goes through the school’s safety instructions, exit routes and assembly point with the class, along with guidance on traffic and e-scooters. The class also recaps how to report a threatening situation.',
    },
  }),
  defineTemplate({
    id: 'tpl-safety-info-spring-0',
    themeId: THEME.safety,
    grades: PRE_PRIMARY,
    scope: 'class',
    responsible: ['preschoolTeacher'],
    timing: fromTermStart('spring', 5),
    title: {
      fi: 'Talven turvallisuusasiat eskarissa',
      sv: 'Vinterns säkerhet i förskolan',
      en: 'Winter safety in pre-primary',
    },
    description: {
      fi: 'Ryhmä juttelee talven turvallisuudesta: liukkaista teistä, heijastimista, pukeutumisesta pakkasella ja siitä, miksi jäälle ei mennä ilman aikuista.',
      sv: 'Gruppen pratar om säkerhet på vintern: hala vägar, reflexer, kläder i kylan och varför man inte går ut på isen utan en vuxen.',
      en: 'The group talks about winter safety: slippery roads, reflectors, dressing for the cold and why nobody goes onto the ice without an adult.',
    },
  }),
  defineTemplate({
    id: 'tpl-safety-info-spring-1-6',
    themeId: THEME.safety,
    grades: PRIMARY,
    scope: 'class',
    responsible: ['classTeacher'],
    timing: fromTermStart('spring', 5),
    title: {
      fi: 'Turvallisuusohjeiden kertaus keväällä',
      sv: 'Säkerhetsanvisningarna repeteras på våren',
      en: 'Safety instructions recap in spring',
    },
    description: {
      fi: 'Luokka kertaa kevätlukukauden alussa koulun turvallisuusohjeet ja talven erityisasiat, kuten liukkaat koulumatkat, heijastimet ja jäällä liikkumisen vaarat.',
      sv: 'I början av vårterminen repeterar klassen skolans säkerhetsanvisningar och vinterns särskilda frågor, som hala skolvägar, reflexer och farorna med att röra sig på isen.',
      en: 'At the start of the spring term the class recaps the school’s safety instructions and the winter topics: slippery roads to school, reflectors and the dangers of going on the ice.',
    },
  }),
  defineTemplate({
    id: 'tpl-safety-info-spring-7-9',
    themeId: THEME.safety,
    grades: LOWER_SECONDARY,
    scope: 'class',
    responsible: ['homeroomTeacher'],
    timing: fromTermStart('spring', 5),
    title: {
      fi: 'Turvallisuusohjeiden kertaus keväällä',
      sv: 'Säkerhetsanvisningarna repeteras på våren',
      en: 'Safety instructions recap in spring',
    },
    description: {
      fi: 'Luokanvalvoja kertaa luokan kanssa koulun turvallisuusohjeet ja mahdolliset muutokset syksyyn verrattuna. Samalla muistutetaan, miten huolestuttavasta asiasta voi kertoa aikuiselle nimettömästi.',
      sv: 'Klassföreståndaren repeterar skolans säkerhetsanvisningar med klassen och eventuella ändringar sedan hösten. Samtidigt påminner man om hur man anonymt kan berätta för en vuxen om något oroande.',
      en: 'The homeroom teacher recaps the school’s safety instructions and any changes since the autumn with the class. The class is also reminded how to tell an adult about a worrying matter anonymously.',
    },
  }),
  defineTemplate({
    id: 'tpl-rescue-plan-review',
    themeId: THEME.safety,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['principal'],
    timing: inMonth(8, 'secondHalf'),
    title: {
      fi: 'Pelastussuunnitelman tarkistus',
      sv: 'Räddningsplanen ses över',
      en: 'Rescue plan review',
    },
    description: {
      fi: 'Rehtori tarkistaa koulun pelastussuunnitelman ja perehdyttää henkilökunnan, myös uudet työntekijät, toimimaan hätätilanteissa. Muutokset tallennetaan ja tiedotetaan henkilökunnalle.',
      sv: 'Rektorn ser över skolans räddningsplan och introducerar personalen, också de nyanställda, i hur man agerar i nödsituationer. Ändringarna sparas och meddelas personalen.',
      en: 'The principal reviews the school’s rescue plan and briefs the staff, including new employees, on how to act in emergencies. Changes are recorded and shared with the staff.',
    },
  }),
  defineTemplate({
    id: 'tpl-evacuation-drill',
    themeId: THEME.safety,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['principal'],
    // Typically in the autumn, before the autumn break.
    timing: between('09-01', '10-09'),
    title: {
      fi: 'Poistumisharjoitus',
      sv: 'Utrymningsövning',
      en: 'Evacuation drill',
    },
    description: {
      fi: 'Koko koulu harjoittelee poistumista rakennuksesta ja kokoontumista sovitulle paikalle. Harjoituksen jälkeen kirjataan havainnot ja korjattavat asiat.',
      sv: 'Hela skolan övar på att utrymma byggnaden och samlas på den överenskomna platsen. Efter övningen antecknas iakttagelser och sådant som behöver åtgärdas.',
      en: 'The whole school practises leaving the building and gathering at the assembly point. Afterwards, observations and things to fix are written down.',
    },
  }),
  defineTemplate({
    id: 'tpl-lockdown-drill',
    themeId: THEME.safety,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['principal'],
    timing: inMonth(3),
    title: {
      fi: 'Sisälle suojautumisen harjoitus',
      sv: 'Övning i att skydda sig inomhus',
      en: 'Lockdown drill',
    },
    description: {
      fi: 'Koulu harjoittelee sisälle suojautumista pelastussuunnitelman mukaisesti. Opettajat valmistelevat luokkansa etukäteen ikätasoisesti, ja harjoituksen havainnot käydään läpi henkilökunnan kanssa.',
      sv: 'Skolan övar på att skydda sig inomhus enligt räddningsplanen. Lärarna förbereder sina klasser på förhand på ett åldersanpassat sätt, och iakttagelserna gås igenom med personalen.',
      en: 'The school practises a lockdown in line with its rescue plan. Teachers prepare their classes beforehand in an age-appropriate way, and the observations are reviewed with the staff.',
    },
  }),
  defineTemplate({
    id: 'tpl-health-safety-inspection',
    themeId: THEME.safety,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['nurse', 'principal'],
    // Every third year; the remainder is a placeholder year to be moved to the school's own cycle.
    timing: everyNthYear(3, 0, inMonth(10)),
    title: {
      fi: 'Kouluympäristön terveellisyyden ja turvallisuuden tarkastus',
      sv: 'Granskning av skolmiljöns hälsa och säkerhet',
      en: 'School health and safety inspection',
    },
    description: {
      fi: 'Kouluterveydenhuolto tarkastaa kouluympäristön terveellisyyden ja turvallisuuden yhdessä rehtorin, työsuojelun ja muiden asiantuntijoiden kanssa kolmen vuoden välein. Havaitut puutteet kirjataan ja niiden korjaamista seurataan.',
      sv: 'Skolhälsovården granskar skolmiljöns hälsa och säkerhet tillsammans med rektorn, arbetarskyddet och andra sakkunniga vart tredje år. Brister som upptäcks antecknas och åtgärderna följs upp.',
      en: 'Every three years school health care inspects the health and safety of the school environment together with the principal, occupational safety and other experts. Shortcomings are recorded and their repair is followed up.',
    },
  }),
];
