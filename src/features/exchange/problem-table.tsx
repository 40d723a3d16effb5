import { useTranslation } from 'react-i18next';
import type { ImportProblem } from '@/domain/exchange/problems';

/** Every problem of a refused file: the row, the column and what is wrong, in reading order. */
export function ProblemTable({ problems }: { problems: readonly ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="exchange-table">
        <caption>{t('exchange.problemsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('exchange.colRow')}</th>
            <th scope="col">{t('exchange.colColumn')}</th>
            <th scope="col">{t('exchange.colProblem')}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i}>
              <td>{p.row === 0 ? t('exchange.wholeFile') : p.row}</td>
              <td>
                {p.column === '' ? (
                  p.row === 0 ? (
                    ''
                  ) : (
                    t('exchange.wholeRow')
                  )
                ) : (
                  <code>{p.column}</code>
                )}
              </td>
              <td>{t(`exchange.problem_${p.code}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
