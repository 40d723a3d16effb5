import { useLiveQuery } from 'dexie-react-hooks';
import type { MonthReady } from '@/db/month-read';
import { getMeta, setMeta } from '@/db/meta';
import type { LocalDate } from '@/domain/local-date';
import { useActingUser } from '@/ui/acting-user';
import { useDb } from '@/ui/db-context';
import { BehindClasses } from './behind-classes';
import { ClassReminders } from './class-reminders';

interface Props {
  readonly read: MonthReady;
  readonly today: LocalDate;
}

/**
 * What the user opening the app is reminded of, loaded after the month's first render: a
 * principal, the classes of their schools falling behind; anyone else, the class shown's tasks due
 * this week and overdue. Only in the school year holding today; hidden for the rest of the day
 * when the user says so.
 */
export function Reminders({ read, today }: Props) {
  const db = useDb();
  const user = useActingUser();
  const hiddenOn = useLiveQuery(async () => (await getMeta(db, 'remindersHiddenOn')) ?? null, [db]);
  const { schoolYear } = read;
  if (user === undefined || hiddenOn === undefined || hiddenOn === today) return null;
  if (today < schoolYear.firstDay || today > schoolYear.lastDay) return null;
  const hide = () => {
    // The panel goes: the focus goes to the start of the page's content, not to nowhere.
    document.getElementById('main')?.focus();
    void setMeta(db, 'remindersHiddenOn', today);
  };
  return user?.role === 'principal' ? (
    <BehindClasses schoolYear={schoolYear} user={user} today={today} onHide={hide} />
  ) : (
    <ClassReminders read={read} today={today} onHide={hide} />
  );
}
