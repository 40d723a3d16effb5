import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LocalDate } from '@/domain/local-date';
import type { SchoolYear } from '@/domain/model';
import { NO_PROGRESS_FILTER, schoolsInView } from '@/domain/progress/progress-filter';
import { progressSummary } from '@/domain/progress/progress-summary';
import type { SessionUser } from '@/domain/sync/protocol';
import { yearMonthOf } from '@/domain/year-month';
import { monthHref } from '@/ui/month-url';
import { useLanguage } from '@/ui/use-language';
import { useYearProgress } from '@/ui/year-progress';
import { ReminderList, ReminderPanel } from './reminder-panel';

interface Props {
  readonly schoolYear: SchoolYear;
  readonly user: SessionUser;
  readonly today: LocalDate;
  readonly onHide: () => void;
}

/**
 * A principal's reminder: the classes of their schools falling behind their grade's median, as
 * the progress view counts them (progressSummary), each linking to its month.
 */
export function BehindClasses({ schoolYear, user, today, onHide }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const year = useYearProgress(schoolYear.id);
  const behind = useMemo(
    () =>
      year &&
      progressSummary({
        index: year.index,
        progress: year.states,
        today,
        filter: { ...NO_PROGRESS_FILTER, schools: schoolsInView(user) },
      }).attention.behind,
    [year, today, user],
  );
  if (!behind || behind.length === 0) return null;
  const number = new Intl.NumberFormat(language === 'sv' ? 'sv-FI' : language);
  const manySchools = new Set(behind.map((c) => c.school.id)).size > 1;
  return (
    <ReminderPanel onHide={onHide}>
      <h3>{t('reminders.behindTitle')}</h3>
      <p className="hint">{t('reminders.behindHint')}</p>
      <ReminderList
        items={behind}
        item={({ group, school, tally, gradeMedian }) => (
          <li key={group.id}>
            <Link href={monthHref(group.id, yearMonthOf(today))}>
              {manySchools ? `${group.name} · ${school.name}` : group.name}
            </Link>{' '}
            <span className="hint">
              {t('reminders.behindItem', {
                percent: number.format(tally.percentKeptUp ?? 0),
                median: number.format(gradeMedian),
              })}
            </span>
          </li>
        )}
      />
    </ReminderPanel>
  );
}
