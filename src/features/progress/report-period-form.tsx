import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readPeriod, type PeriodError } from '@/domain/report/report-period';
import { formatDay } from '@/i18n/format';
import { useLanguage } from '@/ui/use-language';

interface Props {
  readonly startYear: number;
  /** The days in the address (null: the year's own). */
  readonly from: string | null;
  readonly to: string | null;
  /** Called with a valid period's days (null for the year's own ends). */
  readonly onChange: (from: string | null, to: string | null) => void;
}

/**
 * The period's first and last day. A period is shown when asked for (Show period) and only when
 * valid: otherwise each wrong day says what is wrong, and the report and the address stay as
 * they were. Remount it (a key) when the address changes.
 */
export function ReportPeriodForm({ startYear, from, to, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const [fromText, setFromText] = useState(from ?? '');
  const [toText, setToText] = useState(to ?? '');
  // A period in the address that is not valid says so at once.
  const [errors, setErrors] = useState<readonly PeriodError[]>(() => {
    const reading = readPeriod(startYear, from, to);
    return reading.ok ? [] : reading.errors;
  });
  const year = readPeriod(startYear, null, null);
  const bounds = year.ok ? year.period : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const reading = readPeriod(startYear, fromText, toText);
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setErrors([]);
    onChange(
      reading.wholeYear ? null : reading.period.from,
      reading.wholeYear ? null : reading.period.to,
    );
  };
  const message = (field: 'from' | 'to') => {
    const error = errors.find((e) => e.field === field);
    if (!error) return null;
    return t(`report.error_${error.code}`, {
      from: bounds ? formatDay(bounds.from, language, 'date') : '',
      to: bounds ? formatDay(bounds.to, language, 'date') : '',
    });
  };
  const field = (name: 'from' | 'to', value: string, set: (v: string) => void) => {
    const error = message(name);
    return (
      <div className="field">
        <label htmlFor={`${id}-${name}`}>{t(`report.${name}`)}</label>
        <input
          id={`${id}-${name}`}
          type="date"
          value={value}
          min={bounds?.from}
          max={bounds?.to}
          onChange={(e) => set(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-${name}-error` : undefined}
        />
        {error && (
          <p id={`${id}-${name}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    );
  };
  return (
    <form className="report-period" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t('report.period')}</legend>
        <p className="hint" id={`${id}-hint`}>
          {t('report.periodHint')}
        </p>
        <div className="toolbar">
          {field('from', fromText, setFromText)}
          {field('to', toText, setToText)}
          <button type="submit">{t('report.showPeriod')}</button>
          <button
            type="button"
            onClick={() => {
              setErrors([]);
              setFromText('');
              setToText('');
              onChange(null, null);
            }}
          >
            {t('report.wholeYear')}
          </button>
        </div>
      </fieldset>
    </form>
  );
}
