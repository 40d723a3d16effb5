import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionId } from '@/domain/ids';
import type { Action, Group, Progress, School } from '@/domain/model';
import { monthByMonth, themesOf, type PrintEntry } from '@/domain/print/print-calendar';
import { formatDay } from '@/i18n/format';
import { titleIn, type SheetCommon } from './grade-sheet';
import { EntryWhen, Legend, MonthList, SheetHeader, ThemeMark } from './sheet-parts';
import { FittedSheet } from './fitted-sheet';

interface Props extends SheetCommon {
  readonly school: School;
  readonly group: Group;
  /** The class's tasks (classChecklistActions). */
  readonly actions: readonly Action[];
  /** Their marks; with `showDone` false every box is empty (a fresh sheet for the wall). */
  readonly progress: ReadonlyMap<ActionId, Progress>;
  readonly showDone: boolean;
}

/** The box of a task on the wall: empty, ticked (done) or struck (skipped), also in black and white. */
function TickBox({ state }: { state: Progress['state'] }) {
  return (
    <span className={`print-box print-box-${state}`} aria-hidden="true">
      {state === 'done' ? '✓' : state === 'skipped' ? '–' : ''}
    </span>
  );
}

/**
 * A class's checklist for the wall: its tasks month by month with a box to tick, dates and ISO
 * weeks; what is done or skipped is ticked with its day unless `showDone` is off. As a grade's
 * page, its text shrinks to fit one page; a longer one goes on to a second page.
 */
export function ClassChecklist(props: Props) {
  const { t } = useTranslation();
  const { language, marks, themes, templates, progress, showDone } = props;
  const id = useId();
  const months = useMemo(
    () => monthByMonth(props.actions, props.schoolYear.startYear),
    [props.actions, props.schoolYear.startYear],
  );
  const themeById = useMemo(() => new Map(themes.map((x) => [x.id, x])), [themes]);

  const entry = ({ action, ...weeks }: PrintEntry) => {
    const mark = showDone ? progress.get(action.id) : undefined;
    const state = mark?.state ?? 'todo';
    return (
      <li key={action.id} className={`print-entry print-check print-check-${state}`}>
        <TickBox state={state} />
        <span className="visually-hidden">{t(`print.tick_${state}`)}: </span>
        <ThemeMark
          theme={action.themeId ? themeById.get(action.themeId) : undefined}
          mark={action.themeId ? marks.get(action.themeId) : undefined}
          language={language}
        />
        <EntryWhen entry={{ action, ...weeks }} language={language} />{' '}
        <span className="print-task">
          {titleIn(templates.get(action.templateId), language)}
          {action.scope === 'school' && ` ${t('print.schoolTaskShort')}`}
          {mark && mark.state !== 'todo' && mark.day && (
            <span className="print-done">
              {' '}
              ({t(`print.${mark.state}On`, { day: formatDay(mark.day, language, 'dayShort') })})
            </span>
          )}
        </span>
      </li>
    );
  };

  return (
    <FittedSheet
      className="print-sheet print-checklist"
      labelledBy={id}
      tooFull={t('print.tooFull', { count: props.actions.length })}
    >
      <SheetHeader
        id={id}
        title={t('print.classHeading', { school: props.school.name, class: props.group.name })}
        schoolYear={props.schoolYear}
        today={props.today}
        taskCount={props.actions.length}
        language={language}
      />
      <div className="print-top">
        <Legend
          themes={themesOf(props.actions, themes)}
          marks={marks}
          schoolYear={props.schoolYear}
          language={language}
        >
          <li className="print-tick-legend">
            <TickBox state="todo" /> {t('print.tick_todo')}
            {showDone && (
              <>
                {' · '}
                <TickBox state="done" /> {t('print.tick_done')}
                {' · '}
                <TickBox state="skipped" /> {t('print.tick_skipped')}
              </>
            )}
          </li>
          {props.actions.some((a) => a.scope === 'school') && <li>{t('print.schoolTaskMark')}</li>}
        </Legend>
      </div>
      <MonthList months={months} language={language} entry={entry} />
    </FittedSheet>
  );
}
