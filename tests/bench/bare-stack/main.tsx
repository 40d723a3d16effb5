/**
 * The bare given stack doing the teacher's job, the floor of the first-tick bench and of the
 * initial-JavaScript budget: this month's 40 tasks read from Dexie through TanStack Query,
 * labelled by i18next (Finnish resource) and dated by date-fns (fi). A tick shows at once (local
 * state, set in the click, as the app shows a tick before its write commits) and is written to
 * Dexie by a mutation that then re-reads the month. The first open seeds the tasks, as the app
 * seeds its sample. No service worker: offline is our choice, not the given stack's, so its cost
 * (or gain) on a returning open is ours to carry within the budget.
 */
import {
  QueryClient,
  QueryClientProvider,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { addDays, format, parseISO, startOfMonth } from 'date-fns';
import { fi as fiLocale } from 'date-fns/locale/fi';
import Dexie, { type EntityTable } from 'dexie';
import i18next from 'i18next';
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';

interface Task {
  id: string;
  titleKey: TitleKey;
  /** YYYY-MM-DD */
  date: string;
  done: boolean;
}

const fi = {
  heading: 'Tämän kuun tehtävät',
  month: 'Tehtävät: {{month}}',
  summary: '{{done}} / {{total}} tehty',
  loading: 'Ladataan…',
  titles: {
    lesson: 'Teematunti: hyvinvointi ja terveys',
    survey: 'Kouluterveyskysely',
    meeting: 'Yhteisöllinen oppilashuoltoryhmä',
    rest: 'Lepo ja uni -tuokio',
    safety: 'Turvallisuuskävely',
    friends: 'Kaveritaitojen harjoittelu',
    parents: 'Vanhempainilta',
    absence: 'Poissaolojen tarkistus',
  },
};
type TitleKey = keyof typeof fi.titles;
const titleKeys = Object.keys(fi.titles) as TitleKey[];

const db = new Dexie('bare-stack') as Dexie & { tasks: EntityTable<Task, 'id'> };
db.version(1).stores({ tasks: 'id, date' });

/** 40 tasks over the month of `today`, on its first 20 days, two a day. */
function sampleTasks(today: Date): Task[] {
  const first = startOfMonth(today);
  return Array.from({ length: 40 }, (_, i) => ({
    id: `task-${String(i).padStart(2, '0')}`,
    titleKey: titleKeys[i % titleKeys.length] ?? 'lesson',
    date: format(addDays(first, Math.floor(i / 2)), 'yyyy-MM-dd'),
    done: false,
  }));
}

/**
 * useTranslation's `t`, typed for this page's keys: the app's resource types augment i18next for
 * the whole type check, and this page is not the app.
 */
function useT(): (key: string, options?: Record<string, unknown>) => string {
  return useTranslation().t as unknown as (
    key: string,
    options?: Record<string, unknown>,
  ) => string;
}

const month = format(new Date(), 'yyyy-MM');
const monthKey = ['tasks', month] as const;

function TaskRow({ task }: { task: Task }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [clicked, setClicked] = useState<boolean | null>(null);
  const write = useMutation({
    mutationFn: (done: boolean) => db.tasks.update(task.id, { done }),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: monthKey });
      setClicked(null);
    },
  });
  const done = clicked ?? task.done;
  return (
    <li className={`action action-${done ? 'done' : 'todo'}`}>
      <input
        type="checkbox"
        id={task.id}
        checked={done}
        onChange={(e) => {
          setClicked(e.target.checked);
          write.mutate(e.target.checked);
        }}
      />
      <label htmlFor={task.id}>{t(`titles.${task.titleKey}`)}</label>{' '}
      <span>{format(parseISO(task.date), 'EEEEEE d.M.', { locale: fiLocale })}</span>
    </li>
  );
}

function MonthTasks() {
  const t = useT();
  const { data } = useQuery({
    queryKey: monthKey,
    queryFn: () => db.tasks.where('date').startsWith(month).toArray(),
  });
  const monthName = format(new Date(), 'LLLL yyyy', { locale: fiLocale });
  return (
    <main>
      <h1>{t('heading')}</h1>
      <section aria-labelledby="month-heading">
        <h2 id="month-heading">{t('month', { month: monthName })}</h2>
        {!data ? (
          <p role="status">{t('loading')}</p>
        ) : (
          <>
            <p>{t('summary', { done: data.filter((x) => x.done).length, total: data.length })}</p>
            <ul>
              {data.map((task) => (
                <TaskRow key={task.id} task={task} />
              ))}
            </ul>
          </>
        )}
      </section>
    </main>
  );
}

async function start() {
  if ((await db.tasks.count()) === 0) await db.tasks.bulkAdd(sampleTasks(new Date()));
  await i18next.use(initReactI18next).init({
    lng: 'fi',
    resources: { fi: { translation: fi } },
    interpolation: { escapeValue: false },
  });
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={new QueryClient()}>
        <MonthTasks />
      </QueryClientProvider>
    </StrictMode>,
  );
}

void start();
