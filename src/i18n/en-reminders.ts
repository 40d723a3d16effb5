import type { fiReminders } from './fi-reminders';
import type { Resource } from './fi';

/** English strings of the reminders. */
export const enReminders = {
  reminders: {
    title: 'Reminders',
    dismiss: 'Hide for today',
    dueThisWeek: 'Due this week (week {{week}})',
    overdue: 'Overdue',
    dueOn: 'due {{day}}',
    endedOn: 'was due {{day}}',
    more_one: '…and {{count}} more',
    more_other: '…and {{count}} more',
    behindTitle: 'Classes falling behind',
    behindItem: '{{percent}}% kept up, grade median {{median}}%',
    behindHint:
      "Classes whose share of tasks kept up with on time is well below their grade's median.",
  },
} as const satisfies Resource<typeof fiReminders>;
