import { memo, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import { sortThemes } from '@/domain/library/template-filter';
import { themeMarks } from '@/domain/library/theme-marks';
import { classChecklistActions, gradeCalendarActions } from '@/domain/print/print-calendar';
import { useActingUser } from '@/ui/acting-user';
import { useToday } from '@/ui/today';
import { useLanguage } from '@/ui/use-language';
import { ClassChecklist } from './class-checklist';
import { GradeSheet } from './grade-sheet';
import type { SheetCommon } from './print-sheet';
import { GradeWheel } from './grade-wheel';
import {
  PRINT_PARAMS,
  resolvePrintChoice,
  unusedPrintParams,
  withChoice,
  type PrintChoice,
} from './print-choice';
import { PrintChoices } from './print-choices';
import { usePrintData, useProgressOf, type PrintData } from './use-print-data';
import './print.css';

/**
 * The principal's printouts: one grade's school year on one A4 page, every grade of a school (a
 * page each), or a class's checklist for the wall; chosen here (the choice kept in the address),
 * previewed as the pages that print, and printed with the browser's print dialog.
 */
export default function PrintPage() {
  const { t } = useTranslation();
  const today = useToday();
  const language = useLanguage();
  const user = useActingUser();
  // The choice is the address's (useSearch, not useSearchParams: that one would be new code in the
  // first screen's router chunk).
  const search = useSearch();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const [path, navigate] = useLocation();
  const data = usePrintData(params.get(PRINT_PARAMS.year), today);
  // The pages render again only when what they show changes (Sheets is memoized on these).
  const choice = useMemo(
    () => (data ? resolvePrintChoice(params, data.schools, data.groups, user) : null),
    [params, data, user],
  );
  // The address keeps only what names something (unusedPrintParams): the rest is dropped from it.
  const unused =
    choice && data?.schoolYear ? unusedPrintParams(params, choice, data.schoolYear.id) : [];
  const drop = unused.map((key) => PRINT_PARAMS[key]).join(',');
  useEffect(() => {
    if (!drop) return;
    const kept = new URLSearchParams(search);
    for (const name of drop.split(',')) kept.delete(name);
    navigate(kept.size > 0 ? `${path}?${kept.toString()}` : path, { replace: true });
  }, [drop, search, path, navigate]);
  const common = useMemo((): SheetCommon | null => {
    if (!data?.schoolYear) return null;
    // Marks in the themes' own order (then their Finnish names), so a theme keeps its letter
    // whatever the language, and the legend lists them A, B, C...
    const themes = sortThemes(data.themes, 'fi');
    return {
      schoolYear: data.schoolYear,
      themes,
      marks: themeMarks(themes),
      templates: data.templates,
      today,
      language,
    };
  }, [data, language, today]);

  const body = () => {
    if (data === undefined) return <p role="status">{t('print.loading')}</p>;
    if (data.schoolYear === null || common === null) return <p>{t('print.noYears')}</p>;
    if (choice === null) return <p>{t('print.noSchools')}</p>;
    const pages = choice.what === 'school' ? choice.grades.length : 1;
    return (
      <>
        <PrintChoices
          schoolYears={data.schoolYears}
          schoolYear={data.schoolYear}
          schools={data.schools}
          choice={choice}
          onChange={(key, value) =>
            navigate(`${path}?${withChoice(params, key, value).toString()}`, { replace: true })
          }
        />
        <div className="print-actions">
          <p>{t('print.pages', { count: pages })}</p>
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('print.print')}
          </button>
        </div>
        <div className="print-preview" role="region" aria-label={t('print.preview')} tabIndex={0}>
          <Sheets data={data} choice={choice} common={common} />
        </div>
      </>
    );
  };

  return (
    <div className="print-view">
      <h1>{t('print.title')}</h1>
      <p className="print-intro">{t(choice?.ownGrades ? 'print.introOwn' : 'print.intro')}</p>
      {body()}
    </div>
  );
}

/** The pages of the choice, as they print. */
const Sheets = memo(function Sheets({
  data,
  choice,
  common,
}: {
  data: PrintData;
  choice: PrintChoice;
  common: SheetCommon;
}) {
  const { t } = useTranslation();
  if (choice.what === 'class') {
    return choice.group ? (
      <Checklist data={data} choice={{ ...choice, group: choice.group }} common={common} />
    ) : (
      <p>{t('print.noClasses')}</p>
    );
  }
  const grades = choice.what === 'school' ? choice.grades : [choice.grade];
  return grades.map((grade) => {
    const actions = gradeCalendarActions({
      actions: data.actions,
      groups: data.groups,
      templates: data.templates,
      schoolId: choice.school.id,
      grade,
    });
    // Keyed by what the page holds: a new content fits itself again from the largest text.
    const key = `${grade}|${common.language}|${actions.map((a) => `${a.id}@${a.start}`).join()}`;
    return (
      <GradeSheet
        key={key}
        {...common}
        school={choice.school}
        grade={grade}
        actions={actions}
        hasClasses={choice.groups.some((g) => g.grades.includes(grade))}
        wheel={
          <GradeWheel
            school={choice.school}
            grade={grade}
            actions={actions}
            groups={data.groups}
            schoolYear={common.schoolYear}
            templates={data.templates}
            themes={common.themes}
            marks={common.marks}
            language={common.language}
          />
        }
      />
    );
  });
});

function Checklist({
  data,
  choice,
  common,
}: {
  data: PrintData;
  choice: PrintChoice & { group: NonNullable<PrintChoice['group']> };
  common: SheetCommon;
}) {
  const actions = useMemo(
    () =>
      classChecklistActions({
        actions: data.actions,
        group: choice.group,
        templates: data.templates,
      }),
    [data.actions, data.templates, choice.group],
  );
  const progress = useProgressOf(actions.map((a) => a.id));
  if (progress === undefined) return null;
  const key = `${choice.group.id}|${common.language}|${String(choice.showDone)}|${actions.map((a) => `${a.id}@${a.start}`).join()}|${[...progress.values()].map((p) => p.state).join()}`;
  return (
    <ClassChecklist
      key={key}
      {...common}
      school={choice.school}
      group={choice.group}
      actions={actions}
      progress={progress}
      showDone={choice.showDone}
    />
  );
}
