/**
 * The monthly theme lessons of grades 7-9 (Jämsä's wellbeing calendar): the monthly homeroom
 * lesson (luokanvalvojan tunti) on the month's theme.
 */
import type { TaskTemplate } from '@/domain/model';
import { THEME } from '../themes';
import { defineTemplate, LOWER_SECONDARY } from './define';
import { inMonth } from './timing';

const common = {
  grades: LOWER_SECONDARY,
  scope: 'class',
  responsible: ['homeroomTeacher'],
} as const;

export const secondaryMonthlyLessons: readonly TaskTemplate[] = [
  defineTemplate({
    ...common,
    id: 'tpl-lesson-08-community-7-9',
    themeId: THEME.community,
    timing: inMonth(8, 'secondHalf'),
    title: {
      fi: 'Luokanvalvojan tunti: yhteisöllisyys',
      sv: 'Klassföreståndartimme: gemenskap',
      en: 'Homeroom lesson: community',
    },
    description: {
      fi: 'Luokanvalvoja ja luokka tutustuvat toisiinsa toiminnallisin harjoituksin ja keskustelevat siitä, millainen luokkayhteisö halutaan olla. Sovitut asiat kirjataan luokan yhteisiksi tavoitteiksi.',
      sv: 'Klassföreståndaren och klassen lär känna varandra genom aktiverande övningar och diskuterar vilken sorts klassgemenskap man vill vara. Det man kommer överens om skrivs ner som klassens gemensamma mål.',
      en: 'The homeroom teacher and the class get to know each other through activities and discuss what kind of class community they want to be. What they agree on is written down as the class’s shared goals.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-09-friendship-7-9',
    themeId: THEME.friendship,
    timing: inMonth(9),
    title: {
      fi: 'Luokanvalvojan tunti: vuorovaikutus',
      sv: 'Klassföreståndartimme: växelverkan',
      en: 'Homeroom lesson: interaction',
    },
    description: {
      fi: 'Luokka käsittelee vuorovaikutusta: kuuntelemista, erimielisyyksien selvittämistä ja sitä, miten puhe ja viestit vaikuttavat toisiin. Oppilaat harjoittelevat rakentavan palautteen antamista pareittain tai pienryhmissä.',
      sv: 'Klassen behandlar växelverkan: att lyssna, att reda ut oenighet och hur ord och meddelanden påverkar andra. Eleverna övar på att ge konstruktiv respons i par eller smågrupper.',
      en: 'The class looks at interaction: listening, sorting out disagreements and how words and messages affect others. Pupils practise giving constructive feedback in pairs or small groups.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-10-mental-wellbeing-7-9',
    themeId: THEME.mentalWellbeing,
    timing: inMonth(10),
    title: {
      fi: 'Luokanvalvojan tunti: mielen hyvinvointi',
      sv: 'Klassföreståndartimme: psykiskt välbefinnande',
      en: 'Homeroom lesson: mental wellbeing',
    },
    description: {
      fi: 'Luokka käsittelee mielen hyvinvointia ja arjen taitoja, kuten vuorokausirytmiä, ruutuaikaa ja stressinhallintaa. Luokanvalvoja kertoo, mistä koulussa ja lähialueella saa tukea, kun jaksaminen mietityttää.',
      sv: 'Klassen behandlar psykiskt välbefinnande och vardagsfärdigheter, som dygnsrytm, skärmtid och stresshantering. Klassföreståndaren berättar var man kan få stöd i skolan och i närområdet när man funderar på hur man orkar.',
      en: 'The class covers mental wellbeing and everyday skills such as daily rhythm, screen time and coping with stress. The homeroom teacher explains where support is available at school and nearby when coping feels hard.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-11-health-7-9',
    themeId: THEME.health,
    timing: inMonth(11),
    title: {
      fi: 'Luokanvalvojan tunti: terveys ja päihteet',
      sv: 'Klassföreståndartimme: hälsa och rusmedel',
      en: 'Homeroom lesson: health and substances',
    },
    description: {
      fi: 'Ehkäisevän päihdekasvatuksen tunnilla käsitellään nuuskaa, nikotiinipusseja, alkoholia ja kannabista tiedon ja nuorten omien näkökulmien kautta. Luokanvalvoja kertoo, mistä saa apua ja tietoa luottamuksellisesti.',
      sv: 'Under lektionen i förebyggande rusmedelsfostran behandlar klassen snus, nikotinpåsar, alkohol och cannabis utifrån fakta och de ungas egna synvinklar. Klassföreståndaren berättar var man kan få hjälp och information i förtroende.',
      en: 'In this substance-use prevention lesson the class covers snus, nicotine pouches, alcohol and cannabis through facts and young people’s own views. The homeroom teacher explains where to get help and information in confidence.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-12-self-knowledge-7-9',
    themeId: THEME.selfKnowledge,
    timing: inMonth(12),
    title: {
      fi: 'Luokanvalvojan tunti: itsetuntemus ja itsetunto',
      sv: 'Klassföreståndartimme: självkänsla',
      en: 'Homeroom lesson: self-knowledge and self-esteem',
    },
    description: {
      fi: 'Luokka käsittelee omia vahvuuksia, arvoja ja sitä, miten vertailu sosiaalisessa mediassa vaikuttaa minäkuvaan. Tunti päättyy vertaispalautteeseen, jossa jokainen antaa ja saa myönteistä palautetta.',
      sv: 'Klassen behandlar egna styrkor, värderingar och hur jämförelser i sociala medier påverkar självbilden. Lektionen avslutas med kamratrespons där alla ger och får positiv respons.',
      en: 'The class works on strengths, values and how comparison on social media affects self-image. The lesson ends with peer feedback where everyone gives and receives positive comments.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-01-equality-7-9',
    themeId: THEME.equality,
    timing: inMonth(1),
    title: {
      fi: 'Luokanvalvojan tunti: tasa-arvo ja yhdenvertaisuus',
      sv: 'Klassföreståndartimme: jämställdhet',
      en: 'Homeroom lesson: equality and non-discrimination',
    },
    description: {
      fi: 'Luokka käsittelee sukupuolten tasa-arvoa, yhdenvertaisuutta ja syrjinnän tunnistamista esimerkkitilanteiden avulla. Luokka antaa palautetta koulun tasa-arvo- ja yhdenvertaisuussuunnitelmaan.',
      sv: 'Klassen behandlar jämställdhet, likabehandling och hur man känner igen diskriminering med hjälp av exempelsituationer. Klassen ger respons på skolans plan för jämställdhet och likabehandling.',
      en: 'The class discusses gender equality, non-discrimination and recognising discrimination through example situations. The class gives feedback on the school’s equality and non-discrimination plan.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-02-media-7-9',
    themeId: THEME.media,
    timing: inMonth(2),
    title: {
      fi: 'Luokanvalvojan tunti: media ja hyvinvointi',
      sv: 'Klassföreståndartimme: medier och välbefinnande',
      en: 'Homeroom lesson: media and wellbeing',
    },
    description: {
      fi: 'Luokka käsittelee sosiaalisen median vaikutusta hyvinvointiin, kuvien jakamista, nettikiusaamista ja algoritmeja. Oppilaat arvioivat omaa mediankäyttöään ja keksivät keinoja pitää se tasapainossa.',
      sv: 'Klassen behandlar hur sociala medier påverkar välbefinnandet, delning av bilder, nätmobbning och algoritmer. Eleverna reflekterar över sin egen medieanvändning och hittar sätt att hålla den i balans.',
      en: 'The class discusses how social media affects wellbeing, sharing images, cyberbullying and algorithms. Pupils reflect on their own media use and find ways to keep it balanced.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-03-emotions-7-9',
    themeId: THEME.emotions,
    timing: inMonth(3),
    title: {
      fi: 'Luokanvalvojan tunti: tunnetaidot',
      sv: 'Klassföreståndartimme: känslofärdigheter',
      en: 'Homeroom lesson: emotional skills',
    },
    description: {
      fi: 'Luokka käsittelee tunteiden säätelyä, paineen ja jännityksen hallintaa sekä sitä, miten tunteet näkyvät vuorovaikutuksessa. Yhdessä kokeillaan yksi rauhoittumisen menetelmä.',
      sv: 'Klassen behandlar känsloreglering, hur man hanterar press och nervositet och hur känslor syns i umgänget med andra. Tillsammans prövar klassen en metod för att lugna sig.',
      en: 'The class covers emotion regulation, dealing with pressure and nerves, and how emotions show in interaction. Together they try out one calming technique.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-04-empathy-7-9',
    themeId: THEME.empathy,
    timing: inMonth(4),
    title: {
      fi: 'Luokanvalvojan tunti: empatia ja myötätunto',
      sv: 'Klassföreståndartimme: empati och medkänsla',
      en: 'Homeroom lesson: empathy and compassion',
    },
    description: {
      fi: 'Luokka käsittelee empatiaa ja myötätuntoa, myös itseä kohtaan, sekä sivustakatsojan roolia kiusaamistilanteissa. Pohditaan, miten jokainen voi toimia, kun joku jätetään ulkopuolelle.',
      sv: 'Klassen behandlar empati och medkänsla, också mot sig själv, och åskådarens roll vid mobbning. Klassen diskuterar hur var och en kan agera när någon lämnas utanför.',
      en: 'The class discusses empathy and compassion, including self-compassion, and the role of bystanders in bullying. They consider what each of them can do when someone is left out.',
    },
  }),
  defineTemplate({
    ...common,
    id: 'tpl-lesson-05-dreams-7-9',
    themeId: THEME.dreams,
    timing: inMonth(5),
    title: {
      fi: 'Luokanvalvojan tunti: unelmat ja haaveet',
      sv: 'Klassföreståndartimme: drömmar och förhoppningar',
      en: 'Homeroom lesson: dreams and hopes',
    },
    description: {
      fi: 'Luokka pohtii tulevaisuuden unelmia ja tavoitteita sekä askelia, jotka vievät niitä kohti. Lopuksi arvioidaan lukuvuoden alussa asetettujen yhteisten tavoitteiden toteutumista.',
      sv: 'Klassen funderar på drömmar och mål för framtiden och på stegen som leder dit. Till sist utvärderar klassen de gemensamma mål som sattes upp i början av läsåret.',
      en: 'The class considers dreams and goals for the future and the steps that lead towards them. To finish, they review the shared goals set at the start of the school year.',
    },
  }),
];
