import { useTranslation } from 'react-i18next';
import { finnishHolidays } from '@/domain/holidays';
import { isoDayOfWeek, parseLocalDate, type LocalDate } from '@/domain/local-date';
import { schoolYearSpan } from '@/domain/school-calendar';
import type { SchoolYearDraft } from '@/domain/school-year-draft';
import { formatDay } from '@/i18n/format';
import { useLanguage } from '@/ui/use-language';

/**
 * The national holidays of the school year (1 August - 31 July), computed (holidays.ts), with
 * whether each falls on what would be a school day: a weekday between the draft's first and last
 * day, outside its breaks.
 */
export function HolidaysTable({ draft }: { draft: SchoolYearDraft }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { yearStart, yearEnd } = schoolYearSpan(draft.startYear);
  const first = parseLocalDate(draft.firstDay) ?? yearStart;
  const last = parseLocalDate(draft.lastDay) ?? yearEnd;
  // A day of a break as typed so far (an unfinished break is not one yet).
  const inBreak = (d: LocalDate) => draft.breaks.some((b) => b.start <= d && d <= b.end);
  const onSchoolDay = (d: LocalDate) =>
    d >= first && d <= last && isoDayOfWeek(d) <= 5 && !inBreak(d);
  const holidays = [
    ...finnishHolidays(draft.startYear),
    ...finnishHolidays(draft.startYear + 1),
  ].filter((h) => h.date >= yearStart && h.date <= yearEnd);
  return (
    <section className="sy-holidays" aria-labelledby="sy-holidays-title">
      <h2 id="sy-holidays-title">{t('schoolYears.holidays')}</h2>
      <p className="hint">{t('schoolYears.holidaysHint')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('schoolYears.holidayDate')}</th>
            <th scope="col">{t('schoolYears.holidayName')}</th>
            <th scope="col">{t('schoolYears.holidaySchoolDay')}</th>
          </tr>
        </thead>
        <tbody>
          {holidays.map((h) => (
            <tr key={h.code + h.date}>
              <td>
                <time dateTime={h.date}>{formatDay(h.date, language, 'day')}</time>
              </td>
              <th scope="row">{t(`schoolYears.holiday.${h.code}`)}</th>
              <td>{onSchoolDay(h.date) ? t('schoolYears.yes') : t('schoolYears.no')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
