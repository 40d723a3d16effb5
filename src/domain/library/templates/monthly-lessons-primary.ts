/**
 * The monthly theme lessons of grades 1-6 (Jämsä's wellbeing calendar): one lesson per class per
 * month, given by the class teacher.
 */
import type { TaskTemplate } from '@/domain/model';
import { THEME } from '../themes';
import { defineTemplate, PRIMARY } from './define';
import { inMonth } from './timing';

const common = { grades: PRIMARY, scope: 'class', responsible: ['classTeacher'] } as const;

export const primaryMonthlyLessons: readonly TaskTemplate[] = [
  defineTemplate({
    ...common,
    id: 'tpl-lesson-08-community-1-6',
    themeId: THEME.community,
    // School starts in mid-August, so the lesson sits in the second half.
    timing: inMonth(8, 'secondHalf'),
    title: {
      fi: 'Teematunti: yhteisöllisyys',
      sv: 'Temalektion: gemenskap',
      en: 'Theme lesson: community',
    },
    description: {
      fi: 'Luokka pohtii yhdessä, mikä tekee luokasta hyvän paikan kaikille, ja tekee yhteistoiminnallisen harjoituksen, johon jokainen pääsee mukaan. Lopuksi sovitaan, miten yhteishenkeä vahvistetaan arjessa.',
      sv: 'Klassen funderar tillsammans på vad som gör klassen till en bra plats för alla och gör en samarbetsövning där alla får vara med. Till sist kommer klassen överens om hur gemenskapen kan stärkas i vardagen.',
      en: 'The class discusses what makes the class a good place for everyone and does a cooperative exercise that includes everyone. To finish, the class agrees on how to strengthen the team spirit day to day.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-09-friendship-1-6',
    themeId: THEME.friendship,
    timing: inMonth(9),
    title: {
      fi: 'Teematunti: vuorovaikutus ja kaveritaidot',
      sv: 'Temalektion: växelverkan och kompisfärdigheter',
      en: 'Theme lesson: interaction and friendship skills',
    },
    description: {
      fi: 'Luokka harjoittelee kaveritaitoja: miten pyydetään mukaan leikkiin, miten kuunnellaan ja miten riita sovitaan. Yhdessä keksitään keinoja, joilla kukaan ei jää välitunnilla yksin.',
      sv: 'Klassen övar kompisfärdigheter: hur man bjuder in någon i leken, hur man lyssnar och hur man reder ut ett gräl. Tillsammans hittar klassen sätt att se till att ingen blir ensam på rasten.',
      en: 'The class practises friendship skills: inviting others to play, listening and making up after a quarrel. Together they come up with ways to make sure nobody is left alone at break time.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-10-mental-wellbeing-1-6',
    themeId: THEME.mentalWellbeing,
    timing: inMonth(10),
    title: {
      fi: 'Teematunti: mielen hyvinvointi ja arjen taidot',
      sv: 'Temalektion: psykiskt välbefinnande och vardagen',
      en: 'Theme lesson: mental wellbeing and everyday skills',
    },
    description: {
      fi: 'Luokka keskustelee siitä, mikä auttaa jaksamaan: uni, ruoka, liikunta, lepo ja mukava tekeminen. Lopuksi kootaan yhteinen lista hyvän koulupäivän aineksista.',
      sv: 'Klassen pratar om vad som hjälper en att orka: sömn, mat, motion, vila och roliga saker att göra. Till sist sammanställer klassen en gemensam lista över vad en bra skoldag består av.',
      en: 'The class talks about what helps us keep going: sleep, food, exercise, rest and doing things we enjoy. To finish, they make a shared list of the ingredients of a good school day.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-11-health-1-6',
    themeId: THEME.health,
    timing: inMonth(11),
    title: {
      fi: 'Teematunti: hyvinvointi ja terveys',
      sv: 'Temalektion: välbefinnande och hälsa',
      en: 'Theme lesson: wellbeing and health',
    },
    description: {
      fi: 'Luokka käsittelee terveyttä ikätasoisesti: liikkumista, ravintoa, unta ja sitä, miksi tupakka, nikotiinituotteet ja alkoholi eivät kuulu lapsen elämään. Harjoitellaan, miten kieltäydytään, kun joku houkuttelee.',
      sv: 'Klassen behandlar hälsa på ett åldersanpassat sätt: rörelse, mat, sömn och varför tobak, nikotinprodukter och alkohol inte hör till ett barns liv. Klassen övar på att säga nej när någon lockar.',
      en: 'The class looks at health in an age-appropriate way: movement, food, sleep and why tobacco, nicotine products and alcohol do not belong in a child’s life. They practise saying no when someone tempts them.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-12-self-knowledge-1-6',
    themeId: THEME.selfKnowledge,
    timing: inMonth(12),
    title: {
      fi: 'Teematunti: itsetuntemus ja itsetunto',
      sv: 'Temalektion: självkännedom och självkänsla',
      en: 'Theme lesson: self-knowledge and self-esteem',
    },
    description: {
      fi: 'Jokainen miettii omia vahvuuksiaan, ja luokka harjoittelee myönteisen palautteen antamista toisilleen. Tehdään esimerkiksi vahvuuskortit tai kehujen seinä.',
      sv: 'Alla funderar på sina styrkor, och klassen övar på att ge varandra positiv respons. Klassen kan till exempel göra styrkekort eller en berömvägg.',
      en: 'Everyone thinks about their own strengths, and the class practises giving each other positive feedback, for example with strength cards or a compliments wall.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-01-equality-1-6',
    themeId: THEME.equality,
    timing: inMonth(1),
    title: {
      fi: 'Teematunti: tasa-arvo ja yhdenvertaisuus',
      sv: 'Temalektion: jämställdhet och likabehandling',
      en: 'Theme lesson: equality and non-discrimination',
    },
    description: {
      fi: 'Luokka pohtii, mitä reiluus ja yhdenvertaisuus tarkoittavat arjessa: leikeissä, ryhmien muodostamisessa ja puheessa. Luokan ajatukset viedään koulun tasa-arvo- ja yhdenvertaisuussuunnitelman oppilaskuulemiseen.',
      sv: 'Klassen funderar på vad rättvisa och likabehandling betyder i vardagen: i lekar, när grupper bildas och i hur man pratar. Klassens tankar förs vidare till elevernas delaktighet i skolans plan för jämställdhet och likabehandling.',
      en: 'The class considers what fairness and equal treatment mean day to day: in games, in forming groups and in how we talk. The class’s ideas feed into the pupil consultation on the school’s equality and non-discrimination plan.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-02-media-1-6',
    themeId: THEME.media,
    timing: inMonth(2),
    title: {
      fi: 'Teematunti: media ja hyvinvointi',
      sv: 'Temalektion: medier och välbefinnande',
      en: 'Theme lesson: media and wellbeing',
    },
    description: {
      fi: 'Luokka keskustelee ruutuajasta, peleistä ja turvallisesta netinkäytöstä sekä siitä, mitä tehdä, jos netissä tulee vastaan jotain ikävää. Luokka sopii yhteiset hyvän nettikäytöksen säännöt.',
      sv: 'Klassen pratar om skärmtid, spel och trygg nätanvändning och om vad man gör om man stöter på något obehagligt på nätet. Klassen kommer överens om gemensamma regler för gott uppförande på nätet.',
      en: 'The class talks about screen time, games and safe internet use, including what to do if something upsetting comes up online. The class agrees on shared rules for good behaviour online.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-03-emotions-1-6',
    themeId: THEME.emotions,
    timing: inMonth(3),
    title: {
      fi: 'Teematunti: tunnetaidot',
      sv: 'Temalektion: känslofärdigheter',
      en: 'Theme lesson: emotional skills',
    },
    description: {
      fi: 'Luokka harjoittelee tunteiden tunnistamista ja nimeämistä sekä keinoja rauhoittua, kun harmittaa tai suututtaa. Yhdessä tehdään tunnetaulu tai lista rauhoittumisen keinoista.',
      sv: 'Klassen övar på att känna igen och sätta ord på känslor och på sätt att lugna ner sig när man är ledsen eller arg. Tillsammans gör klassen en känslotavla eller en lista med sätt att lugna sig.',
      en: 'The class practises recognising and naming feelings and ways to calm down when upset or angry. Together they make a feelings chart or a list of calming strategies.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-04-empathy-1-6',
    themeId: THEME.empathy,
    timing: inMonth(4),
    title: {
      fi: 'Teematunti: empatia ja myötätunto',
      sv: 'Temalektion: empati och medkänsla',
      en: 'Theme lesson: empathy and compassion',
    },
    description: {
      fi: 'Luokka harjoittelee toisen asemaan asettumista tarinoiden, roolileikkien tai kuvien avulla. Mietitään yhdessä, miten voi auttaa ja lohduttaa kaveria, jolla on paha mieli.',
      sv: 'Klassen övar på att sätta sig in i någon annans situation med hjälp av berättelser, rollekar eller bilder. Tillsammans funderar man på hur man kan hjälpa och trösta en kompis som är ledsen.',
      en: 'The class practises seeing things from another person’s point of view through stories, role play or pictures. Together they think about how to help and comfort a friend who is feeling down.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-05-dreams-1-6',
    themeId: THEME.dreams,
    timing: inMonth(5),
    title: {
      fi: 'Teematunti: unelmat ja haaveet',
      sv: 'Temalektion: drömmar och förhoppningar',
      en: 'Theme lesson: dreams and hopes',
    },
    description: {
      fi: 'Oppilaat kertovat tai piirtävät unelmiaan ja toiveitaan kesälle ja tulevalle. Luokka muistelee kulunutta lukuvuotta ja sitä, missä on onnistuttu yhdessä.',
      sv: 'Eleverna berättar om eller ritar sina drömmar och önskningar inför sommaren och framtiden. Klassen ser tillbaka på läsåret och på vad man har lyckats med tillsammans.',
      en: 'Pupils tell about or draw their dreams and wishes for the summer and the future. The class looks back on the school year and what they have achieved together.',
    },
  }),
];
