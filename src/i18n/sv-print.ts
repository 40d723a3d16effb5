import type { Resource } from './fi';
import type { fiPrint } from './fi-print';

/** Swedish strings of the print view. */
export const svPrint = {
  print: {
    title: 'Utskrifter',
    intro:
      'Läsårskalendern för en årskurs på en A4-sida, skolans alla årskurser på en gång (en sida per årskurs) eller checklistan för en klass att sätta upp på väggen.',
    introOwn:
      'Läsårskalendern för en årskurs på en A4-sida, dina klassers årskurser på en gång (en sida per årskurs) eller checklistan för en klass att sätta upp på väggen.',
    choices: 'Vad skrivs ut',
    year: 'Läsår',
    school: 'Skola',
    what: 'Utskrift',
    what_grade: 'En årskurs',
    what_school: 'Skolans alla årskurser',
    what_ownGrades: 'Mina klassers årskurser',
    what_class: 'Klassens checklista',
    grade: 'Årskurs',
    class: 'Klass',
    showDone: 'Markera gjorda och överhoppade',
    print: 'Skriv ut',
    pages_one: 'Förhandsvisning: {{count}} A4-sida i stående format.',
    pages_other: 'Förhandsvisning: {{count}} A4-sidor i stående format.',
    preview: 'Förhandsvisning av utskriften',
    loading: 'Utskriften laddas…',
    noYears: 'Det finns inga läsår ännu. Koordinatorn lägger till dem.',
    noSchools: 'Det finns inga skolor ännu. Koordinatorn lägger till dem.',
    noClasses: 'Skolan har inga klasser detta läsår.',
    noGradeClasses:
      'Skolan har inga klasser i denna årskurs detta läsår: sidan visar bara skolans gemensamma uppgifter.',
    tooFull_one:
      'Sidan får {{count}} uppgift, och den ryms inte på en sida ens med den minsta texten: utskriften fortsätter på nästa sida.',
    tooFull_other:
      'Sidan får {{count}} uppgifter, och de ryms inte på en sida ens med den minsta texten: utskriften fortsätter på nästa sida.',
    gradeHeading: '{{school}}: {{grade}}',
    classHeading: '{{school}}: klass {{class}}, checklista',
    yearLine: 'Läsår {{year}}',
    printedOn: 'Utskriven {{day}}',
    taskCount_one: '{{count}} uppgift',
    taskCount_other: '{{count}} uppgifter',
    legend: 'Teckenförklaring',
    themes: 'Teman (tecken, färg och namn)',
    noTheme: 'Inget tema',
    breaks: 'Lov',
    breakLine: '{{name}} {{start}}–{{end}} (v. {{weeks}})',
    weeks: 'v. {{weeks}}',
    marks: 'Markeringar',
    schoolTaskShort: '(S)',
    schoolTaskMark: '(S) = uppgift för hela skolan',
    schoolTimingMark: '* = skolans egen tidpunkt',
    tick_todo: 'ogjord',
    tick_done: 'gjord',
    tick_skipped: 'överhoppad',
    doneOn: 'gjord {{day}}',
    skippedOn: 'överhoppad {{day}}',
    emptyMonth: 'inga uppgifter',
  },
} as const satisfies Resource<typeof fiPrint>;
