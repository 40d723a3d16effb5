import type { Resource } from './fi';
import type { fiPrint } from './fi-print';

/** English strings of the print view. */
export const enPrint = {
  print: {
    title: 'Print',
    intro:
      "One grade's school-year calendar on one A4 page, all grades of a school at once (a page each), or a class's checklist for the wall.",
    introOwn:
      "One grade's school-year calendar on one A4 page, your classes' grades at once (a page each), or a class's checklist for the wall.",
    choices: 'What to print',
    year: 'School year',
    school: 'School',
    what: 'Printout',
    what_grade: 'One grade',
    what_school: 'All grades of the school',
    what_ownGrades: "My classes' grades",
    what_class: "A class's checklist",
    grade: 'Grade',
    class: 'Class',
    showDone: 'Mark what is done or skipped',
    print: 'Print',
    pages_one: 'Preview: {{count}} A4 page, portrait.',
    pages_other: 'Preview: {{count}} A4 pages, portrait.',
    preview: 'Print preview',
    loading: 'Loading the printout…',
    noYears: 'There are no school years yet. The coordinator adds them.',
    noSchools: 'There are no schools yet. The coordinator adds them.',
    noClasses: 'The school has no classes this school year.',
    noGradeClasses:
      "The school has no class of this grade this school year: the page holds the school's shared tasks only.",
    tooFull_one:
      'The page has {{count}} task, which does not fit one page even in the smallest text: the printout goes on to a next page.',
    tooFull_other:
      'The page has {{count}} tasks, which do not fit one page even in the smallest text: the printout goes on to a next page.',
    gradeHeading: '{{school}}: {{grade}}',
    classHeading: '{{school}}: class {{class}}, checklist',
    yearLine: 'School year {{year}}',
    printedOn: 'Printed {{day}}',
    taskCount_one: '{{count}} task',
    taskCount_other: '{{count}} tasks',
    legend: 'Key',
    themes: 'Themes (mark, colour and name)',
    noTheme: 'No theme',
    breaks: 'Breaks',
    breakLine: '{{name}} {{start}}–{{end}} (wk {{weeks}})',
    weeks: 'wk {{weeks}}',
    marks: 'Marks',
    schoolTaskShort: '(S)',
    schoolTaskMark: '(S) = a task of the whole school',
    schoolTimingMark: "* = the school's own timing",
    tick_todo: 'to do',
    tick_done: 'done',
    tick_skipped: 'skipped',
    doneOn: 'done {{day}}',
    skippedOn: 'skipped {{day}}',
    emptyMonth: 'no tasks',
  },
} as const satisfies Resource<typeof fiPrint>;
