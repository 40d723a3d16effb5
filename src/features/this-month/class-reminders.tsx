import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { MonthReady } from '@/db/month-read';
import type { LocalDate } from '@/domain/local-date';
import type { Action } from '@/domain/model';
import { classReminders } from '@/domain/reminders';
import { yearMonthOf } from '@/domain/year-month';
import { formatDay } from '@/i18n/format';
import { monthHref } from '@/ui/month-url';
import { useLanguage } from '@/ui/use-language';
import { ReminderList, ReminderPanel } from './reminder-panel';

interface Props {
  readonly read: MonthReady;
  readonly today: LocalDate;
  readonly onHide: () => void;
}

/** The class shown: its tasks due this week and its overdue ones, each linking to its month. */
export function ClassReminders({ read, today, onHide }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { actions, progress, school, selected, templates } = read;
  const trackingFrom = school?.trackingFrom ?? null;
  const reminders = useMemo(
    () => classReminders({ actions, progress, today, trackingFrom }),
    [actions, progress, today, trackingFrom],
  );
  const { dueThisWeek, overdue, week } = reminders;
  if (dueThisWeek.length === 0 && overdue.length === 0) return null;
  const item = (key: 'reminders.dueOn' | 'reminders.endedOn') => (action: Action) => (
    <li key={action.id}>
      <Link href={monthHref(selected.id, yearMonthOf(action.end))}>
        {templates.get(action.templateId)?.title[language]}
      </Link>{' '}
      <span className="hint">{t(key, { day: formatDay(action.end, language, 'dayShort') })}</span>
    </li>
  );
  return (
    <ReminderPanel onHide={onHide}>
      {dueThisWeek.length > 0 && (
        <>
          <h3>{t('reminders.dueThisWeek', { week: week.week })}</h3>
          <ReminderList items={dueThisWeek} item={item('reminders.dueOn')} />
        </>
      )}
      {overdue.length > 0 && (
        <>
          <h3>
            {t('reminders.overdue')} ({overdue.length})
          </h3>
          <ReminderList items={overdue} item={item('reminders.endedOn')} />
        </>
      )}
    </ReminderPanel>
  );
}
