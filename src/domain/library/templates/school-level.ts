/**
 * Tasks of the school as a whole: the communal student welfare group's year (plan at the start,
 * meetings, a mid-year check before the Christmas break, a report at the end) and the gender
 * equality and non-discrimination plan (pupil input in January, evaluation in May).
 */
import type { TaskTemplate } from '@/domain/model';
import { THEME } from '../themes';
import { ALL_GRADES, defineTemplate } from './define';
import { beforeBreak, beforeTermEnd, everyMonth, fromTermStart, inMonth } from './timing';

export const schoolLevelTemplates: readonly TaskTemplate[] = [
  defineTemplate({
    id: 'tpl-welfare-group-year-plan',
    themeId: THEME.studentWelfare,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['principal', 'coordinator'],
    // Within the first three school weeks.
    timing: fromTermStart('autumn', 15),
    title: {
      fi: 'Yhteisöllisen opiskeluhuollon vuosisuunnitelma',
      sv: 'Årsplan för den generellt inriktade elevhälsan',
      en: 'Communal student welfare plan for the year',
    },
    description: {
      fi: 'Yhteisöllinen opiskeluhuoltoryhmä kokoontuu lukuvuoden alussa, sopii vuoden painopisteet ja kokousaikataulun sekä päivittää koulun vuosikellon. Rehtori toimii ryhmän puheenjohtajana.',
      sv: 'Den generellt inriktade elevhälsogruppen samlas i början av läsåret, kommer överens om årets fokusområden och mötestider och uppdaterar skolans årsklocka. Rektorn är gruppens ordförande.',
      en: 'The communal student welfare group meets at the start of the year, agrees on the year’s priorities and meeting schedule and updates the school’s annual calendar. The principal chairs the group.',
    },
  }),
  defineTemplate({
    id: 'tpl-welfare-group-meeting',
    themeId: THEME.studentWelfare,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['principal', 'coordinator'],
    // The meeting frequency is local; these months sit between the plan, mid-year check and report.
    timing: everyMonth([9, 11, 2, 4]),
    title: {
      fi: 'Yhteisöllisen opiskeluhuoltoryhmän kokous',
      sv: 'Möte i den generellt inriktade elevhälsogruppen',
      en: 'Communal student welfare group meeting',
    },
    description: {
      fi: 'Ryhmä seuraa koulun hyvinvoinnin tilannetta, käsittelee ajankohtaiset teemat ja sopii toimista. Kokouksissa ei käsitellä yksittäisten oppilaiden asioita.',
      sv: 'Gruppen följer välbefinnandet i skolan, behandlar aktuella teman och kommer överens om åtgärder. Enskilda elevers ärenden behandlas inte på mötena.',
      en: 'The group follows wellbeing at the school, takes up current topics and agrees on measures. Matters concerning individual pupils are never handled in these meetings.',
    },
  }),
  defineTemplate({
    id: 'tpl-welfare-group-mid-year-check',
    themeId: THEME.studentWelfare,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['principal', 'coordinator'],
    // The last two school weeks before the Christmas break.
    timing: beforeBreak('christmas', 10),
    title: {
      fi: 'Opiskeluhuollon välitarkistus ennen joululomaa',
      sv: 'Elevhälsans halvårsgenomgång före jullovet',
      en: 'Student welfare mid-year check before Christmas',
    },
    description: {
      fi: 'Yhteisöllinen opiskeluhuoltoryhmä arvioi syyslukukauden toteutumista vuosisuunnitelmaan nähden ja tarkentaa kevään painopisteet. Havainnot kirjataan vuosiraporttia varten.',
      sv: 'Den generellt inriktade elevhälsogruppen utvärderar hur höstterminen har gått i förhållande till årsplanen och preciserar vårens fokusområden. Iakttagelserna antecknas inför årsrapporten.',
      en: 'The communal student welfare group reviews the autumn term against the year’s plan and sharpens the spring’s priorities. Observations are noted for the annual report.',
    },
  }),
  defineTemplate({
    id: 'tpl-welfare-group-year-report',
    themeId: THEME.studentWelfare,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['principal', 'coordinator'],
    // The last two school weeks of the year.
    timing: beforeTermEnd('spring', 10),
    title: {
      fi: 'Yhteisöllisen opiskeluhuollon vuosiraportti',
      sv: 'Årsrapport om den generellt inriktade elevhälsan',
      en: 'Communal student welfare annual report',
    },
    description: {
      fi: 'Ryhmä arvioi lukuvuoden hyvinvointityön, kirjaa onnistumiset ja kehittämiskohteet ja toimittaa raportin opetuksen järjestäjälle. Raportti on pohjana seuraavan vuoden suunnitelmalle.',
      sv: 'Gruppen utvärderar läsårets välbefinnandearbete, antecknar framgångar och utvecklingsområden och skickar rapporten till utbildningsanordnaren. Rapporten ligger till grund för nästa års plan.',
      en: 'The group evaluates the year’s wellbeing work, records successes and areas to develop and sends the report to the education provider. The report is the basis of next year’s plan.',
    },
  }),
  defineTemplate({
    id: 'tpl-equality-plan-pupil-input',
    themeId: THEME.equality,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['principal', 'coordinator'],
    timing: inMonth(1, 'secondHalf'),
    title: {
      fi: 'Oppilaiden kuuleminen tasa-arvosuunnitelmaan',
      sv: 'Elevernas åsikter till jämställdhetsplanen',
      en: 'Pupil input to the equality plan',
    },
    description: {
      fi: 'Koulu kerää oppilailta näkemyksiä tasa-arvon ja yhdenvertaisuuden toteutumisesta esimerkiksi kyselyllä tai luokkien teematunneilla. Tulokset kootaan tasa-arvo- ja yhdenvertaisuussuunnitelman päivitystä varten.',
      sv: 'Skolan samlar in elevernas syn på hur jämställdhet och likabehandling förverkligas, till exempel med en enkät eller under klassernas temalektioner. Resultaten sammanställs inför uppdateringen av planen för jämställdhet och likabehandling.',
      en: 'The school gathers pupils’ views on how equality and non-discrimination are realised, for example with a survey or in the classes’ theme lessons. The results are compiled for updating the equality and non-discrimination plan.',
    },
  }),
  defineTemplate({
    id: 'tpl-equality-plan-evaluation',
    themeId: THEME.equality,
    grades: ALL_GRADES,
    scope: 'school',
    responsible: ['principal', 'coordinator'],
    timing: inMonth(5, 'firstHalf'),
    title: {
      fi: 'Tasa-arvo- ja yhdenvertaisuussuunnitelman arviointi',
      sv: 'Utvärdering av planen för jämställdhet',
      en: 'Evaluation of the equality plan',
    },
    description: {
      fi: 'Rehtori ja koordinaattori arvioivat henkilöstön ja oppilaskunnan kanssa, miten suunnitelman toimenpiteet toteutuivat. Suunnitelma päivitetään oppilaiden näkemysten pohjalta seuraavaa lukuvuotta varten.',
      sv: 'Rektorn och koordinatorn utvärderar tillsammans med personalen och elevkåren hur planens åtgärder har genomförts. Planen uppdateras utifrån elevernas synpunkter inför nästa läsår.',
      en: 'The principal and the coordinator review with staff and the pupil council how the plan’s measures were carried out. The plan is updated for the next school year based on the pupils’ views.',
    },
  }),
];
