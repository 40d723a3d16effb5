import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateId, ThemeId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type {
  Action,
  Grade,
  Language,
  School,
  SchoolYear,
  TaskTemplate,
  Theme,
} from '@/domain/model';
import { monthByMonth, themesOf, type PrintEntry } from '@/domain/print/print-calendar';
import { gradeLabel } from '@/ui/labels';
import { EntryWhen, Legend, MonthList, SheetHeader, ThemeMark } from './sheet-parts';
import { FittedSheet } from './fitted-sheet';

export interface SheetCommon {
  readonly schoolYear: SchoolYear;
  /** Every theme in the order of their marks; a page's legend lists those it uses. */
  readonly themes: readonly Theme[];
  readonly marks: ReadonlyMap<ThemeId, string>;
  readonly templates: ReadonlyMap<TemplateId, TaskTemplate>;
  readonly today: LocalDate;
  readonly language: Language;
}

interface Props extends SheetCommon {
  readonly school: School;
  readonly grade: Grade;
  /** The grade's tasks in the school (gradeCalendarActions). */
  readonly actions: readonly Action[];
  /** Whether the school has a class of the grade in the year. */
  readonly hasClasses: boolean;
  /** The grade's wheel, drawn from the same actions; absent: the page has the list alone. */
  readonly wheel?: ReactNode;
}

/** A task's title in the UI language, else in Finnish (the source). */
export function titleIn(template: TaskTemplate | undefined, language: Language): string {
  return template?.title[language] || template?.title.fi || '';
}

/**
 * One grade's school year on one A4 page: heading, the wheel, the legend, and the month-by-month
 * list of its tasks with dates, ISO weeks and theme marks. Its text shrinks until it fits the page
 * (FittedSheet); when even the smallest does not, the preview says so above the page.
 */
export function GradeSheet(props: Props) {
  const { t } = useTranslation();
  const { language, marks, themes, templates } = props;
  const id = useId();
  const months = useMemo(
    () => monthByMonth(props.actions, props.schoolYear.startYear),
    [props.actions, props.schoolYear.startYear],
  );
  const themeById = useMemo(() => new Map(themes.map((x) => [x.id, x])), [themes]);
  const hasSchoolTasks = props.actions.some((a) => a.scope === 'school');
  const hasSchoolTiming = props.actions.some((a) => a.schoolTiming);

  const entry = ({ action, ...weeks }: PrintEntry) => (
    <li key={action.id} className="print-entry">
      <ThemeMark
        theme={action.themeId ? themeById.get(action.themeId) : undefined}
        mark={action.themeId ? marks.get(action.themeId) : undefined}
        language={language}
      />
      <EntryWhen entry={{ action, ...weeks }} language={language} />{' '}
      <span className="print-task">
        {titleIn(templates.get(action.templateId), language)}
        {action.scope === 'school' && ` ${t('print.schoolTaskShort')}`}
        {action.schoolTiming && ' *'}
      </span>
    </li>
  );

  return (
    <FittedSheet
      className="print-sheet"
      labelledBy={id}
      tooFull={t('print.tooFull', { count: props.actions.length })}
    >
      <SheetHeader
        id={id}
        title={t('print.gradeHeading', {
          school: props.school.name,
          grade: gradeLabel(t, props.grade),
        })}
        schoolYear={props.schoolYear}
        today={props.today}
        taskCount={props.actions.length}
        language={language}
      />
      {!props.hasClasses && <p className="print-note">{t('print.noGradeClasses')}</p>}
      <div className="print-top">
        {props.wheel && <div className="print-wheel">{props.wheel}</div>}
        <Legend
          themes={themesOf(props.actions, themes)}
          marks={marks}
          schoolYear={props.schoolYear}
          language={language}
        >
          {hasSchoolTasks && <li>{t('print.schoolTaskMark')}</li>}
          {hasSchoolTiming && <li>{t('print.schoolTimingMark')}</li>}
        </Legend>
      </div>
      <MonthList months={months} language={language} entry={entry} />
    </FittedSheet>
  );
}
