import { useTranslation } from 'react-i18next';
import type { ActionId } from '@/domain/ids';
import type { Action, Group, Progress, School } from '@/domain/model';
import { formatDay } from '@/i18n/format';
import { PrintSheet, type SheetCommon } from './print-sheet';

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
export function ClassChecklist({ school, group, progress, showDone, ...common }: Props) {
  const { t } = useTranslation();
  const { language } = common;
  return (
    <PrintSheet
      {...common}
      className="print-sheet print-checklist"
      title={t('print.classHeading', { school: school.name, class: group.name })}
      legendMarks={
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
      }
      item={({ action }, task) => {
        const mark = showDone ? progress.get(action.id) : undefined;
        const state = mark?.state ?? 'todo';
        return (
          <li key={action.id} className={`print-entry print-check print-check-${state}`}>
            <TickBox state={state} />
            <span className="visually-hidden">{t(`print.tick_${state}`)}: </span>
            {task(
              mark && mark.state !== 'todo' && mark.day && (
                <span className="print-done">
                  {' '}
                  ({t(`print.${mark.state}On`, { day: formatDay(mark.day, language, 'dayShort') })})
                </span>
              ),
            )}
          </li>
        );
      }}
    />
  );
}
