import { useTranslation } from 'react-i18next';
import { CSV_DELIMITERS, type CsvDelimiter } from '@/domain/exchange/csv-file';

const DELIMITER_LABEL = { ';': 'delimiterSemicolon', ',': 'delimiterComma' } as const;

/**
 * The choice of a CSV file's delimiter, as radio buttons: a semicolon (what Excel in a Finnish
 * locale reads) or a comma. `name` groups the buttons and must be unique on the page.
 */
export function CsvDelimiterChoice({
  name,
  value,
  onChange,
  className,
}: {
  name: string;
  value: CsvDelimiter;
  onChange: (delimiter: CsvDelimiter) => void;
  className?: string;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className={className}>
      <legend>{t('exchange.delimiterLegend')}</legend>
      {CSV_DELIMITERS.map((d) => (
        <label key={d}>
          <input
            type="radio"
            name={name}
            value={d}
            checked={value === d}
            onChange={() => onChange(d)}
          />{' '}
          {t(`exchange.${DELIMITER_LABEL[d]}`)}
        </label>
      ))}
    </fieldset>
  );
}
