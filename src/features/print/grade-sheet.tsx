import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Action, Grade, School } from '@/domain/model';
import { gradeLabel } from '@/ui/labels';
import { PrintSheet, type SheetCommon } from './print-sheet';

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

/**
 * One grade's school year on one A4 page: heading, the wheel, the legend, and the month-by-month
 * list of its tasks with dates, ISO weeks and theme marks (PrintSheet); when even its smallest
 * text does not fit, the preview says so above the page.
 */
export function GradeSheet({ school, grade, hasClasses, ...common }: Props) {
  const { t } = useTranslation();
  return (
    <PrintSheet
      {...common}
      className="print-sheet"
      title={t('print.gradeHeading', { school: school.name, grade: gradeLabel(t, grade) })}
      note={!hasClasses && <p className="print-note">{t('print.noGradeClasses')}</p>}
      item={({ action }, task) => (
        <li key={action.id} className="print-entry">
          {task()}
        </li>
      )}
    />
  );
}
