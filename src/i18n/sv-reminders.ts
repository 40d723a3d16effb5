import type { fiReminders } from './fi-reminders';
import type { Resource } from './fi';

/** Swedish strings of the reminders. */
export const svReminders = {
  reminders: {
    title: 'Påminnelser',
    dismiss: 'Dölj för i dag',
    dueThisWeek: 'Slutar den här veckan (v. {{week}})',
    overdue: 'Försenade',
    dueOn: 'slutar {{day}}',
    endedOn: 'slutade {{day}}',
    more_one: '…och {{count}} till',
    more_other: '…och {{count}} till',
    behindTitle: 'Klasser som ligger efter',
    behindItem: '{{percent}} % avklarat, årskursens median {{median}} %',
    behindHint:
      'Klasser vars andel uppgifter som klarats av i tid ligger klart under medianen för årskursen.',
  },
} as const satisfies Resource<typeof fiReminders>;
