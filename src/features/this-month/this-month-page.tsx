import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearch } from 'wouter';
import { setMeta } from '@/db/meta';
import { listGroups } from '@/db/queries';
import { ownGroups } from '@/domain/own-groups';
import type { ActionId, GroupId, ThemeId } from '@/domain/ids';
import type { SchoolYear } from '@/domain/model';
import { countSchoolDays } from '@/domain/school-calendar';
import { monthView, type MonthViewItem } from '@/domain/month-view';
import { sameMonthIn, shiftMonth, type YearMonth } from '@/domain/year-month';
import { formatDay, formatMonth } from '@/i18n/format';
import { ChoiceForm } from '@/ui/choice-form';
import { useDb } from '@/ui/db-context';
import { mayMarkFor } from '@/ui/may-mark';
import { mayChangeTrackingFrom } from '@/ui/may-write';
import { useIdle, whenIdle } from '@/ui/idle';
import { useToday } from '@/ui/today';
import { useLanguage } from '@/ui/use-language';
import { ActionCard } from './action-card';
import { ClassPicker } from './class-picker';
import { laterPart } from './later-part';
import { MonthNav } from './month-nav';
import { MONTH_THEME_PARAM, monthHref } from '@/ui/month-url';
import { ThemeFilter } from './theme-filter';
import { TrackingPrompt } from './tracking-prompt';
import { monthShown, showsClass, useMonthData } from './use-month-data';
import { YearPicker } from './year-picker';
import { loadTickWrite } from './tick-write';

interface Props {
  /** From the address: the class and the month ('YYYY-MM'); both optional. */
  readonly params: Readonly<Record<string, string | undefined>>;
}

const NOTHING_KEPT: ReadonlySet<ActionId> = new Set();

// Loaded once the browser is idle after the first render: neither the month nor a tick waits.
const Reminders = laterPart('Reminders');
// Marks on tasks the plan no longer has are rare: their part loads only for a month that has some.
const NoLongerPlanned = laterPart('NoLongerPlanned');

/**
 * The teacher's home: one class's tasks for a month of its school year, the overdue ones of
 * earlier months after them, next month previewed. The address names the class and the month.
 */
