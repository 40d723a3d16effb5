import { useLiveQuery, useObservable } from 'dexie-react-hooks';
import { useEffect, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { listSchoolYears, listThemes } from '@/db/queries';
import type { VuosikelloDb } from '@/db/database';
import type { TemplateId } from '@/domain/ids';
import { planGrid, type GridRow } from '@/domain/plan-grid';
import { buildSchoolCalendar, schoolYearAt } from '@/domain/school-calendar';
import { useDb } from '@/ui/db-context';
import { keeper } from '@/ui/keeper';
import { useActingUser } from '@/ui/acting-user';
import { useToday } from '@/ui/today';
import { liveTemplates } from '@/ui/live-templates';
import { mayEditPlan } from '@/ui/may-write';
import { PlanGridTable } from './plan-grid-table';

/**
 * What the grid reads besides the templates (watched by key apart, live-templates.ts): the years,
 * the themes, and how many schools changed each task.
 */
async function planData(db: VuosikelloDb) {
  const [schoolYears, themes, adjustments] = await Promise.all([
    listSchoolYears(db),
    listThemes(db),
    db.adjustments.toArray(),
  ]);
  const adjustedBy: Record<TemplateId, number> = {};
  for (const a of adjustments) adjustedBy[a.templateId] = (adjustedBy[a.templateId] ?? 0) + 1;
  return { schoolYears, themes, adjustedBy };
}
type PlanData = Awaited<ReturnType<typeof planData>>;

/**
 * The year at a glance: the municipal plan as a grade x month grid for the chosen school year,
 * read live from the plan on this device (a move shows at once). The coordinator moves a task to
 * another month from the grid; everyone else reads it.
 */
export default function PlanPage() {
  const { t } = useTranslation();
  const db = useDb();
  const today = useToday();
  const yearSelectId = useId();
  const user = useActingUser();
  // The school year chosen is kept in the address (?year=…): a reload or a link keeps it.
  const [location, navigate] = useLocation();
  const chosenYear = new URLSearchParams(useSearch()).get('year');
  // Kept equal to the last result where unchanged (keepEqual): an edit renders again only the
  // rows of the grid it changed.
  const keepData = useMemo(() => keeper<PlanData>(), []);
  const data = useLiveQuery(async () => keepData(await planData(db)), [db, keepData]);
  const templatesById = useObservable(() => liveTemplates(db), [db]);
  const chosen = data?.schoolYears.find((y) => y.id === chosenYear);
  const schoolYear = data ? (chosen ?? schoolYearAt(data.schoolYears, today)) : undefined;
  // A year that is none of the years is dropped from the address (the current one is shown).
  const unknownYear = data !== undefined && chosenYear !== null && chosen === undefined;
  useEffect(() => {
    if (unknownYear) navigate(location, { replace: true });
  }, [unknownYear, location, navigate]);
  const keepRows = useMemo(() => keeper<readonly GridRow[]>(), []);
  // Built once per school year (kept the same object while unchanged), not at every edit.
  const calendar = useMemo(() => schoolYear && buildSchoolCalendar(schoolYear), [schoolYear]);
  const rows = useMemo(
    () =>
      templatesById && calendar ? keepRows(planGrid([...templatesById.values()], calendar)) : null,
    [templatesById, calendar, keepRows],
  );
  const editable = user !== undefined && mayEditPlan(user);

  return (
    <div className="year-plan">
      <h1>{t('yearPlan.title')}</h1>
      <p className="hint">{t('yearPlan.intro')}</p>
      {user !== undefined && !editable && <p className="hint">{t('yearPlan.readOnly')}</p>}
      {data === undefined || templatesById === undefined ? (
        <p role="status">{t('yearPlan.loading')}</p>
      ) : schoolYear === undefined || rows === null ? (
        <p>{t('yearPlan.noYears')}</p>
      ) : (
        <>
          <div className="field year-plan-year">
            <label htmlFor={yearSelectId}>{t('yearPlan.year')}</label>
            <select
              id={yearSelectId}
              value={schoolYear.id}
              onChange={(e) =>
                navigate(`${location}?year=${encodeURIComponent(e.target.value)}`, {
                  replace: true,
                })
              }
            >
              {data.schoolYears.map((year) => (
                <option key={year.id} value={year.id}>
                  {t('yearPlan.yearOption', { start: year.startYear, end: year.startYear + 1 })}
                </option>
              ))}
            </select>
          </div>
          <PlanGridTable
            schoolYear={schoolYear}
            rows={rows}
            templatesById={templatesById}
            themes={data.themes}
            adjustedBy={data.adjustedBy}
            editable={editable}
          />
        </>
      )}
    </div>
  );
}
