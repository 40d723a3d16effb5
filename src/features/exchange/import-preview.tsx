import { useTranslation } from 'react-i18next';
import type { ImportPlan } from '@/db/exchange-writes';
import { useLanguage } from '@/ui/use-language';

/** What an import will do: counts, and each new or changed row in a table. */
export function ImportPreview({ plan }: { plan: ImportPlan }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const counts = { create: 0, update: 0, same: 0 };
  for (const item of plan.items) counts[item.status] += 1;
  const listed = plan.items.filter((i) => i.status !== 'same');
  return (
    <>
      <p>{t('exchange.summary', counts)}</p>
      {listed.length > 0 && (
        <div className="table-scroll">
          <table className="exchange-table">
            <caption>{t('exchange.previewCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('exchange.colKind')}</th>
                <th scope="col">{t('exchange.colName')}</th>
                <th scope="col">{t('exchange.colStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {listed.map((item) => {
                const name =
                  typeof item.name === 'string' ? item.name : item.name[language] || item.name.fi;
                return (
                  <tr key={`${item.entity}:${item.id}`}>
                    <td>{t(`exchange.entity_${item.entity}`)}</td>
                    <td>{name || t('exchange.untitled')}</td>
                    <td>{t(`exchange.status_${item.status}`)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
