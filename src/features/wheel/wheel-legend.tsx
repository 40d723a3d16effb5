import { useTranslation } from 'react-i18next';
import type { LocalDate } from '@/domain/local-date';
import type { Language, Theme } from '@/domain/model';
import type { WheelLayout } from '@/domain/wheel/layout-wheel';
import { PROGRESS_MARKS } from '@/domain/wheel/layout-wheel';
import { formatDay } from '@/i18n/format';
import { offDayName, type NamedRing } from '@/ui/wheel/wheel-model';
import { ProgressText } from './wheel-detail';

interface Props {
  readonly layout: WheelLayout;
  readonly rings: readonly NamedRing[];
  /** The themes the wheel's arcs have. */
  readonly themes: readonly Theme[];
  readonly withNoTheme: boolean;
  readonly classWheel: boolean;
  readonly today: LocalDate;
  readonly language: Language;
}

/** What the wheel's rings, colours, shading and marks mean, in words. */
export function WheelLegend({
  layout,
  rings,
  themes,
  withNoTheme,
  classWheel,
  today,
  language,
}: Props) {
  const { t } = useTranslation();
  const day = (d: LocalDate) => formatDay(d, language, 'dayShort');
  return (
    <section className="wheel-legend" aria-labelledby="wheel-legend-heading">
      <h2 id="wheel-legend-heading">{t('wheel.legend')}</h2>
      <h3>{t('wheel.legendRings')}</h3>
      <ul className="wheel-legend-list wheel-legend-rings">
        {rings.map((r) => (
          <li key={r.key}>
            <span className="wheel-ring-short" aria-hidden="true">
              {r.short}
            </span>
            <span>{r.name}</span>
          </li>
        ))}
      </ul>
      {(themes.length > 0 || withNoTheme) && (
        <>
          <h3>{t('wheel.legendThemes')}</h3>
          <ul className="wheel-legend-list">
            {themes.map((th) => (
              <li key={th.id}>
                <span className="swatch" style={{ background: th.color }} aria-hidden="true" />
                {th.name[language]}
              </li>
            ))}
            {withNoTheme && (
              <li>
                <span className="swatch swatch-none" aria-hidden="true" />
                {t('wheel.noTheme')}
              </li>
            )}
          </ul>
        </>
      )}
      <h3>{t('wheel.legendOffDays')}</h3>
      <ul className="wheel-legend-list">
        {layout.offDays.map((o) => (
          <li key={`${o.startDay}-${o.kind}`}>
            <span className="swatch swatch-off" aria-hidden="true" />
            {o.startDay === o.endDay
              ? t('wheel.offDayOne', { name: offDayName(o, t), day: day(o.startDay) })
              : t('wheel.offDayRange', {
                  name: offDayName(o, t),
                  start: day(o.startDay),
                  end: formatDay(o.endDay, language, 'date'),
                })}
          </li>
        ))}
      </ul>
      {classWheel && (
        <>
          <h3>{t('wheel.legendMarks')}</h3>
          <ul className="wheel-legend-list">
            {PROGRESS_MARKS.map((m) => (
              <li key={m} className={`wheel-progress wheel-progress-${m}`}>
                <ProgressText mark={m} />
              </li>
            ))}
          </ul>
        </>
      )}
      {layout.today && (
        <p className="wheel-legend-today">
          <span className="swatch swatch-today" aria-hidden="true" />
          {t('wheel.legendToday', { day: formatDay(today, language, 'date') })}
        </p>
      )}
    </section>
  );
}
