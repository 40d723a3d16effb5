import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listSchoolYears, listTemplates, listThemes } from '@/db/queries';
import type { SchoolYearId, TemplateId } from '@/domain/ids';
import { planGrid } from '@/domain/plan-grid';
import { buildSchoolCalendar, schoolYearAt } from '@/domain/school-calendar';
import { useDb } from '@/ui/db-context';
import { useActingUser } from '@/ui/acting-user';
import { useToday } from '@/ui/today';
import { mayEditPlan } from '@/ui/may-write';
import { PlanGridTable } from './plan-grid-table';

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
  const [chosenYear, setChosenYear] = useState<SchoolYearId | null>(null);
  const data = useLiveQuery(async () => {
    const [schoolYears, templates, themes, adjustments] = await Promise.all([
      listSchoolYears(db),
      listTemplates(db),
      listThemes(db),
      db.adjustments.toArray(),
    ]);
    // How many schools moved or switched off each task, shown beside it.
    const adjustedBy = new Map<TemplateId, number>();
    for (const a of adjustments) {
      adjustedBy.set(a.templateId, (adjustedBy.get(a.templateId) ?? 0) + 1);
    }
    return { schoolYears, templates, themes, adjustedBy };
  }, [db]);
  const schoolYear = data
    ? (data.schoolYears.find((y) => y.id === chosenYear) ?? schoolYearAt(data.schoolYears, today))
    : undefined;
  const rows = useMemo(
    () => (data && schoolYear ? planGrid(data.templates, buildSchoolCalendar(schoolYear)) : null),
    [data, schoolYear],
  );
  const editable = user !== undefined && mayEditPlan(user);

  return (
    <div className="year-plan">
      <h1>{t('yearPlan.title')}</h1>
      <p className="hint">{t('yearPlan.intro')}</p>
      {user !== undefined && !editable && <p className="hint">{t('yearPlan.readOnly')}</p>}
      {data === undefined ? (
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
              onChange={(e) => setChosenYear(e.target.value as SchoolYearId)}
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
            templates={data.templates}
            themes={data.themes}
            adjustedBy={data.adjustedBy}
            editable={editable}
          />
        </>
      )}
    </div>
  );
}
