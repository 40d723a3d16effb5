import type { Resource } from './fi';
import type { fiSchools } from './fi-schools';

/** English strings of the schools and classes view. */
export const enSchools = {
  schools: {
    title: 'Schools and classes',
    intro:
      'The schools, the grades they teach and their classes in each school year. A combined class has several grades.',
    loading: 'Loading the schools…',
    list: 'Schools',
    none: 'There are no schools yet.',
    newSchool: 'New school',
    schoolTitle: 'School',
    name: 'Name',
    grades: 'Grades',
    schoolGrades: 'Grades the school teaches',
    classGrades: "The class's grades",
    save: 'Save',
    saved: 'Saved',
    cancel: 'Cancel',
    createSchool: 'Add the school',
    readOnlySchool: "Only the coordinator changes the school's name and grades.",
    gradesText: 'Grades: {{grades}}',
    notFound: 'The school does not exist or is not your school.',
    classesTitle: 'Classes',
    year: 'School year',
    yearOption: '{{start}}–{{end}}',
    noYears: 'There are no school years yet.',
    noClasses: 'The school has no classes in this school year.',
    className: "The class's name",
    addClass: 'Add the class',
    newClass: 'New class',
    edit: 'Edit',
    editLabel: 'Edit the class {{name}}',
    remove: 'Remove',
    removeLabel: 'Remove the class {{name}}',
    removed: 'The class {{name}} was removed.',
    cannotRemove_one:
      'The class {{name}} cannot be removed: it has {{count}} tick. Ticks are never deleted.',
    cannotRemove_other:
      'The class {{name}} cannot be removed: it has {{count}} ticks. Ticks are never deleted.',
    teachers: "The classes' teachers are set in the user accounts.",
    teachersLink: 'User accounts',
    error_NAME_MISSING: 'Type a name.',
    error_NAME_TOO_LONG: 'The name is too long (at most 200 characters).',
    error_GRADES_MISSING: 'Choose at least one grade.',
    error_GRADE_NOT_TAUGHT: 'The school does not teach all the chosen grades.',
  },
} as const satisfies Resource<typeof fiSchools>;
