import type { Resource } from './fi';
import type { fiSchools } from './fi-schools';

/** Swedish strings of the schools and classes view. */
export const svSchools = {
  schools: {
    title: 'Skolor och klasser',
    intro:
      'Skolorna, deras årskurser och klasserna för varje läsår. En sammansatt klass har flera årskurser.',
    loading: 'Skolorna laddas…',
    list: 'Skolor',
    none: 'Det finns inga skolor ännu.',
    newSchool: 'Ny skola',
    schoolTitle: 'Skola',
    name: 'Namn',
    grades: 'Årskurser',
    schoolGrades: 'Skolans årskurser',
    classGrades: 'Klassens årskurser',
    save: 'Spara',
    saved: 'Sparat',
    cancel: 'Avbryt',
    createSchool: 'Lägg till skolan',
    readOnlySchool: 'Bara koordinatorn ändrar skolans namn och årskurser.',
    gradesText: 'Årskurser: {{grades}}',
    notFound: 'Skolan finns inte eller är inte din skola.',
    classesTitle: 'Klasser',
    year: 'Läsår',
    yearOption: '{{start}}–{{end}}',
    noYears: 'Det finns inga läsår ännu.',
    noClasses: 'Skolan har inga klasser det här läsåret.',
    className: 'Klassens namn',
    addClass: 'Lägg till klassen',
    newClass: 'Ny klass',
    edit: 'Redigera',
    editLabel: 'Redigera klassen {{name}}',
    remove: 'Ta bort',
    removeLabel: 'Ta bort klassen {{name}}',
    removed: 'Klassen {{name}} togs bort.',
    cannotRemove_one:
      'Klassen {{name}} kan inte tas bort: den har {{count}} markering. Markeringar tas aldrig bort.',
    cannotRemove_other:
      'Klassen {{name}} kan inte tas bort: den har {{count}} markeringar. Markeringar tas aldrig bort.',
    teachers: 'Klassernas lärare anges i användarkontona.',
    teachersLink: 'Användarkonton',
    error_NAME_MISSING: 'Skriv ett namn.',
    error_NAME_TOO_LONG: 'Namnet är för långt (högst 200 tecken).',
    error_GRADES_MISSING: 'Välj minst en årskurs.',
    error_GRADE_NOT_TAUGHT: 'Skolan undervisar inte alla valda årskurser.',
  },
} as const satisfies Resource<typeof fiSchools>;
