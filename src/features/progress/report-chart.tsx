import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Tally } from '@/domain/progress/tally';
import { useLanguage } from '@/ui/use-language';
import { FigureTable, type BreakdownRow } from './breakdown';
import { percentText } from './progress-labels';

/**
 * A chart of the report (laid out as the progress view's bars): for each row a bar drawn in SVG (done solid, skipped hatched, open
 * blank, so it reads in black and white and prints without background graphics), and beside it
 * the same figures in a table, the accessible equivalent (the bars are hidden from screen readers).
 */
export function ReportChart({
  title,
  hint,
  nameHeader,
  rows,
}: {
  title: string;
  hint?: string;
  nameHeader: string;
  rows: readonly BreakdownRow[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  return (
    <section className="report-chart" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {hint && <p className="hint">{hint}</p>}
      <div className="report-chart-body">
        <ul className="progress-bars" aria-hidden="true">
          {rows.map((row) => (
            <li key={row.key}>
              <span className="progress-bar-label">{row.label}</span>
              <TallyBar tally={row.tally} />
              <span className="progress-bar-value">
                {t('progress.bar', {
                  percent: percentText(t, row.tally.percentDone, language),
                  done: row.tally.done,
                  total: row.tally.total,
                })}
              </span>
            </li>
          ))}
        </ul>
        <FigureTable
          caption={t('progress.tableOf', { what: title })}
          nameHeaders={[nameHeader]}
          rows={rows}
        />
      </div>
    </section>
  );
}

/** An id usable in `url(#…)`: React's own may hold characters a fragment does not take. */
function useSvgId(): string {
  return `hatch-${useId().replace(/[^A-Za-z0-9_-]/g, '')}`;
}

/** The hatching of skipped actions, defined in each SVG (a pattern in another SVG may not print). */
function Hatch({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={id} width="5" height="5" patternUnits="userSpaceOnUse">
        <rect width="5" height="5" className="report-bar-open" />
        <path d="M-1,1 l2,-2 M0,5 l5,-5 M4,6 l2,-2" className="report-hatch" />
      </pattern>
    </defs>
  );
}

/** One bar: its parts' lengths the counts, as shares of the bar's width. */
function TallyBar({ tally }: { tally: Tally }) {
  const id = useSvgId();
  const share = (n: number) => (tally.total === 0 ? 0 : (n * 100) / tally.total);
  const done = share(tally.done);
  const skipped = share(tally.skipped);
  return (
    <svg className="report-bar" width="100%" height="16" focusable="false">
      <Hatch id={id} />
      <rect x="0" y="0" width="100%" height="100%" className="report-bar-open" />
      <rect x="0" y="0" width={`${done}%`} height="100%" className="report-bar-done" />
      <rect x={`${done}%`} y="0" width={`${skipped}%`} height="100%" fill={`url(#${id})`} />
      <rect x="0" y="0" width="100%" height="100%" className="report-bar-frame" />
    </svg>
  );
}

/** The key to the bars, drawn like them. */
export function ReportLegend() {
  const { t } = useTranslation();
  const id = useSvgId();
  const swatch = (part: { fill?: string; className?: string }) => (
    <svg className="report-swatch" width="20" height="14" focusable="false">
      {part.fill && <Hatch id={id} />}
      <rect width="20" height="14" className={part.className} fill={part.fill} />
      <rect width="20" height="14" className="report-bar-frame" />
    </svg>
  );
  return (
    <p className="progress-legend" aria-hidden="true">
      <span>{t('progress.legend')}:</span>
      <span>
        {swatch({ className: 'report-bar-done' })} {t('progress.done')}
      </span>
      <span>
        {swatch({ fill: `url(#${id})` })} {t('progress.skipped')}
      </span>
      <span>
        {swatch({ className: 'report-bar-open' })} {t('progress.open')}
      </span>
    </p>
  );
}
