import { memo } from 'react';
import type { TFunction } from 'i18next';
import { isoWeekOf, type LocalDate } from '@/domain/local-date';
import type { Language } from '@/domain/model';
import { formatDay, formatWeeks } from '@/i18n/format';

interface Props {
  readonly start: LocalDate;
  readonly end: LocalDate;
  // From the card, which has them already: no translation hook per window.
  readonly t: TFunction;
  readonly language: Language;
}

/**
 * "ma 3.11. – pe 7.11.2026 (viikko 45)": the window with dates and ISO weeks in the UI language.
 * Not rendered again when its card is (a tick changes the card, not its window).
 */
export const ActionWindow = memo(function ActionWindow({ start, end, t, language }: Props) {
  const startWeek = isoWeekOf(start).week;
  const endWeek = isoWeekOf(end).week;
  const sameYear = start.slice(0, 4) === end.slice(0, 4);
  const range =
    start === end
      ? formatDay(start, language)
      : t('action.windowRange', {
          start: formatDay(start, language, sameYear ? 'dayShort' : 'day'),
          end: formatDay(end, language),
        });
  const weeks = t('action.weeks', {
    count: startWeek === endWeek ? 1 : 2,
    weeks: formatWeeks(startWeek, endWeek),
  });
  return (
    <span className="window">
      <span className="visually-hidden">{t('action.window')}: </span>
      <time dateTime={start}>{range}</time> ({weeks})
    </span>
  );
});
