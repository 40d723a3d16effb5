import { useTranslation } from 'react-i18next';
import { expectedSchoolDays } from '@/domain/school-calendar';
import { schoolYearWarnings, type SchoolYearDraft } from '@/domain/school-year-draft';

/**
 * The draft's school days, counted as the user edits (a polite live region), the law's expected
 * number, and the warnings: the count differs from it, or the last day is not in week 22.
 */
export function SchoolDaySummary({
  draft,
  count,
}: {
  draft: SchoolYearDraft;
  count: number | null;
}) {
  const { t } = useTranslation();
  const warnings = schoolYearWarnings(draft, count);
  return (
    <div className="sy-summary" aria-live="polite">
      {count === null ? (
        <p className="sy-count-unknown">{t('schoolYears.countUnknown')}</p>
      ) : (
        <p className="sy-count">{t('schoolYears.count', { count })}</p>
      )}
      <p className="hint">{t('schoolYears.expected', { expected: expectedSchoolDays(draft) })}</p>
      {warnings.length > 0 && (
        <ul className="sy-warnings">
          {warnings.map((w) => (
            <li key={w.code} className="notice">
              {w.code === 'SCHOOL_DAYS_DIFFER'
                ? t('schoolYears.warning.SCHOOL_DAYS_DIFFER', {
                    count: w.count,
                    expected: w.expected,
                  })
                : t('schoolYears.warning.LAST_DAY_NOT_IN_WEEK_22', { week: w.week })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
