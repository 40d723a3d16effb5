import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearch } from 'wouter';
import type { SchoolId, SchoolYearId } from '@/domain/ids';
import { sortThemes } from '@/domain/library/template-filter';
import { countedSchools, schoolsInView } from '@/domain/progress/progress-filter';
import { progressReport } from '@/domain/report/progress-report';
import { reportCsv, reportFileName } from '@/domain/report/report-csv';
import { readPeriod, wholeYearPeriod } from '@/domain/report/report-period';
import { formatDay } from '@/i18n/format';
import { useActingUser } from '@/ui/acting-user';
import { CsvDelimiterChoice } from '@/ui/csv-delimiter-choice';
import { SelectField } from '@/ui/select-field';
import { downloadFile } from '@/ui/download-file';
import { useToday } from '@/ui/today';
import { useLanguage } from '@/ui/use-language';
import type { BreakdownRow } from './breakdown';
import { levelLabel, nameIn } from './progress-labels';
import { ReportChart, ReportLegend } from './report-chart';
import { reportChoicesFrom, reportParamsOf, type ReportChoices } from './report-params';
import type { TaskTemplate } from '@/domain/model';
import { ReportPeriodForm } from './report-period-form';
import { ReportVerdicts } from './report-verdicts';
import { reportCsvWords } from './report-words';
import { useTaskNames } from './use-task-names';
import { TotalsLine } from './totals-line';
import { useChosenYear } from './use-progress-data';
import './progress.css';
import './report.css';

/** Until the year's plan is read (one array, so the names are not made again at each render). */
const NO_TEMPLATES: readonly TaskTemplate[] = [];

/**
 * The steering group's report (`/report`): a school year's or a period's figures by school,
 * grade and theme as charts with their tables, and the tasks that worked and did not; printed
 * on A4 (report.css) or downloaded as CSV. The choices live in the address. A principal's report
 * is of their own schools. Read live, like the progress view.
 */
