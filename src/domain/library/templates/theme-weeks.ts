/**
 * National theme weeks, placed by ISO week: the substance-abuse prevention week (week 45), the
 * children's rights week (week 47) and the media literacy week (week 7). Each has a version for
 * pre-primary, grades 1-6 and grades 7-9.
 */
import type { TaskTemplate } from '@/domain/model';
import { THEME } from '../themes';
import { defineTemplate, LOWER_SECONDARY, PRE_PRIMARY, PRIMARY } from './define';
import { inIsoWeek } from './timing';

const SUBSTANCE_PREVENTION_WEEK = 45;
const CHILDRENS_RIGHTS_WEEK = 47;
const MEDIA_LITERACY_WEEK = 7;

export const themeWeekTemplates: readonly TaskTemplate[] = [
  defineTemplate({
    id: 'tpl-substance-prevention-week-7-9',
    themeId: THEME.health,
    grades: LOWER_SECONDARY,
    scope: 'class',
    responsible: ['homeroomTeacher', 'nurse', 'youthWorker'],
    timing: inIsoWeek(SUBSTANCE_PREVENTION_WEEK),
    title: {
      fi: 'Ehkäisevän päihdetyön viikko',
      sv: 'Veckan för förebyggande rusmedelsarbete',
      en: 'Substance-abuse prevention week',
    },
    description: {
      fi: 'Luokka osallistuu viikon ohjelmaan, esimerkiksi terveydenhoitajan tai nuorisotyöntekijän vetämään keskusteluun tai rastiradalle. Aiheina ovat nikotiinin, alkoholin ja huumeiden riskit sekä keinot kieltäytyä ryhmän painostuksesta.',
      sv: 'Klassen deltar i veckans program, till exempel en diskussion eller en stationsbana som leds av hälsovårdaren eller en ungdomsarbetare. Temat är riskerna med nikotin, alkohol och droger och sätt att stå emot grupptryck.',
      en: 'The class takes part in the week’s programme, such as a discussion or an activity trail led by the school nurse or a youth worker. The topics are the risks of nicotine, alcohol and drugs and ways to resist peer pressure.',
    },
  }),
  defineTemplate({
    id: 'tpl-healthy-choices-week-1-6',
    themeId: THEME.health,
    grades: PRIMARY,
    scope: 'class',
    responsible: ['classTeacher'],
    timing: inIsoWeek(SUBSTANCE_PREVENTION_WEEK),
    title: {
      fi: 'Terveiden valintojen viikko',
      sv: 'Veckan för hälsosamma val',
      en: 'Healthy choices week',
    },
    description: {
      fi: 'Ehkäisevän päihdetyön viikolla luokka käsittelee ikätasoisesti terveellisiä valintoja ja sitä, miten pidetään huolta itsestä ja kavereista. Terveydenhoitaja voi vierailla luokassa.',
      sv: 'Under veckan för förebyggande rusmedelsarbete behandlar klassen hälsosamma val på ett åldersanpassat sätt och hur man tar hand om sig själv och sina kompisar. Hälsovårdaren kan besöka klassen.',
      en: 'During the substance-abuse prevention week the class looks at healthy choices in an age-appropriate way and how to look after yourself and your friends. The school nurse may visit the class.',
    },
  }),
  defineTemplate({
    id: 'tpl-healthy-habits-week-0',
    themeId: THEME.health,
    grades: PRE_PRIMARY,
    scope: 'class',
    responsible: ['preschoolTeacher'],
    timing: inIsoWeek(SUBSTANCE_PREVENTION_WEEK),
    title: {
      fi: 'Terveiden tapojen viikko eskarissa',
      sv: 'Veckan för hälsosamma vanor i förskolan',
      en: 'Healthy habits week in pre-primary',
    },
    description: {
      fi: 'Ryhmä leikkii ja juttelee terveellisistä tavoista: unesta, ruoasta, ulkoilusta ja käsienpesusta. Lapset kokoavat yhteisen kuvan hyvästä päivästä.',
      sv: 'Gruppen leker och pratar om hälsosamma vanor: sömn, mat, utevistelse och handtvätt. Barnen gör en gemensam bild av en bra dag.',
      en: 'The group plays and talks about healthy habits: sleep, food, outdoor play and handwashing. The children make a shared picture of a good day.',
    },
  }),
  defineTemplate({
    id: 'tpl-childrens-rights-week-0',
    themeId: THEME.equality,
    grades: PRE_PRIMARY,
    scope: 'class',
    responsible: ['preschoolTeacher'],
    timing: inIsoWeek(CHILDRENS_RIGHTS_WEEK),
    title: {
      fi: 'Lapsen oikeuksien viikko eskarissa',
      sv: 'Barnrättsveckan i förskolan',
      en: 'Children’s rights week in pre-primary',
    },
    description: {
      fi: 'Ryhmä tutustuu lapsen oikeuksiin kuvien ja satujen avulla: jokaisella lapsella on oikeus leikkiin, lepoon, turvaan ja tulla kuulluksi. Lapset kertovat, mikä heistä on tärkeää.',
      sv: 'Gruppen bekantar sig med barnets rättigheter med hjälp av bilder och sagor: alla barn har rätt till lek, vila, trygghet och att bli hörda. Barnen berättar vad som är viktigt för dem.',
      en: 'The group learns about children’s rights through pictures and stories: every child has the right to play, rest, safety and being heard. The children say what matters to them.',
    },
  }),
  defineTemplate({
    id: 'tpl-childrens-rights-week-1-6',
    themeId: THEME.equality,
    grades: PRIMARY,
    scope: 'class',
    responsible: ['classTeacher'],
    timing: inIsoWeek(CHILDRENS_RIGHTS_WEEK),
    title: {
      fi: 'Lapsen oikeuksien viikko',
      sv: 'Barnrättsveckan',
      en: 'Children’s rights week',
    },
    description: {
      fi: 'Luokka tutustuu YK:n lapsen oikeuksien sopimukseen ikätasoisesti ja pohtii, miten oikeudet toteutuvat koulussa. Tukioppilaat voivat pitää luokalle tuokion.',
      sv: 'Klassen bekantar sig med FN:s konvention om barnets rättigheter på ett åldersanpassat sätt och funderar på hur rättigheterna förverkligas i skolan. Stödeleverna kan hålla en stund för klassen.',
      en: 'The class learns about the UN Convention on the Rights of the Child at an age-appropriate level and considers how the rights are realised at school. Peer tutors may run a session for the class.',
    },
  }),
  defineTemplate({
    id: 'tpl-childrens-rights-week-7-9',
    themeId: THEME.equality,
    grades: LOWER_SECONDARY,
    scope: 'class',
    responsible: ['homeroomTeacher'],
    timing: inIsoWeek(CHILDRENS_RIGHTS_WEEK),
    title: {
      fi: 'Lapsen oikeuksien viikko',
      sv: 'Barnrättsveckan',
      en: 'Children’s rights week',
    },
    description: {
      fi: 'Luokka käsittelee lapsen oikeuksia ja oppilaiden osallisuutta: miten oppilaiden ääni kuuluu koulun päätöksissä. Tukioppilaat tai oppilaskunta voivat vetää tuokion.',
      sv: 'Klassen behandlar barnets rättigheter och elevernas delaktighet: hur elevernas röst hörs i skolans beslut. Stödeleverna eller elevkåren kan leda en stund.',
      en: 'The class discusses children’s rights and pupil participation: how pupils’ voices are heard in the school’s decisions. Peer tutors or the pupil council may lead a session.',
    },
  }),
  defineTemplate({
    id: 'tpl-media-literacy-week-0',
    themeId: THEME.media,
    grades: PRE_PRIMARY,
    scope: 'class',
    responsible: ['preschoolTeacher'],
    timing: inIsoWeek(MEDIA_LITERACY_WEEK),
    title: {
      fi: 'Mediataitoviikko eskarissa',
      sv: 'Mediekunskapsveckan i förskolan',
      en: 'Media literacy week in pre-primary',
    },
    description: {
      fi: 'Ryhmä tekee yhdessä pienen mediatuotoksen, kuten kuvakertomuksen tai äänitteen, ja juttelee siitä, mikä mediassa on totta ja mikä keksittyä.',
      sv: 'Gruppen gör tillsammans en liten medieproduktion, som en bildberättelse eller en inspelning, och pratar om vad i medierna som är på riktigt och vad som är på låtsas.',
      en: 'The group makes a small media piece together, such as a picture story or a recording, and talks about what in the media is real and what is make-believe.',
    },
  }),
  defineTemplate({
    id: 'tpl-media-literacy-week-1-6',
    themeId: THEME.media,
    grades: PRIMARY,
    scope: 'class',
    responsible: ['classTeacher'],
    timing: inIsoWeek(MEDIA_LITERACY_WEEK),
    title: {
      fi: 'Mediataitoviikko',
      sv: 'Mediekunskapsveckan',
      en: 'Media literacy week',
    },
    description: {
      fi: 'Luokka tekee mediataitoviikon tehtäviä: harjoittelee tunnistamaan mainoksia ja harhaanjohtavaa tietoa ja miettii, miten netissä toimitaan reilusti.',
      sv: 'Klassen gör uppgifter under mediekunskapsveckan: övar på att känna igen reklam och vilseledande information och funderar på hur man beter sig schyst på nätet.',
      en: 'The class does media literacy week activities: practising spotting adverts and misleading information and thinking about how to behave fairly online.',
    },
  }),
  defineTemplate({
    id: 'tpl-media-literacy-week-7-9',
    themeId: THEME.media,
    grades: LOWER_SECONDARY,
    scope: 'class',
    responsible: ['homeroomTeacher'],
    timing: inIsoWeek(MEDIA_LITERACY_WEEK),
    title: {
      fi: 'Mediataitoviikko',
      sv: 'Mediekunskapsveckan',
      en: 'Media literacy week',
    },
    description: {
      fi: 'Luokka harjoittelee lähteiden arviointia, tunnistaa manipuloituja kuvia ja keskustelee somen ansaintalogiikasta. Tukioppilaat voivat vetää osan tehtävistä.',
      sv: 'Klassen övar på källkritik, känner igen manipulerade bilder och diskuterar hur sociala medier tjänar pengar. Stödeleverna kan leda en del av uppgifterna.',
      en: 'The class practises evaluating sources, spots manipulated images and discusses how social media platforms make money. Peer tutors may lead some of the activities.',
    },
  }),
];
