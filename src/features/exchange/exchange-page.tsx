import { useTranslation } from 'react-i18next';
import { ExportSection } from './export-section';
import { ImportSection } from './import-section';

/**
 * Import and export (the coordinator's): the task library and a school year's plan as CSV for
 * spreadsheet programs and the library as JSON, and importing such a file back after a preview.
 */
export default function ExchangePage() {
  const { t } = useTranslation();
  return (
    <div className="exchange">
      <h1>{t('exchange.title')}</h1>
      <p>{t('exchange.intro')}</p>
      <ExportSection />
      <ImportSection />
      <details className="exchange-format">
        <summary>{t('exchange.formatTitle')}</summary>
        <p>{t('exchange.formatLibrary')}</p>
        <p>{t('exchange.formatGrades')}</p>
        <p>{t('exchange.formatTiming')}</p>
        <p>{t('exchange.formatPlan')}</p>
      </details>
    </div>
  );
}
