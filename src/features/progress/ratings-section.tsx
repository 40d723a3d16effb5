import { useId } from 'react';
import { TableRegion } from './table-region';
import { useTranslation } from 'react-i18next';
import { RATINGS } from '@/domain/model';
import type { Ratings } from '@/domain/progress/tally';

const KINDS = [...RATINGS, 'unrated'] as const;

/**
 * How a task worked, from the ratings of its done actions: one bar (a picture, hidden from screen
 * readers) and the same counts as a line of text and in a table.
 */
export function RatingsSection({ ratings }: { ratings: Ratings }) {
  const { t } = useTranslation();
  const id = useId();
  const total = KINDS.reduce((sum, kind) => sum + ratings[kind], 0);
  return (
    <section className="progress-ratings" aria-labelledby={id}>
      <h2 id={id}>{t('rating.title')}</h2>
      <p className="hint">{t('rating.hint')}</p>
      {total === 0 ? (
        <p>{t('rating.none')}</p>
      ) : (
        <>
          <p className="progress-ratings-line">{t('rating.summary', ratings)}</p>
          <div className="progress-bar progress-ratings-bar" aria-hidden="true">
            {KINDS.map((kind) => (
              <span key={kind} className={`rating-${kind}`} style={{ flexGrow: ratings[kind] }} />
            ))}
          </div>
          <p className="progress-legend" aria-hidden="true">
            {KINDS.map((kind) => (
              <span key={kind}>
                <span className={`progress-swatch rating-${kind}`} /> {t(`rating.${kind}`)}
              </span>
            ))}
          </p>
          <TableRegion caption={t('progress.tableOf', { what: t('rating.title') })}>
            <thead>
              <tr>
                <th scope="col" className="progress-name">
                  {t('rating.colRating')}
                </th>
                <th scope="col">{t('rating.colCount')}</th>
              </tr>
            </thead>
            <tbody>
              {KINDS.map((kind) => (
                <tr key={kind}>
                  <th scope="row" className="progress-name">
                    {t(`rating.${kind}`)}
                  </th>
                  <td>{ratings[kind]}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
        </>
      )}
    </section>
  );
}
