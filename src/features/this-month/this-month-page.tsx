import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setMeta } from '@/db/meta';
import type { GroupId, ThemeId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import {
  monthActions,
  nextMonthOf,
  nextMonthPreview,
  type MonthViewItem,
} from '@/domain/month-view';
import { formatDay, formatMonth } from '@/i18n/format';
import { useDb } from '@/ui/db-context';
import { useUserName } from '@/ui/live-data';
import { useToday } from '@/ui/today';
import { useLanguage } from '@/ui/use-language';
import { ActionCard } from './action-card';
import { ClassPicker } from './class-picker';
import { mayMarkFor } from './may-mark';
import { MonthNav, type YearMonth } from './month-nav';
import { NoLongerPlanned } from './no-longer-planned';
import { ThemeFilter } from './theme-filter';
import { useGroupActions, useSchoolYearData } from './use-month-data';

const monthOf = (day: LocalDate): YearMonth => ({
  year: Number(day.slice(0, 4)),
  month: Number(day.slice(5, 7)),
});

/** The teacher's home: one class's tasks for a month, overdue ones first, next month previewed. */
export function ThisMonthPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const db = useDb();
  const today = useToday();
  const userName = useUserName() ?? '';
  const [shown, setShown] = useState<YearMonth>(() => monthOf(today));
  const [themeId, setThemeId] = useState<ThemeId | null>(null);
  const yearData = useSchoolYearData(today);
  const groupData = useGroupActions(yearData?.selected?.id ?? null);

  if (yearData === undefined) return <p role="status">{t('app.loading')}</p>;
  if (yearData === null || yearData.groups.length === 0) return <p>{t('month.noClasses')}</p>;

  const { schoolYear, schools, groups, themes, selected } = yearData;
  const themesById = new Map(themes.map((theme) => [theme.id, theme]));
  const mayMark = mayMarkFor(yearData.user, groups);
  const view = groupData && splitMonth(groupData, themeId, today, shown);

  const card = ({ action, progress, overdue }: MonthViewItem) => {
    const template = groupData?.templates.get(action.templateId);
    if (!template) return null;
    return (
      <ActionCard
        key={action.id}
        action={action}
        template={template}
        theme={action.themeId ? themesById.get(action.themeId) : undefined}
        progress={progress ?? undefined}
        overdue={overdue}
        today={today}
        userName={userName}
        readOnly={!mayMark(action.id)}
      />
    );
  };

  const monthName = formatMonth(shown.year, shown.month, language);
  const next = nextMonthOf(shown.year, shown.month);

  return (
    <div className="this-month">
      <h1>{t('month.title')}</h1>
      <p className="school-year">
        {t('month.schoolYear', {
          start: formatDay(schoolYear.firstDay, language, 'date'),
          end: formatDay(schoolYear.lastDay, language, 'date'),
          count: yearData.schoolDayCount,
        })}
      </p>
      <div className="toolbar">
        <ClassPicker
          schools={schools}
          groups={groups}
          ownIds={yearData.ownIds}
          selectedId={selected?.id ?? null}
          onSelect={(id: GroupId) => void setMeta(db, 'selectedGroupId', id)}
        />
        <ThemeFilter themes={themes} value={themeId} onChange={setThemeId} />
        <MonthNav shown={shown} onChange={setShown} />
      </div>
      {!view ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          {view.overdue.length > 0 && (
            <section aria-labelledby="overdue-heading" className="section-overdue">
              <h2 id="overdue-heading">{t('month.overdue')}</h2>
              <ul className="actions">{view.overdue.map(card)}</ul>
            </section>
          )}
          <section aria-labelledby="month-heading">
            <h2 id="month-heading">{t('month.thisMonth', { month: monthName })}</h2>
            <p className="summary">
              {t('month.progressSummary', {
                done: view.month.filter((i) => i.state === 'done').length,
                total: view.month.length,
              })}
            </p>
            {view.month.length === 0 ? (
              <p>{t('month.emptyMonth')}</p>
            ) : (
              <ul className="actions">{view.month.map(card)}</ul>
            )}
          </section>
          <section aria-labelledby="next-heading" className="section-next">
            <h2 id="next-heading">
              {t('month.nextMonthPreview', { month: formatMonth(next.year, next.month, language) })}
            </h2>
            {view.nextMonth.length === 0 ? (
              <p>{t('month.emptyNextMonth')}</p>
            ) : (
              <ul className="preview">
                {view.nextMonth.map(({ action }) => (
                  <li key={action.id}>
                    {groupData?.templates.get(action.templateId)?.title[language]}{' '}
                    <span className="hint">{formatDay(action.start, language, 'dayShort')}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <NoLongerPlanned groupId={selected?.id ?? null} />
        </>
      )}
    </div>
  );
}

/** Overdue items (from any earlier month) apart, the month's others, and next month's preview. */
function splitMonth(
  data: NonNullable<ReturnType<typeof useGroupActions>>,
  themeId: ThemeId | null,
  today: LocalDate,
  shown: YearMonth,
) {
  const input = {
    actions: themeId ? data.actions.filter((a) => a.themeId === themeId) : data.actions,
    progress: data.progress,
    today,
    year: shown.year,
    month: shown.month,
  };
  const items = monthActions(input);
  return {
    overdue: items.filter((i) => i.overdue),
    month: items.filter((i) => !i.overdue),
    nextMonth: nextMonthPreview(input),
  };
}
