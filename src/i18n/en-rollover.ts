import type { Resource } from './fi';
import type { fiRollover } from './fi-rollover';

/** English strings of the roll-over to the next school year. */
export const enRollover = {
  rollover: {
    title: 'New school year',
    intro:
      "Start the next school year from this one: the year's dates are proposed from this year's rules and the classes move up a grade. Check the preview before anything is saved.",
    sourceYear: 'Start from',
    yearOption: '{{start}}–{{end}}',
    noYears: 'There is no school year on this device to start from yet.',
    previewTitle: 'Preview: school year {{start}}–{{end}}',
    calendarTitle: "The year's dates",
    firstDay: 'First school day',
    lastDay: 'Last school day',
    schoolDays: 'School days',
    schoolDaysValue: '{{count}} (expected {{expected}})',
    daysDiffer:
      "The number of school days differs from the expected one: check the first and last day in the school year's settings once the year is created.",
    breaksCaption: 'Breaks',
    breakKind: 'Break',
    breakStart: 'Starts',
    breakEnd: 'Ends',
    break_autumn: 'Autumn break',
    break_christmas: 'Christmas break',
    break_winter: 'Winter break',
    break_other: 'Other break',
    celebration: 'Saturday {{day}} is a school day (spring celebration), as this year.',
    notCarried:
      "This year's single days are not carried over: {{days}}. Add them in the school year's settings if needed.",
    rules:
      'The autumn and winter breaks are in the same weeks as this year, the Christmas break on the same dates, the first school day in the same week and on the same weekday, and the last school day is the Saturday of week 22.',
    carriedOver:
      "The task library, the themes and the schools' own adjustments are not kept per school year: the new year uses them as they are.",
    schoolsTitle: 'Classes by school',
    summary: '{{created}} new, {{moved}} moving up, {{leaving}} leaving',
    createdCaption: 'New groups',
    movedCaption: 'Classes moving up a grade',
    leavingCaption: 'Classes leaving',
    className: 'Class',
    grades: 'Grades',
    oldClass: 'Now',
    newClass: 'Next year',
    reason: 'Reason',
    none: 'None.',
    reason_finishesSchool: 'Finishes basic education',
    reason_toFirstGrade: 'Joins the new first grades',
    reason_gradeNotTaught: 'The school does not teach the grade; moves to another school',
    reason_noSchool: 'The school no longer exists',
    unknownSchool: 'Unknown school ({{id}})',
    confirm: 'Create school year {{start}}–{{end}}',
    writing: 'Saving…',
    written:
      'School year {{start}}–{{end}} and its classes have been created. You can undo it until the first task of the new year is ticked.',
    exists: 'School year {{start}}–{{end}} already exists.',
    undo: 'Undo creating school year {{start}}–{{end}}',
    undone: 'School year {{start}}–{{end}} and its classes were removed.',
    accountsUpdated_one: "Teachers' classes updated: {{count}} account.",
    accountsUpdated_other: "Teachers' classes updated: {{count}} accounts.",
    accountsFailed:
      "Teachers' classes could not be updated on the server. The school year was created all the same; accounts' classes can be set by hand.",
    error_YEAR_EXISTS: 'The school year already exists. Nothing was changed.',
    error_PROGRESS_EXISTS:
      'Tasks of the new year have already been ticked, so it can no longer be undone. Nothing was removed.',
    error_YEAR_MISSING: 'The school year is no longer there. Nothing was changed.',
    error_NOT_A_ROLLOVER:
      'The school year was not created by rolling this year over, or classes have been added to it since, so it cannot be undone here. Nothing was removed.',
    error_unknown: 'Saving failed. Nothing was changed.',
  },
} as const satisfies Resource<typeof fiRollover>;