export default function ThisMonthPage({ params }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const db = useDb();
  const today = useToday();
  const [location, navigate] = useLocation();
  const search = useSearch();
  // Earlier months' cards marked during this visit stay in place; leaving the class or month
  // forgets them.
  const [kept, setKept] = useState({ key: '', ids: NOTHING_KEPT });
  const read = useMonthData(params['groupId'], today);
  const idle = useIdle();
  // While a new address loads, the previous place stays on screen (the pickers keep their focus)
  // but is not `settled`; a bare address completed with the class it opened is the same place.
  const settled = showsClass(read, params['groupId']);
  const ready = read?.kind === 'ready' ? read : null;

  // Built once per school year and address (the read keeps an unchanged year the same object),
  // so that what takes it keeps its identity across reads.
  const year = ready?.schoolYear;
  const month = params['month'];
  const shown: YearMonth | null = useMemo(
    () => (year ? monthShown(year, month, today) : null),
    [year, month, today],
  );
  // The theme the address narrows the tasks to, when it is one of the themes.
  const asked = new URLSearchParams(search).get(MONTH_THEME_PARAM);
  const themeList = ready?.themes;
  const themeId = useMemo(
    () => themeList?.find((theme) => theme.id === asked)?.id ?? null,
    [themeList, asked],
  );
  const href = settled && ready && shown ? monthHref(ready.selected.id, shown, themeId) : null;
  const here = search ? `${location}?${search}` : location;

  // The address always names what is shown (a bare or out-of-year address is corrected in place,
  // a theme that is none of the themes dropped), and the class shown is the one `/` opens next
  // time.
  useEffect(() => {
    if (href !== null && href !== here) navigate(href, { replace: true });
  }, [href, here, navigate]);
  const selectedId = settled ? ready?.selected.id : undefined;
  const remembered = ready?.remembered;
  useEffect(() => {
    if (selectedId && selectedId !== remembered) void setMeta(db, 'selectedGroupId', selectedId);
  }, [db, selectedId, remembered]);

  // A tick's write loads once the browser is idle after the month shows (tick-write.ts).
  useEffect(() => whenIdle(() => void loadTickWrite()), []);

  // The count alone: the whole calendar (every school day's date) is not needed here.
  const schoolDayCount = useMemo(() => (year ? countSchoolDays(year) : 0), [year]);
  // The class and month whose marked cards are kept.
  const keptKey = ready && shown ? `${ready.selected.id}/${shown.year}-${shown.month}` : '';
  const keep = useCallback(
    (id: ActionId) =>
      setKept((now) => ({
        key: keptKey,
        ids: new Set(now.key === keptKey ? now.ids : NOTHING_KEPT).add(id),
      })),
    [keptKey],
  );
  const chooseClass = useCallback(
    (id: GroupId) => {
      if (shown) navigate(monthHref(id, shown, themeId));
    },
    [navigate, shown, themeId],
  );
  // The class the address names, also while its tasks load (the previous class's stay on screen
  // until then): a move to another month or theme goes on with the class just chosen.
  const classId = settled
    ? ready?.selected.id
    : ((params['groupId'] as GroupId | undefined) ?? ready?.selected.id);
  // The pickers' handlers keep their identity while the month's rows change (a tick, a sync), so
  // the pickers do not render again: React sets a rendered select's chosen option anew, and in a
  // page the user has just used Chromium's autofill then scans the page's forms.
  const chooseTheme = useCallback(
    (id: ThemeId | null) => {
      if (classId && shown) navigate(monthHref(classId, shown, id), { replace: true });
    },
    [navigate, classId, shown],
  );
  const shownClass = ready?.selected;
  const viewer = ready?.user;
  const chooseYear = useCallback(
    (year: SchoolYear) => {
      if (!shownClass || !shown) return;
      // The same class (by school and name) in the chosen year, else the user's own, else the
      // first.
      void listGroups(db, year.id).then((yearGroups) => {
        const target =
          yearGroups.find(
            (g) => g.schoolId === shownClass.schoolId && g.name === shownClass.name,
          ) ??
          ownGroups(yearGroups, viewer ?? null)[0] ??
          yearGroups[0];
        if (target) navigate(monthHref(target.id, sameMonthIn(shown, year), themeId));
      });
    },
    [db, shownClass, viewer, shown, themeId, navigate],
  );

  if (read === undefined) return <p role="status">{t('app.loading')}</p>;
  if (read.kind === 'unknownGroup' && settled) {
    return (
      <div className="this-month">
        <h1>{t('month.title')}</h1>
        <p>{t('month.unknownClass')}</p>
        <p>
          <Link href="/">{t('month.toOwnClass')}</Link>
        </p>
      </div>
    );
  }
  if (!ready || !shown) {
    return settled ? <p>{t('month.noClasses')}</p> : <p role="status">{t('app.loading')}</p>;
  }

  const { schoolYear, schools, groups, themes, selected, school, user, tickName } = ready;
  const themesById = new Map(themes.map((theme) => [theme.id, theme]));
  const mayMark = mayMarkFor(user, groups);
  // Another class or month forgets the kept cards (a first render has none: it renders once).
  if (kept.key !== keptKey && kept.ids.size > 0) setKept({ key: keptKey, ids: NOTHING_KEPT });
  // Never the previous class's tasks while another's load.
  const view =
    settled &&
    monthView({
      actions: themeId ? ready.actions.filter((a) => a.themeId === themeId) : ready.actions,
      progress: ready.progress,
      today,
      year: shown.year,
      month: shown.month,
      trackingFrom: school?.trackingFrom ?? null,
      keptOverdue: kept.key === keptKey ? kept.ids : NOTHING_KEPT,
    });
  const card = ({ action, progress, overdue }: MonthViewItem, earlier: boolean) => {
    const template = ready.templates.get(action.templateId);
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
        userName={tickName}
        language={language}
        t={t}
        readOnly={!mayMark(action.id)}
        {...(earlier && { onMarked: keep })}
      />
    );
  };

  const goTo = (groupId: GroupId, month: YearMonth) => navigate(monthHref(groupId, month, themeId));
  // Read before the returns above, where the month may not be ready: here it is.
  const placeClassId = classId ?? selected.id;
  const next = shiftMonth(shown, 1);

  return (
    <div className="this-month">
      <h1>{t('month.title')}</h1>
      <p className="school-year">
        {t('month.schoolYear', {
          start: formatDay(schoolYear.firstDay, language, 'date'),
          end: formatDay(schoolYear.lastDay, language, 'date'),
          count: schoolDayCount,
        })}
      </p>
      {school?.trackingFrom && (
        <p className="hint">
          {t('month.trackedFrom', { day: formatDay(school.trackingFrom, language, 'date') })}
        </p>
      )}
      <ChoiceForm className="toolbar">
        <YearPicker
          schoolYears={ready.schoolYears}
          selectedId={schoolYear.id}
          onSelect={chooseYear}
        />
        <ClassPicker
          schools={schools}
          groups={groups}
          ownIds={ready.ownIds}
          selectedId={placeClassId}
          onSelect={chooseClass}
        />
        <ThemeFilter themes={themes} value={themeId} onChange={chooseTheme} />
        <MonthNav
          shown={shown}
          schoolYear={schoolYear}
          onChange={(month) => goTo(placeClassId, month)}
        />
      </ChoiceForm>
      {!view ? (
        <p role="status">{t('app.loading')}</p>
      ) : (
        <>
          {idle && (
            <Suspense>
              <Reminders read={ready} today={today} />
            </Suspense>
          )}
          <section aria-labelledby="month-heading">
            <h2 id="month-heading">
              {t('month.thisMonth', { month: formatMonth(shown.year, shown.month, language) })}
            </h2>
            <p className="summary">
              {t('month.progressSummary', {
                done: view.month.filter((i) => i.state === 'done').length,
                total: view.month.length,
              })}
            </p>
            {view.month.length === 0 ? (
              <p>{t('month.emptyMonth')}</p>
            ) : (
              <ul className="actions">{view.month.map((i) => card(i, false))}</ul>
            )}
          </section>
          {idle && view.earlierOverdue.length > 0 && (
            // Below the month's own cards, rendered once the browser is idle after them: a tick
            // made just after the first paint does not wait for a dozen more cards to render and
            // lay out.
            <section aria-labelledby="overdue-heading" className="section-overdue">
              <h2 id="overdue-heading">
                {t('month.earlierOverdue', { count: view.earlierOverdueCount })}
              </h2>
              {school && mayChangeTrackingFrom(user, school) && (
                <TrackingPrompt school={school} today={today} />
              )}
              <ul className="actions">{view.earlierOverdue.map((i) => card(i, true))}</ul>
            </section>
          )}
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
                    {ready.templates.get(action.templateId)?.title[language]}{' '}
                    <span className="hint">{formatDay(action.start, language, 'dayShort')}</span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          {ready.unplanned.length > 0 && (
            <Suspense>
              <NoLongerPlanned items={ready.unplanned} />
            </Suspense>
          )}
        </>
      )}
    </div>
  );
}
