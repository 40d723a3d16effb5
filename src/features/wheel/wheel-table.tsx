import { useTranslation } from 'react-i18next';
import type { Language } from '@/domain/model';
import type { WheelRow } from '@/ui/wheel/wheel-model';
import { ProgressText } from './wheel-detail';

interface Props {
  readonly rows: readonly WheelRow[];
  readonly yearLabel: string;
  readonly classWheel: boolean;
  readonly language: Language;
}

/** The wheel's arcs as a table: the same tasks, windows, weeks and rings, in time order. */
export function WheelTable({ rows, yearLabel, classWheel, language }: Props) {
  const { t } = useTranslation();
  // On a phone each row stands as a block, each cell on a line of its own named by its column
  // (wheel.css): the names ride on the cells.
  const label = (key: 'colWindow' | 'colWeeks' | 'colRing' | 'colTheme' | 'colProgress') => ({
    'data-label': t(`wheel.${key}`),
  });
  return (
    <div
      className="wheel-table-scroll"
      role="region"
      aria-labelledby="wheel-table-caption"
      tabIndex={0}
    >
      <table className="wheel-table">
        <caption id="wheel-table-caption">{t('wheel.tableCaption', { year: yearLabel })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('wheel.colTask')}</th>
            <th scope="col">{t('wheel.colWindow')}</th>
            <th scope="col">{t('wheel.colWeeks')}</th>
            <th scope="col">{t('wheel.colRing')}</th>
            <th scope="col">{t('wheel.colTheme')}</th>
            {classWheel && <th scope="col">{t('wheel.colProgress')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.entry.key}>
              <th scope="row">{row.title}</th>
              <td {...label('colWindow')}>{row.window}</td>
              <td {...label('colWeeks')}>{row.weeks}</td>
              <td {...label('colRing')}>{row.ring.name}</td>
              <td {...label('colTheme')}>
                {row.theme ? (
                  <span className="theme">
                    <span
                      className="swatch"
                      style={{ background: row.theme.color }}
                      aria-hidden="true"
                    />
                    {row.theme.name[language]}
                  </span>
                ) : (
                  t('wheel.noTheme')
                )}
              </td>
              {classWheel && (
                <td
                  {...label('colProgress')}
                  className={row.mark ? `wheel-progress wheel-progress-${row.mark}` : undefined}
                >
                  {row.mark && <ProgressText mark={row.mark} />}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
