import type { fiCalendars } from './fi-calendars';
import type { Resource } from './fi';

/** English strings of the calendars view (src/features/calendars). */
export const enCalendars: Resource<typeof fiCalendars> = {
  calendars: {
    title: 'Calendars',
    intro:
      'Take the annual calendar’s tasks to the calendar you already use (Outlook, Google, your phone): download a file, or subscribe to an address that keeps up with the plan. The calendar holds the tasks and when they fall, no ticks and no notes.',
    loading: 'Loading…',
    chooseTitle: 'Choose a calendar',
    schoolYear: 'School year',
    schoolYearOption: '{{start}}–{{end}}',
    noYears: 'This device has no school years yet.',
    kindLegend: 'Whose tasks',
    kind_group: 'A class’s',
    kind_grade: 'A grade’s',
    kind_school: 'The school’s own',
    kindHint_group: 'The tasks of one class.',
    kindHint_grade: 'The tasks of the school’s classes of one grade, each once.',
    kindHint_school: 'The whole school’s tasks, such as the student welfare group’s meetings.',
    class: 'Class',
    school: 'School',
    grade: 'Grade',
    noClasses: 'There are no classes for this school year.',
    language: 'Calendar language',
    summary_one: '{{name}}: {{count}} task',
    summary_other: '{{name}}: {{count}} tasks',
    downloadTitle: 'Download as a file',
    downloadHint:
      'Import the file into your calendar. When you later import a newer file, the calendar updates the same events instead of making duplicates. The download works offline too.',
    download: 'Download the calendar file (.ics)',
    feedsTitle: 'Calendars to subscribe to',
    feedsHint:
      'A subscribed calendar updates itself when the plan changes. Add the address to your calendar: in Outlook Add calendar → Subscribe from web, in Google Calendar Other calendars → From URL.',
    feedsSecret:
      'The address is secret: anyone who has it sees the calendar. Remove an address you no longer need.',
    needsServer:
      'Subscription addresses are made on the server. Sign in to the server in Settings.',
    toSettings: 'To Settings',
    create: 'Make a subscription address for this calendar',
    exists:
      'You already have a subscription address for this calendar (in the list below). Another is only needed if you want to remove the addresses separately.',
    createAnother: 'Make another subscription address',
    creating: 'Making…',
    created: 'Subscription address made: {{name}}.',
    notAllowed_teacher: 'You can make subscription addresses for your own classes’ calendars.',
    notAllowed_principal: 'You can make subscription addresses for your own school’s calendars.',
    notAllowed_coordinator: 'The server does not have this calendar.',
    notAllowed_admin: 'An admin makes no subscription addresses but can remove them.',
    listTitle: 'Your subscription addresses',
    listTitleAdmin: 'The organization’s subscription addresses',
    none: 'No subscription addresses.',
    feedMeta: '{{language}}, made {{day}}',
    feedOwner: 'Made by {{owner}}',
    url: 'Address',
    copy: 'Copy the address',
    copied: 'Address copied.',
    copyFailed: 'Copying did not work: the address is selected, copy it yourself.',
    revoke: 'Remove',
    revokeConfirm: 'Remove the subscription? The address stops working and cannot be restored.',
    revokeYes: 'Remove the subscription address',
    cancel: 'Cancel',
    revoked: 'Subscription address removed: {{name}}.',
    error_TooManyFeeds:
      'You already have 50 subscription addresses. Remove one before making a new one.',
    error_InvalidScope:
      'The server does not have this class or school. Wait for the data to sync and try again.',
    error_forbidden: 'Your account cannot subscribe to this calendar.',
    error_unauthorized: 'The session has ended. Sign in again in Settings.',
    error_network: 'Could not reach the server. Nothing was changed.',
    error_other: 'The request did not work. Nothing was changed.',
  },
};
