import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import type { TemplateId } from '@/domain/ids';
import { sortThemes } from '@/domain/library/template-filter';
import {
  countedSchools,
  schoolsInView,
  type ProgressFilter,
} from '@/domain/progress/progress-filter';
import { progressSummary, type ProgressSummary } from '@/domain/progress/progress-summary';
import { taskProgress, type TaskProgress } from '@/domain/progress/task-progress';
import { useActingUser } from '@/ui/acting-user';
import { keeper } from '@/ui/keeper';
import { useToday } from '@/ui/today';
import { useLanguage } from '@/ui/use-language';
import { choicesFrom, paramsOf, type ProgressChoices } from './filter-params';
import { Overview } from './overview';
import { ProgressFilters } from './progress-filters';
import { TaskView } from './task-view';
import { useChosenYear } from './use-progress-data';
import './progress.css';

/**
 * Progress (edistyminen) for the coordinator and the principal: completion by school, grade,
 * class, month, theme and task, what needs attention, and one task across the schools
 * (`/progress/<task>`). The filters live in the address. A principal sees their own schools.
 * Read live: a tick anywhere (another tab, a sync) shows at once.
 */
interface Props {
  readonly params: Readonly<Record<string, string | undefined>>;
}

export default function ProgressPage({ params }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = useToday();
  const user = useActingUser();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const choices = useMemo(() => choicesFrom(new URLSearchParams(search)), [search]);
  const { lists, year, data } = useChosenYear(choices.year, today);
  const inView = useMemo(() => (user === undefined ? undefined : schoolsInView(user)), [user]);
  const filter = useMemo(
    (): ProgressFilter | undefined =>
      inView === undefined
        ? undefined
        : {
            schools: countedSchools(inView, choices.school),
            level: choices.level,
            themeId: choices.theme,
            month: choices.month,
            role: choices.role,
          },
    [inView, choices],
  );
  const templateId = params['templateId'] as TemplateId | undefined;
  // Kept equal where unchanged (keepEqual): a tick renders again only the rows it moved.
  const keepSummary = useMemo(() => keeper<ProgressSummary | undefined>(), []);
  const keepTask = useMemo(() => keeper<TaskProgress | null | undefined>(), []);
  const summary = useMemo(
    () =>
      keepSummary(
        data && filter && templateId === undefined
          ? progressSummary({ index: data.index, progress: data.states, today, filter })
          : undefined,
      ),
    [data, filter, today, templateId, keepSummary],
  );
  const task = useMemo(
    () =>
      keepTask(
        data && filter && templateId !== undefined
          ? taskProgress(data.index, data.states, templateId, today, filter)
          : undefined,
      ),
    [data, filter, today, templateId, keepTask],
  );
  const themes = useMemo(() => sortThemes(lists?.themes ?? [], language), [lists, language]);

  const query = paramsOf(choices).toString();
  const overviewHref = `/progress${query ? `?${query}` : ''}`;
  const taskHref = (id: string) => `/progress/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
  const change = (next: ProgressChoices) => {
    const params = paramsOf(next).toString();
    navigate(params ? `${location}?${params}` : location, { replace: true });
  };

  if (lists === undefined || data === undefined || inView === undefined) {
    return <p role="status">{t('progress.loading')}</p>;
  }
  if (year === undefined || data === null) {
    return (
      <div className="progress">
        <h1>{t('progress.title')}</h1>
        <p>{t('progress.noYears')}</p>
      </div>
    );
  }
  const schools = data.index.schools.filter((s) => inView === null || inView.has(s.id));
  const filters = (
    <ProgressFilters
      choices={choices}
      onChange={change}
      years={lists.years}
      year={year}
      schools={schools}
      themes={themes}
    />
  );
  return (
    <div className="progress">
      {templateId === undefined ? (
        <>
          <h1>{t('progress.title')}</h1>
          <p className="hint">{t('progress.intro')}</p>
          {inView !== null && <p className="hint">{t('progress.ownSchools')}</p>}
          {filters}
          {summary && (
            <Overview
              summary={summary}
              index={data.index}
              schoolYear={year}
              themes={themes}
              today={today}
              showClasses={choices.school !== null || schools.length === 1}
              taskHref={taskHref}
            />
          )}
        </>
      ) : task ? (
        <TaskView task={task} schoolYear={year} backHref={overviewHref} filters={filters} />
      ) : (
        <>
          <h1>{t('progress.title')}</h1>
          {filters}
          <p>{t('progress.taskNotFound')}</p>
          <p>
            <Link href={overviewHref}>← {t('progress.allTasks')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
