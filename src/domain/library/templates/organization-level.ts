/**
 * Tasks of the education provider (the municipality) as a whole, carried by the communal student
 * welfare coordinator: the year's calendar, the steering group's progress reports, the network of
 * the schools' welfare groups, and the municipal view of the school health survey.
 */
import type { TaskTemplate } from '@/domain/model';
import { THEME } from '../themes';
import { ALL_GRADES, defineTemplate } from './define';
import { everyMonth, inMonth, inOddYears } from './timing';

export const organizationLevelTemplates: readonly TaskTemplate[] = [
  defineTemplate({
    id: 'tpl-org-calendar-update',
    themeId: THEME.studentWelfare,
    grades: ALL_GRADES,
    scope: 'organization',
    responsible: ['coordinator'],
    timing: inMonth(8, 'firstHalf'),
    title: {
      fi: 'Hyvinvoinnin vuosikellon päivitys',
      sv: 'Årsklockan för välbefinnande uppdateras',
      en: 'Wellbeing calendar update',
    },
    description: {
      fi: 'Koordinaattori päivittää kunnan vuosikelloon lukuvuoden loma-ajat, teemat ja yhteiset tapahtumat ja tiedottaa kouluille. Koulut täydentävät omat tehtävänsä lukuvuoden alussa.',
      sv: 'Koordinatorn uppdaterar kommunens årsklocka med läsårets lov, teman och gemensamma evenemang och informerar skolorna. Skolorna kompletterar med sina egna uppgifter i början av läsåret.',
      en: 'The coordinator updates the municipal calendar with the year’s breaks, themes and shared events and informs the schools. The schools add their own tasks at the start of the year.',
    },
  }),
  defineTemplate({
    id: 'tpl-steering-group-progress-report',
    themeId: THEME.studentWelfare,
    grades: ALL_GRADES,
    scope: 'organization',
    responsible: ['coordinator'],
    timing: everyMonth([12, 5], 'firstHalf'),
    title: {
      fi: 'Edistymisraportti ohjausryhmälle',
      sv: 'Lägesrapport till styrgruppen',
      en: 'Progress report to the steering group',
    },
    description: {
      fi: 'Koordinaattori kokoaa koulujen kuittauksista ja huomioista katsauksen siihen, miten vuosikellon tehtävät ovat toteutuneet. Ohjausryhmä päättää tarvittavista tukitoimista ja painopisteistä.',
      sv: 'Koordinatorn sammanställer utifrån skolornas kvitteringar och anteckningar en översikt över hur årsklockans uppgifter har genomförts. Styrgruppen beslutar om behövliga stödåtgärder och fokusområden.',
      en: 'The coordinator compiles an overview of how the calendar’s tasks have been carried out, based on the schools’ check-offs and notes. The steering group decides on any support measures and priorities.',
    },
  }),
  defineTemplate({
    id: 'tpl-org-welfare-network',
    themeId: THEME.studentWelfare,
    grades: ALL_GRADES,
    scope: 'organization',
    responsible: ['coordinator'],
    timing: everyMonth([10, 3]),
    title: {
      fi: 'Koulujen opiskeluhuoltoryhmien verkostotapaaminen',
      sv: 'Nätverksträff för skolornas elevhälsogrupper',
      en: 'Network meeting of the schools’ welfare groups',
    },
    description: {
      fi: 'Koordinaattori kutsuu koulujen yhteisöllisten opiskeluhuoltoryhmien edustajat jakamaan toimivia käytäntöjä ja sopimaan yhteisistä teemoista. Tapaamisen muistio jaetaan kouluille.',
      sv: 'Koordinatorn bjuder in representanter för skolornas generellt inriktade elevhälsogrupper för att dela fungerande praxis och komma överens om gemensamma teman. Minnesanteckningarna skickas till skolorna.',
      en: 'The coordinator invites representatives of the schools’ communal student welfare groups to share good practices and agree on shared themes. The meeting notes are sent to the schools.',
    },
  }),
  defineTemplate({
    id: 'tpl-org-health-survey-results',
    themeId: THEME.studentWelfare,
    grades: [4, 5, 8, 9],
    scope: 'organization',
    responsible: ['coordinator'],
    // After the schools have discussed their own results in October.
    timing: inOddYears(inMonth(11)),
    title: {
      fi: 'Kouluterveyskyselyn tulokset kunnassa',
      sv: 'Kommunens resultat av enkäten Hälsa i skolan',
      en: 'School health survey results for the municipality',
    },
    description: {
      fi: 'Koordinaattori esittelee kunnan Kouluterveyskyselyn tulokset ohjausryhmälle ja vertaa niitä edelliseen kyselyyn. Tulokset viedään lasten ja nuorten hyvinvointisuunnitelman päivitykseen.',
      sv: 'Koordinatorn presenterar kommunens resultat av enkäten Hälsa i skolan för styrgruppen och jämför dem med den förra enkäten. Resultaten förs in i uppdateringen av välfärdsplanen för barn och unga.',
      en: 'The coordinator presents the municipality’s school health survey results to the steering group and compares them with the previous survey. The results feed into the update of the children and young people’s wellbeing plan.',
    },
  }),
];
