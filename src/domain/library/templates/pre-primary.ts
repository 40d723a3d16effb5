/**
 * Esiopetus: monthly theme sessions of the pre-primary group. August to February follow the
 * pre-primary themes of Laukaa's calendar (our group, emotional skills, friendship and media
 * skills, presence skills, interaction skills, safety skills); March to May follow the school's
 * monthly themes. Each session is linked to the theme whose content it shares.
 */
import type { TaskTemplate } from '@/domain/model';
import { THEME } from '../themes';
import { defineTemplate, PRE_PRIMARY } from './define';
import { between, inMonth } from './timing';

const common = {
  grades: PRE_PRIMARY,
  scope: 'class',
  responsible: ['preschoolTeacher'],
} as const;

export const prePrimaryLessons: readonly TaskTemplate[] = [
  defineTemplate({
    ...common,
    id: 'tpl-lesson-08-our-group-0',
    themeId: THEME.community,
    timing: inMonth(8, 'secondHalf'),
    title: {
      fi: 'Eskarin teemahetki: meidän ryhmä',
      sv: 'Temastund i förskolan: vår grupp',
      en: 'Pre-primary theme session: our group',
    },
    description: {
      fi: 'Lapset tutustuvat toisiinsa leikkien ja lorujen avulla ja opettelevat toistensa nimet. Jokainen saa kertoa jotain itsestään, ja ryhmä keksii itselleen yhteisen nimen tai tunnuksen.',
      sv: 'Barnen lär känna varandra med lekar och ramsor och lär sig varandras namn. Alla får berätta något om sig själva, och gruppen hittar på ett gemensamt namn eller märke.',
      en: 'The children get to know each other through games and rhymes and learn each other’s names. Everyone shares something about themselves, and the group chooses a shared name or emblem.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-09-emotions-0',
    themeId: THEME.emotions,
    timing: inMonth(9),
    title: {
      fi: 'Eskarin teemahetki: tunnetaidot',
      sv: 'Temastund i förskolan: känslofärdigheter',
      en: 'Pre-primary theme session: emotional skills',
    },
    description: {
      fi: 'Ryhmä tutustuu perustunteisiin kuvien, satujen ja ilmeleikkien avulla. Lapset harjoittelevat kertomaan, miltä heistä tuntuu.',
      sv: 'Gruppen bekantar sig med grundkänslorna med hjälp av bilder, sagor och minspel. Barnen övar på att berätta hur de känner sig.',
      en: 'The group explores the basic emotions through pictures, stories and facial-expression games. The children practise saying how they feel.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-10-friendship-0',
    themeId: THEME.friendship,
    timing: inMonth(10),
    title: {
      fi: 'Eskarin teemahetki: kaveritaidot',
      sv: 'Temastund i förskolan: kompisfärdigheter',
      en: 'Pre-primary theme session: friendship skills',
    },
    description: {
      fi: 'Lapset harjoittelevat leikkiin pyytämistä, vuorottelua ja anteeksi pyytämistä. Ryhmä miettii yhdessä, millainen on hyvä kaveri.',
      sv: 'Barnen övar på att bjuda in till lek, turas om och be om förlåtelse. Gruppen funderar tillsammans på vad en bra kompis är.',
      en: 'The children practise inviting others to play, taking turns and saying sorry. The group talks together about what makes a good friend.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-11-media-0',
    themeId: THEME.media,
    timing: inMonth(11, 'firstHalf'),
    title: {
      fi: 'Eskarin teemahetki: mediataidot',
      sv: 'Temastund i förskolan: mediekunskap',
      en: 'Pre-primary theme session: media skills',
    },
    description: {
      fi: 'Ryhmä juttelee peleistä, ohjelmista ja laitteista, joita lapset käyttävät, ja siitä, mikä mediassa voi pelottaa. Sovitaan, että ikävästä asiasta kerrotaan aina aikuiselle.',
      sv: 'Gruppen pratar om spel, program och apparater som barnen använder och om vad i medierna som kan skrämma. Gruppen kommer överens om att man alltid berättar för en vuxen om något obehagligt.',
      en: 'The group talks about the games, programmes and devices the children use and what in the media can be scary. They agree that anything upsetting is always told to an adult.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-12-presence-0',
    themeId: THEME.mentalWellbeing,
    // Laukaa places presence skills across November and December, up to the Christmas break.
    timing: between('11-16', '12-18'),
    title: {
      fi: 'Eskarin teemahetki: läsnäolon taidot',
      sv: 'Temastund i förskolan: att vara närvarande',
      en: 'Pre-primary theme session: presence skills',
    },
    description: {
      fi: 'Lapset harjoittelevat pysähtymistä, hengittämistä ja aistien avulla havainnointia lyhyissä rentoutus- ja läsnäoloharjoituksissa. Ryhmä kokeilee, miltä rauhallinen hetki tuntuu kiireisen päivän keskellä.',
      sv: 'Barnen övar på att stanna upp, andas och iaktta med sina sinnen i korta avslappnings- och närvaroövningar. Gruppen prövar hur en lugn stund känns mitt i en livlig dag.',
      en: 'The children practise pausing, breathing and noticing with their senses in short relaxation and mindfulness exercises. The group tries out how a calm moment feels in the middle of a busy day.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-01-interaction-0',
    themeId: THEME.friendship,
    timing: inMonth(1),
    title: {
      fi: 'Eskarin teemahetki: vuorovaikutustaidot',
      sv: 'Temastund i förskolan: att samspela',
      en: 'Pre-primary theme session: interaction skills',
    },
    description: {
      fi: 'Lapset harjoittelevat kuuntelemista, oman vuoron odottamista ja omien toiveiden kertomista ystävällisesti. Ryhmä leikkii yhteistyöleikkejä, joissa onnistutaan vain yhdessä.',
      sv: 'Barnen övar på att lyssna, vänta på sin tur och uttrycka sina önskemål vänligt. Gruppen leker samarbetslekar där man bara lyckas tillsammans.',
      en: 'The children practise listening, waiting for their turn and expressing their wishes kindly. The group plays cooperative games that can only be won together.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-02-safety-skills-0',
    themeId: THEME.safety,
    timing: inMonth(2),
    title: {
      fi: 'Eskarin teemahetki: turvataidot',
      sv: 'Temastund i förskolan: trygghetsfärdigheter',
      en: 'Pre-primary theme session: safety skills',
    },
    description: {
      fi: 'Ryhmä käsittelee turvataitoja ja kehon koskemattomuutta: oma keho on oma, ja kieltäytyä saa. Lapset harjoittelevat sanomaan ei, lähtemään pois tilanteesta ja kertomaan turvalliselle aikuiselle.',
      sv: 'Gruppen behandlar trygghetsfärdigheter och kroppslig integritet: den egna kroppen är ens egen, och man får säga nej. Barnen övar på att säga nej, gå därifrån och berätta för en trygg vuxen.',
      en: 'The group covers safety skills and body integrity: your body belongs to you and you may say no. The children practise saying no, getting away and telling a safe adult.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-03-calming-0',
    themeId: THEME.emotions,
    timing: inMonth(3),
    title: {
      fi: 'Eskarin teemahetki: rauhoittumisen keinot',
      sv: 'Temastund i förskolan: att lugna sig',
      en: 'Pre-primary theme session: calming down',
    },
    description: {
      fi: 'Lapset harjoittelevat keinoja rauhoittua, kun harmittaa, pelottaa tai suututtaa, ja ryhmä tekee oman rauhoittumisnurkan tai rauhoittumiskortit. Muistutetaan, että kaikki tunteet ovat sallittuja.',
      sv: 'Barnen övar på sätt att lugna sig när de är ledsna, rädda eller arga, och gruppen gör en egen lugn hörna eller egna lugnkort. De vuxna påminner om att alla känslor är tillåtna.',
      en: 'The children practise ways to calm down when upset, scared or angry, and the group makes its own calm corner or calming cards. They are reminded that all feelings are allowed.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-04-empathy-0',
    themeId: THEME.empathy,
    timing: inMonth(4),
    title: {
      fi: 'Eskarin teemahetki: empatia',
      sv: 'Temastund i förskolan: empati',
      en: 'Pre-primary theme session: empathy',
    },
    description: {
      fi: 'Satujen ja nukketeatterin avulla lapset miettivät, miltä toisesta tuntuu ja miten häntä voi auttaa. Ryhmä harjoittelee lohduttamista ja kiittämistä.',
      sv: 'Med hjälp av sagor och dockteater funderar barnen på hur någon annan känner sig och hur man kan hjälpa. Gruppen övar på att trösta och tacka.',
      en: 'Using stories and puppet theatre, the children think about how someone else feels and how to help. The group practises comforting and thanking each other.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-05-dreams-0',
    themeId: THEME.dreams,
    timing: inMonth(5),
    title: {
      fi: 'Eskarin teemahetki: unelmat ja koulun odotus',
      sv: 'Temastund i förskolan: drömmar och skolstarten',
      en: 'Pre-primary theme session: dreams and school',
    },
    description: {
      fi: 'Lapset kertovat ja piirtävät, mitä odottavat koulusta ja mistä unelmoivat. Ryhmä muistelee yhdessä kulunutta eskarivuotta.',
      sv: 'Barnen berättar och ritar om vad de ser fram emot i skolan och vad de drömmer om. Gruppen ser tillbaka på förskoleåret tillsammans.',
      en: 'The children tell and draw what they look forward to at school and what they dream about. The group looks back on the pre-primary year together.',
    },
  }),
];
