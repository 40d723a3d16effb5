import { useTranslation } from 'react-i18next';
import type { SchoolYear } from '@/domain/model';
import {
  compareYearMonths,
  schoolYearMonths,
  shiftMonth,
  type YearMonth,
} from '@/domain/year-month';

/**
 * Previous and next month within the school year; the heading below names the month shown. At
 * the year's first or last month the button stays in place (and keeps focus) but does nothing.
 */
export function MonthNav({
  shown,
  schoolYear,
  onChange,
}: {
  shown: YearMonth;
  schoolYear: SchoolYear;
  onChange: (m: YearMonth) => void;
}) {
  const { t } = useTranslation();
  const { first, last } = schoolYearMonths(schoolYear);
  const atFirst = compareYearMonths(shown, first) <= 0;
  const atLast = compareYearMonths(shown, last) >= 0;
  return (
    <div className="month-nav" role="group" aria-label={t('month.monthNav')}>
      <button
        type="button"
        aria-disabled={atFirst || undefined}
        onClick={() => !atFirst && onChange(shiftMonth(shown, -1))}
      >
        <span aria-hidden="true">‹ </span>
        {t('month.previousMonth')}
      </button>
      <button
        type="button"
        aria-disabled={atLast || undefined}
        onClick={() => !atLast && onChange(shiftMonth(shown, 1))}
      >
        {t('month.nextMonth')}
        <span aria-hidden="true"> ›</span>
      </button>
    </div>
  );
}
