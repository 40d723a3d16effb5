import type { Resource } from './fi';
import type { fiRollover } from './fi-rollover';

/** Swedish strings of the roll-over to the next school year. */
export const svRollover = {
  rollover: {
    title: 'Nytt läsår',
    intro:
      'Börja nästa läsår från det här: läsårets dagar föreslås enligt årets regler och klasserna flyttas upp en årskurs. Granska förhandsvisningen innan något sparas.',
    sourceYear: 'Utgångsår',
    yearOption: '{{start}}–{{end}}',
    noYears: 'Det finns ännu inget läsår på enheten att börja från.',
    previewTitle: 'Förhandsvisning: läsåret {{start}}–{{end}}',
    calendarTitle: 'Läsårets dagar',
    firstDay: 'Första skoldagen',
    lastDay: 'Sista skoldagen',
    schoolDays: 'Skoldagar',
    schoolDaysValue: '{{count}} (beräknat mål {{expected}})',
    daysDiffer:
      'Antalet skoldagar skiljer sig från det beräknade målet: kontrollera första och sista dagen i läsårets inställningar när året har skapats.',
    breaksCaption: 'Lov',
    breakKind: 'Lov',
    breakStart: 'Börjar',
    breakEnd: 'Slutar',
    break_autumn: 'Höstlov',
    break_christmas: 'Jullov',
    break_winter: 'Sportlov',
    break_other: 'Annat lov',
    celebration: 'Lördagen {{day}} är en skoldag (vårfest), som i år.',
    notCarried:
      'Årets enskilda dagar flyttas inte över: {{days}}. Lägg vid behov till dem i läsårets inställningar.',
    rules:
      'Höst- och sportlovet ligger på samma veckor som i år, jullovet på samma datum, första skoldagen på samma vecka och veckodag, och sista skoldagen är lördagen i vecka 22.',
    carriedOver:
      'Uppgiftsbiblioteket, teman och skolornas egna ändringar gäller inte ett visst läsår: det nya året använder dem som de är.',
    schoolsTitle: 'Klasser per skola',
    summary: 'Nya {{created}}, flyttas upp {{moved}}, lämnar {{leaving}}',
    createdCaption: 'Nya grupper',
    movedCaption: 'Klasser som flyttas upp en årskurs',
    leavingCaption: 'Klasser som lämnar',
    className: 'Klass',
    grades: 'Årskurser',
    oldClass: 'Nu',
    newClass: 'Nästa år',
    reason: 'Orsak',
    none: 'Inga.',
    reason_finishesSchool: 'Slutför den grundläggande utbildningen',
    reason_toFirstGrade: 'Går till de nya första klasserna',
    reason_gradeNotTaught: 'Skolan undervisar inte årskursen, flyttar till en annan skola',
    reason_noSchool: 'Skolan finns inte längre',
    unknownSchool: 'Okänd skola ({{id}})',
    confirm: 'Skapa läsåret {{start}}–{{end}}',
    writing: 'Sparar…',
    written:
      'Läsåret {{start}}–{{end}} med sina klasser har skapats. Du kan ångra det tills den första uppgiften i det nya året har kvitterats.',
    exists: 'Läsåret {{start}}–{{end}} finns redan.',
    undo: 'Ångra att läsåret {{start}}–{{end}} skapades',
    undone: 'Läsåret {{start}}–{{end}} och dess klasser togs bort.',
    accountsUpdated_one: 'Lärarnas klasser uppdaterades: {{count}} användare.',
    accountsUpdated_other: 'Lärarnas klasser uppdaterades: {{count}} användare.',
    accountsFailed:
      'Lärarnas klasser kunde inte uppdateras på servern. Läsåret har ändå skapats; användarnas klasser kan ställas in för hand.',
    error_YEAR_EXISTS: 'Läsåret finns redan. Ingenting ändrades.',
    error_PROGRESS_EXISTS:
      'Uppgifter i det nya året har redan kvitterats, så det går inte längre att ångra. Ingenting togs bort.',
    error_YEAR_MISSING: 'Läsåret finns inte längre. Ingenting ändrades.',
    error_NOT_A_ROLLOVER:
      'Läsåret skapades inte genom att flytta över det här året, eller så har klasser lagts till efteråt, så det går inte att ångra här. Ingenting togs bort.',
    error_unknown: 'Det gick inte att spara. Ingenting ändrades.',
  },
} as const satisfies Resource<typeof fiRollover>;
