import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { LocalDate } from '@/domain/local-date';
import type { SchoolYear, Theme } from '@/domain/model';
import type { PlanIndex } from '@/domain/progress/progress-plan';
import type { ProgressSummary } from '@/domain/progress/progress-summary';
import { monthName } from '@/ui/month-name';
import { monthHref } from '@/ui/month-url';
import { useLanguage } from '@/ui/use-language';
import { AttentionSection } from './attention-section';
import { BarLegend, Breakdown, type BreakdownRow } from './breakdown';
import { currentMonth, levelLabel, nameIn } from './progress-labels';
import { TotalsLine } from './totals-line';
import { useTaskNames } from './use-task-names';

interface Props {
  readonly summary: ProgressSummary;
  readonly index: PlanIndex;
  readonly schoolYear: SchoolYear;
  /** In the order to show. */
  readonly themes: readonly Theme[];
  readonly today: LocalDate;
  /** Whether to list the classes (one school in view or chosen; a city's would be thousands). */
  readonly showClasses: boolean;
  readonly taskHref: (templateId: string) => string;
}

/** The summary: its totals, what needs attention, and each breakdown as bars and a table. */
export function Overview({
  summary,
  index,
  schoolYear,
  themes,
  today,
  showClasses,
  taskHref,
}: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const collator = new Intl.Collator(language, { numeric: true });
  const month = currentMonth(today, schoolYear);
  const themeRank = new Map(themes.map((th, i) => [th.id as string, i]));
  const themeOf = new Map(themes.map((th) => [th.id as string, th]));
  const names = useTaskNames(index.templates);

  const schoolRows: BreakdownRow[] = summary.bySchool.map(({ school, tally }) => ({
    key: school.id,
    label: school.name,
    cells: [school.name],
    tally,
  }));
  const levelRows: BreakdownRow[] = summary.byLevel.map(({ level, tally }) => ({
    key: String(level),
    label: levelLabel(t, level),
    cells: [levelLabel(t, level)],
    tally,
  }));
  // With one school counted its name would only repeat.
  const manySchools = schoolRows.length > 1;
  const classRows: BreakdownRow[] = summary.byClass.map(({ group, school, tally }) => {
    const link = <Link href={monthHref(group.id, month)}>{group.name}</Link>;
    return {
      key: `${group.id}|${month.year}-${month.month}`,
      label: manySchools ? `${group.name} · ${school.name}` : group.name,
      cells: manySchools ? [link, school.name] : [link],
      tally,
    };
  });
  const monthRows: BreakdownRow[] = summary.byMonth.map(({ month: m, tally }) => ({
    key: String(m),
    label: monthName(m, language),
    cells: [monthName(m, language)],
    tally,
  }));
  const themeRows: BreakdownRow[] = [...summary.byTheme]
    .sort(
      (a, b) =>
        (themeRank.get(a.themeId ?? '') ?? Infinity) - (themeRank.get(b.themeId ?? '') ?? Infinity),
    )
    .map(({ themeId, tally }) => {
      const theme = themeId === null ? undefined : themeOf.get(themeId);
      const name = theme ? nameIn(theme.name, language).text : (themeId ?? t('progress.noTheme'));
      return {
        key: themeId ?? '',
        label: name,
        cells: [
          <span className="theme">
            {theme && (
              <span className="swatch" style={{ background: theme.color }} aria-hidden="true" />
            )}
            {name}
          </span>,
        ],
        tally,
      };
    });
  const taskRows: BreakdownRow[] = summary.byTask
    .map(({ template, targets, tally, ratings }) => {
      const title = nameIn(template.title, language);
      const name = names.get(template.id) ?? title.text;
      const rated = `${ratings.well} / ${ratings.partly} / ${ratings.not}`;
      return {
        // A rating changes no tally: the key tells the row to show it.
        key: `${template.id}|${rated}`,
        label: name,
        cells: [
          <Link href={taskHref(template.id)} lang={title.lang}>
            {name}
          </Link>,
          targets,
          rated,
        ],
        tally,
      };
    })
    .sort((a, b) => collator.compare(a.label, b.label));

  return (
    <>
      <TotalsLine tally={summary.total} />
      {summary.noLongerPlanned > 0 && (
        <p className="hint">{t('progress.noLongerPlanned', { count: summary.noLongerPlanned })}</p>
      )}
      {summary.total.total > 0 && (
        <>
          <AttentionSection
            attention={summary.attention}
            index={index}
            schoolYear={schoolYear}
            today={today}
            names={names}
            taskHref={taskHref}
          />
          <BarLegend />
          {manySchools && (
            <Breakdown
              title={t('progress.bySchool')}
              nameHeaders={[t('progress.colSchool')]}
              rows={schoolRows}
            />
          )}
          <Breakdown
            title={t('progress.byLevel')}
            hint={t('progress.byLevelHint')}
            nameHeaders={[t('progress.colLevel')]}
            rows={levelRows}
          />
          {showClasses ? (
            <Breakdown
              title={t('progress.byClass')}
              nameHeaders={
                manySchools
                  ? [t('progress.colClass'), t('progress.colSchool')]
                  : [t('progress.colClass')]
              }
              rows={classRows}
            />
          ) : (
            classRows.length > 0 && (
              <section className="progress-breakdown">
                <h2>{t('progress.byClass')}</h2>
                <p>{t('progress.classesHidden', { count: classRows.length })}</p>
              </section>
            )
          )}
          <Breakdown
            title={t('progress.byMonth')}
            hint={t('progress.byMonthHint')}
            nameHeaders={[t('progress.colMonth')]}
            rows={monthRows}
          />
          <Breakdown
            title={t('progress.byTheme')}
            nameHeaders={[t('progress.colTheme')]}
            rows={themeRows}
          />
          <Breakdown
            title={t('progress.byTask')}
            nameHeaders={[t('progress.colTask'), t('progress.classes'), t('rating.colByTask')]}
            rows={taskRows}
          />
        </>
      )}
    </>
  );
}
