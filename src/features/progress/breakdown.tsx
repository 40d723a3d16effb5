import { memo, useId, type ReactNode } from 'react';
import { TableRegion } from './table-region';
import { useTranslation } from 'react-i18next';
import type { Tally } from '@/domain/progress/tally';
import { useLanguage } from '@/ui/use-language';
import { percentText } from './progress-labels';

/**
 * One row of a breakdown: its name cells (the first heads the row) and its figures. A row renders
 * again only when its key, label or tally changes (the summary keeps an unchanged tally the same
 * object): a tick re-renders the rows it moved, not every table.
 */
export interface BreakdownRow {
  /** Unique in its breakdown, and changes when what the cells show changes (a link's month). */
  readonly key: string;
  /** Shown in the table, one per name column; the first is the row's header. */
  readonly cells: readonly ReactNode[];
  /** The row's name beside its bar (plain text). */
  readonly label: string;
  readonly tally: Tally;
}

interface Props {
  readonly title: string;
  readonly hint?: string;
  /** The headers of the name columns. */
  readonly nameHeaders: readonly string[];
  readonly rows: readonly BreakdownRow[];
  /** Heading level of the title. */
  readonly level?: 2 | 3;
}

/**
 * A breakdown of the progress: bars of done, skipped and open for each row (a picture, hidden
 * from screen readers), and the same figures in a table, which is the accessible equivalent.
 */
export function Breakdown({ title, hint, nameHeaders, rows, level = 2 }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="progress-breakdown" aria-labelledby={id}>
      <Heading id={id}>{title}</Heading>
      {hint && <p className="hint">{hint}</p>}
      <ProgressBars rows={rows} />
      <FigureTable
        caption={t('progress.tableOf', { what: title })}
        nameHeaders={nameHeaders}
        rows={rows}
      />
    </section>
  );
}

/** Bars of done, skipped and open (their lengths the counts), each with its share done as text. */
export function ProgressBars({ rows }: { rows: readonly BreakdownRow[] }) {
  const language = useLanguage();
  return (
    <ul className="progress-bars" aria-hidden="true">
      {rows.map((row) => (
        <BarItem key={row.key} row={row} language={language} />
      ))}
    </ul>
  );
}

interface RowProps {
  readonly row: BreakdownRow;
  /** The language the figures are written in (a row renders again when it changes). */
  readonly language: string;
}
const sameRow = (a: RowProps, b: RowProps) =>
  a.language === b.language &&
  a.row.key === b.row.key &&
  a.row.label === b.row.label &&
  a.row.tally === b.row.tally;

const BarItem = memo(function BarItem({ row: { label, tally } }: RowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li>
      <span className="progress-bar-label">{label}</span>
      <span className="progress-bar">
        <span className="progress-done" style={{ flexGrow: tally.done }} />
        <span className="progress-skipped" style={{ flexGrow: tally.skipped }} />
        <span className="progress-open" style={{ flexGrow: tally.open }} />
      </span>
      <span className="progress-bar-value">
        {t('progress.bar', {
          percent: percentText(t, tally.percentDone, language),
          done: tally.done,
          total: tally.total,
        })}
      </span>
    </li>
  );
}, sameRow);

/** The figures of each row, in a table that scrolls in its own region when it is too wide. */
export function FigureTable({
  caption,
  nameHeaders,
  rows,
}: {
  caption: string;
  nameHeaders: readonly string[];
  rows: readonly BreakdownRow[];
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <TableRegion caption={caption}>
      <thead>
        <tr>
          {nameHeaders.map((header) => (
            <th scope="col" key={header} className="progress-name">
              {header}
            </th>
          ))}
          <th scope="col">{t('progress.done')}</th>
          <th scope="col">{t('progress.skipped')}</th>
          <th scope="col">{t('progress.open')}</th>
          <th scope="col">{t('progress.overdue')}</th>
          <th scope="col">{t('progress.total')}</th>
          <th scope="col">{t('progress.percentDone')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <FigureRow key={row.key} row={row} language={language} />
        ))}
      </tbody>
    </TableRegion>
  );
}

const FigureRow = memo(function FigureRow({ row: { cells, tally } }: RowProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <tr>
      {cells.map((cell, i) =>
        i === 0 ? (
          <th scope="row" key={i} className="progress-name">
            {cell}
          </th>
        ) : (
          <td key={i} className="progress-name">
            {cell}
          </td>
        ),
      )}
      <td>{tally.done}</td>
      <td>{tally.skipped}</td>
      <td>{tally.open}</td>
      <td>{tally.overdue}</td>
      <td>{tally.total}</td>
      <td>{percentText(t, tally.percentDone, language)}</td>
    </tr>
  );
}, sameRow);

/** The key to the bars' patterns. */
export function BarLegend() {
  const { t } = useTranslation();
  return (
    <p className="progress-legend" aria-hidden="true">
      <span>{t('progress.legend')}:</span>
      <span>
        <span className="progress-swatch progress-done" /> {t('progress.done')}
      </span>
      <span>
        <span className="progress-swatch progress-skipped" /> {t('progress.skipped')}
      </span>
      <span>
        <span className="progress-swatch progress-open" /> {t('progress.open')}
      </span>
    </p>
  );
}