export default function ReportPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = useToday();
  const user = useActingUser();
  const search = useSearch();
  const [location, navigate] = useLocation();
  const id = useId();
  const choices = useMemo(() => reportChoicesFrom(new URLSearchParams(search)), [search]);
  const { lists, year, data } = useChosenYear(choices.year, today);
  const inView = useMemo(() => (user === undefined ? undefined : schoolsInView(user)), [user]);
  const reading = useMemo(
    () => (year ? readPeriod(year.startYear, choices.from, choices.to) : undefined),
    [year, choices.from, choices.to],
  );
  const report = useMemo(() => {
    if (!data || !year || !reading || inView === undefined) return undefined;
    return progressReport({
      index: data.index,
      progress: data.states,
      today,
      schools: countedSchools(inView, choices.school),
      // A period that is not valid changes nothing: the whole year is shown, and the form says why.
      period: reading.ok ? reading.period : wholeYearPeriod(year.startYear),
    });
  }, [data, year, reading, inView, choices.school, today]);
  const themes = useMemo(() => sortThemes(lists?.themes ?? [], language), [lists, language]);
  const names = useTaskNames(data?.index.templates ?? NO_TEMPLATES);

  const change = (next: ReportChoices) => {
    const params = reportParamsOf(next).toString();
    navigate(params ? `${location}?${params}` : location, { replace: true });
  };

  // The choices stay on screen while another year loads: the year's list keeps its focus.
  const schools = (data?.index.schools ?? []).filter((s) => inView === null || inView?.has(s.id));
  if (lists === undefined || inView === undefined) {
    return <p role="status">{t('report.loading')}</p>;
  }
  if (year === undefined) {
    return (
      <div className="report">
        <h1>{t('report.title')}</h1>
        <p>{t('report.noYears')}</p>
      </div>
    );
  }
  const period = report?.period ?? wholeYearPeriod(year.startYear);
  const chosenSchool = schools.find((s) => s.id === choices.school);
  const what = chosenSchool
    ? chosenSchool.name
    : schools.length === 1 && inView !== null
      ? schools[0]!.name
      : t('progress.allSchools');
  const wholeYear = reading?.ok === true && reading.wholeYear;
  const themeOf = new Map(themes.map((th) => [th.id as string, th]));

  const summary = report?.summary;
  const schoolRows: BreakdownRow[] = (summary?.bySchool ?? []).map(({ school, tally }) => ({
    key: school.id,
    label: school.name,
    cells: [school.name],
    tally,
  }));
  const levelRows: BreakdownRow[] = (summary?.byLevel ?? []).map(({ level, tally }) => ({
    key: String(level),
    label: levelLabel(t, level),
    cells: [levelLabel(t, level)],
    tally,
  }));
  const themeRows: BreakdownRow[] = (summary?.byTheme ?? []).map(({ themeId, tally }) => {
    const theme = themeId === null ? undefined : themeOf.get(themeId);
    const name = theme ? nameIn(theme.name, language).text : (themeId ?? t('progress.noTheme'));
    return { key: themeId ?? '', label: name, cells: [name], tally };
  });

  const download = () => {
    if (!report) return;
    const words = reportCsvWords(t, language, themes, what, names);
    downloadFile(
      reportFileName(year.startYear, period, wholeYear || !reading?.ok),
      reportCsv(report, words, choices.delimiter),
      'text/csv;charset=utf-8',
    );
  };

  return (
    <div className="report">
      <h1>{t('report.title')}</h1>
      <p className="report-subtitle">
        {t('report.subtitle', {
          what,
          start: year.startYear,
          end: year.startYear + 1,
          from: formatDay(period.from, language, 'date'),
          to: formatDay(period.to, language, 'date'),
        })}
      </p>
      <p className="hint report-screen-only">{t('report.intro')}</p>
      {inView !== null && <p className="hint report-screen-only">{t('report.ownSchools')}</p>}
      <section className="report-choices" aria-labelledby={`${id}-choices`}>
        <h2 id={`${id}-choices`}>{t('report.choices')}</h2>
        <div className="toolbar">
          <SelectField
            id={`${id}-year`}
            label={t('progress.year')}
            value={year.id}
            // Another year's days are outside it: its report starts as the whole year.
            onChange={(v) => change({ ...choices, year: v as SchoolYearId, from: null, to: null })}
            options={lists.years.map((y) => [
              y.id,
              t('progress.yearOption', { start: y.startYear, end: y.startYear + 1 }),
            ])}
          />
          {schools.length > 1 && (
            <SelectField
              id={`${id}-school`}
              label={t('progress.school')}
              value={choices.school ?? ''}
              onChange={(v) => change({ ...choices, school: v === '' ? null : (v as SchoolId) })}
              all={t('progress.allSchools')}
              options={schools.map((s) => [s.id, s.name])}
            />
          )}
        </div>
        <ReportPeriodForm
          key={`${year.id}|${choices.from ?? ''}|${choices.to ?? ''}`}
          startYear={year.startYear}
          from={choices.from}
          to={choices.to}
          onChange={(from, to) => change({ ...choices, from, to })}
        />
        {reading && !reading.ok && (
          <p className="error" role="alert">
            {t('report.addressInvalid')}
          </p>
        )}
        <fieldset className="report-file">
          <legend>{t('report.file')}</legend>
          <div className="toolbar">
            <CsvDelimiterChoice
              className="plain"
              name={`${id}-delimiter`}
              value={choices.delimiter}
              onChange={(delimiter) => change({ ...choices, delimiter })}
            />
            <button type="button" onClick={download} disabled={!report}>
              {t('report.download')}
            </button>
          </div>
        </fieldset>
        <p>
          <button type="button" className="primary" onClick={() => window.print()}>
            {t('report.print')}
          </button>
        </p>
      </section>
      {data === null ? (
        <p>{t('report.noYears')}</p>
      ) : report === undefined || summary === undefined ? (
        <p role="status">{t('report.loading')}</p>
      ) : (
        <>
          <TotalsLine tally={summary.total} />
          {summary.total.total > 0 && (
            <>
              <ReportLegend />
              {schoolRows.length > 1 && (
                <ReportChart
                  title={t('progress.bySchool')}
                  nameHeader={t('progress.colSchool')}
                  rows={schoolRows}
                />
              )}
              <ReportChart
                title={t('progress.byLevel')}
                hint={t('progress.byLevelHint')}
                nameHeader={t('progress.colLevel')}
                rows={levelRows}
              />
              <ReportChart
                title={t('progress.byTheme')}
                nameHeader={t('progress.colTheme')}
                rows={themeRows}
              />
              <ReportVerdicts
                verdicts={report.verdicts}
                minRatings={report.minRatings}
                names={names}
              />
            </>
          )}
        </>
      )}
      <p className="hint report-made">
        {t('report.made', { day: formatDay(today, language, 'date') })}
      </p>
    </div>
  );
}
