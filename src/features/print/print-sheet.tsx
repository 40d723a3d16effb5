import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateId, ThemeId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Action, Language, SchoolYear, TaskTemplate, Theme } from '@/domain/model';
import { monthByMonth, themesOf, type PrintEntry } from '@/domain/print/print-calendar';
import { FittedSheet } from './fitted-sheet';
import { EntryWhen, Legend, MonthList, SheetHeader, ThemeMark } from './sheet-parts';

/** What every page of a print shares. */
export interface SheetCommon {
  readonly schoolYear: SchoolYear;
  /** Every theme in the order of their marks; a page's legend lists those it uses. */
  readonly themes: readonly Theme[];
  readonly marks: ReadonlyMap<ThemeId, string>;
  readonly templates: ReadonlyMap<TemplateId, TaskTemplate>;
  readonly today: LocalDate;
  readonly language: Language;
}

/** A task's line on a page; `after` goes after its title (a checklist's day it was done). */
export type TaskLine = (after?: ReactNode) => ReactNode;

interface Props extends SheetCommon {
  readonly className: string;
  readonly title: string;
  /** The page's tasks, in window order. */
  readonly actions: readonly Action[];
  /** Said under the heading. */
  readonly note?: ReactNode;
  /** Drawn beside the legend. */
  readonly wheel?: ReactNode;
  /** The page's own marks in the legend (list items), before the marks every page explains. */
  readonly legendMarks?: ReactNode;
  /** A task's list item, around its line (`task`). */
  readonly item: (entry: PrintEntry, task: TaskLine) => ReactNode;
}

/**
 * A printed page: heading (with the school year, the task count and the day printed), the legend
 * (and a wheel beside it), and the month-by-month list, each task as its theme's mark, its days
 * and ISO weeks and its title, (K) for the school's, * for the school's own timing. Its text
 * shrinks until it fits an A4 page (FittedSheet).
 */
export function PrintSheet(props: Props) {
  const { t } = useTranslation();
  const { actions, language, marks, themes, templates } = props;
  const id = useId();
  const months = useMemo(
    () => monthByMonth(actions, props.schoolYear.startYear),
    [actions, props.schoolYear.startYear],
  );
  const themeById = useMemo(() => new Map(themes.map((x) => [x.id, x])), [themes]);

  const entry = (e: PrintEntry) => {
    const { action } = e;
    const task: TaskLine = (after) => (
      <>
        <ThemeMark
          theme={action.themeId ? themeById.get(action.themeId) : undefined}
          mark={action.themeId ? marks.get(action.themeId) : undefined}
          language={language}
        />
        <EntryWhen entry={e} language={language} />{' '}
        <span className="print-task">
          {titleIn(templates.get(action.templateId), language)}
          {action.scope === 'school' && ` ${t('print.schoolTaskShort')}`}
          {action.schoolTiming && ' *'}
          {after}
        </span>
      </>
    );
    return props.item(e, task);
  };

  return (
    <FittedSheet
      className={props.className}
      labelledBy={id}
      tooFull={t('print.tooFull', { count: actions.length })}
    >
      <SheetHeader
        id={id}
        title={props.title}
        schoolYear={props.schoolYear}
        today={props.today}
        taskCount={actions.length}
        language={language}
      />
      {props.note}
      <div className="print-top">
        {props.wheel && <div className="print-wheel">{props.wheel}</div>}
        <Legend
          themes={themesOf(actions, themes)}
          marks={marks}
          schoolYear={props.schoolYear}
          language={language}
        >
          {props.legendMarks}
          {actions.some((a) => a.scope === 'school') && <li>{t('print.schoolTaskMark')}</li>}
          {actions.some((a) => a.schoolTiming) && <li>{t('print.schoolTimingMark')}</li>}
        </Legend>
      </div>
      <MonthList months={months} language={language} entry={entry} />
    </FittedSheet>
  );
}

/** A task's title in the UI language, else in Finnish (the source). */
function titleIn(template: TaskTemplate | undefined, language: Language): string {
  return template?.title[language] || template?.title.fi || '';
}
