import { useTranslation } from 'react-i18next';

export interface YearMonth {
  year: number;
  month: number;
}

const shift = ({ year, month }: YearMonth, by: 1 | -1): YearMonth => {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
};

/** Previous and next month buttons; the heading below names the month shown. */
export function MonthNav({
  shown,
  onChange,
}: {
  shown: YearMonth;
  onChange: (m: YearMonth) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="month-nav" role="group" aria-label={t('month.monthNav')}>
      <button type="button" onClick={() => onChange(shift(shown, -1))}>
        <span aria-hidden="true">‹ </span>
        {t('month.previousMonth')}
      </button>
      <button type="button" onClick={() => onChange(shift(shown, 1))}>
        {t('month.nextMonth')}
        <span aria-hidden="true"> ›</span>
      </button>
    </div>
  );
}
