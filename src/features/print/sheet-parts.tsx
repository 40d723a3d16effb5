/** The parts every printed page shares: its heading, the theme marks, the month list, the legend. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeId } from '@/domain/ids';
import { isoWeekOf, toUtcDate, type LocalDate } from '@/domain/local-date';
import type { Language, SchoolYear, Theme } from '@/domain/model';
import type { PrintEntry, PrintMonth } from '@/domain/print/print-calendar';
import { formatDay, formatMonth, formatWeeks } from '@/i18n/format';
import { schoolYearLabel } from '@/ui/labels';

/** The page's heading, its school year and the day it was printed. */
export function SheetHeader(props: {
  readonly id: string;
  readonly title: string;
  readonly schoolYear: SchoolYear;
  readonly today: LocalDate;
  readonly taskCount: number;
  readonly language: Language;
}) {
  const { t } = useTranslation();
  return (
    <header className="print-sheet-header">
      <h2 id={props.id}>{props.title}</h2>
      <p>
        {t('print.yearLine', { year: schoolYearLabel(props.schoolYear.startYear) })}
        {' · '}
        {t('print.taskCount', { count: props.taskCount })}
        {' · '}
        {t('print.printedOn', { day: formatDay(props.today, props.language, 'date') })}
      </p>
    </header>
  );
}

/** A theme on paper: its colour (kept in print) and its mark, which black and white keeps. */
export function ThemeMark(props: {
  readonly theme: Theme | undefined;
  readonly mark: string | undefined;
  readonly language: Language;
}) {
  const { t } = useTranslation();
  const { theme, mark } = props;
  return (
    <span className="print-theme-mark">
      {theme ? (
        <span className="print-swatch" style={{ background: theme.color }} aria-hidden="true" />
      ) : (
        <span className="print-swatch print-swatch-none" aria-hidden="true" />
      )}
      <span aria-hidden="true">{theme ? mark : '–'}</span>
      <span className="visually-hidden">
        {theme ? theme.name[props.language] || theme.name.fi : t('print.noTheme')}
      </span>
    </span>
  );
}

const englishDayMonth = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/**
 * A day as short as a page of a whole year needs (the page names the year): fi and sv '12.8.',
 * en '12 Aug'.
 */
export function dayMonth(day: LocalDate, language: Language): string {
  return language === 'en'
    ? englishDayMonth.format(toUtcDate(day))
    : `${Number(day.slice(8, 10))}.${Number(day.slice(5, 7))}.`;
}

/** '12.8.–14.8. vk 33': a task's window and its ISO weeks. */
export function EntryWhen({ entry, language }: { entry: PrintEntry; language: Language }) {
  const { t } = useTranslation();
  const { start, end } = entry.action;
  const days =
    start === end
      ? dayMonth(start, language)
      : `${dayMonth(start, language)}–${dayMonth(end, language)}`;
  return (
    <span className="print-when">
      <time dateTime={start}>{days}</time>{' '}
      {t('print.weeks', { weeks: formatWeeks(entry.startWeek, entry.endWeek) })}
    </span>
  );
}

/** The twelve months, August to July, each with its tasks (`entry` draws one). */
export function MonthList(props: {
  readonly months: readonly PrintMonth[];
  readonly language: Language;
  readonly entry: (entry: PrintEntry) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="print-months">
      {props.months.map((m) => (
        <section key={`${m.year}-${m.month}`} className="print-month">
          <h3>
            {formatMonth(m.year, m.month, props.language)}
            {/* An empty month takes one line. */}
            {m.entries.length === 0 && (
              <span className="print-empty">: {t('print.emptyMonth')}</span>
            )}
          </h3>
          {m.entries.length > 0 && <ul>{m.entries.map(props.entry)}</ul>}
        </section>
      ))}
    </div>
  );
}

/**
 * What the marks mean: the themes of the page (mark, colour, name), the breaks of the year with
 * their dates and weeks, and the page's own marks (`marks`).
 */
export function Legend(props: {
  readonly themes: readonly Theme[];
  readonly marks: ReadonlyMap<ThemeId, string>;
  readonly schoolYear: SchoolYear;
  readonly language: Language;
  readonly children: ReactNode;
}) {
  const { t } = useTranslation();
  const { language } = props;
  const breaks = [...props.schoolYear.breaks].sort((a, b) => (a.start < b.start ? -1 : 1));
  return (
    <section className="print-legend">
      <h3>{t('print.legend')}</h3>
      <div className="print-legend-part">
        <h4>{t('print.themes')}</h4>
        <ul className="print-legend-themes">
          {props.themes.map((theme) => (
            <li key={theme.id}>
              <span
                className="print-swatch"
                style={{ background: theme.color }}
                aria-hidden="true"
              />
              <strong>{props.marks.get(theme.id)}</strong> {theme.name[language] || theme.name.fi}
            </li>
          ))}
        </ul>
      </div>
      <div className="print-legend-part">
        <h4>{t('print.breaks')}</h4>
        <ul>
          {breaks.map((b) => (
            <li key={b.start}>
              {t('print.breakLine', {
                name: t(`break.${b.kind}`),
                start: formatDay(b.start, language, 'dayShort'),
                end: formatDay(b.end, language, 'dayShort'),
                weeks: weeksOf(b.start, b.end),
              })}
            </li>
          ))}
        </ul>
        <h4>{t('print.marks')}</h4>
        <ul>{props.children}</ul>
      </div>
    </section>
  );
}

function weeksOf(start: LocalDate, end: LocalDate): string {
  return formatWeeks(isoWeekOf(start).week, isoWeekOf(end).week);
}
