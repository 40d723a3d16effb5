import { useTranslation } from 'react-i18next';
import { BREAK_KINDS, type BreakKind } from '@/domain/model';
import type { BreakDraft, DraftField, SchoolYearDraft } from '@/domain/school-year-draft';
import { DateField } from './date-field';
import { fieldId } from './field-id';

interface Props {
  base: string;
  draft: SchoolYearDraft;
  editable: boolean;
  errorOf: (field: DraftField) => string | null;
  onChange: (next: SchoolYearDraft) => void;
  onTouch: (field: DraftField) => void;
}

/** The year's breaks, each with its kind, first and last day; add and remove. */
export function BreakFields({ base, draft, editable, errorOf, onChange, onTouch }: Props) {
  const { t } = useTranslation();
  const setBreak = (i: number, next: BreakDraft) =>
    onChange({ ...draft, breaks: draft.breaks.map((b, j) => (j === i ? next : b)) });
  return (
    <fieldset className="sy-group">
      <legend>{t('schoolYears.breaks')}</legend>
      <ol className="sy-breaks">
        {draft.breaks.map((b, i) => {
          const kindField: DraftField = `breaks.${i}.kind`;
          const kindError = errorOf(kindField);
          const kindId = fieldId(base, kindField);
          return (
            <li key={i}>
              <fieldset className="sy-break">
                <legend>
                  {t('schoolYears.breakNumber', { n: i + 1 })}: {t(`schoolYears.kind.${b.kind}`)}
                </legend>
                <div className="sy-row">
                  <div className="field">
                    <label htmlFor={kindId}>{t('schoolYears.breakKind')}</label>
                    <select
                      id={kindId}
                      value={b.kind}
                      aria-invalid={kindError ? true : undefined}
                      aria-describedby={kindError ? `${kindId}-error` : undefined}
                      onChange={(e) => setBreak(i, { ...b, kind: e.target.value as BreakKind })}
                      onBlur={() => onTouch(kindField)}
                    >
                      {BREAK_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`schoolYears.kind.${k}`)}
                        </option>
                      ))}
                    </select>
                    {kindError && (
                      <p id={`${kindId}-error`} className="error">
                        {kindError}
                      </p>
                    )}
                  </div>
                  {(['start', 'end'] as const).map((part) => {
                    const field: DraftField = `breaks.${i}.${part}`;
                    return (
                      <DateField
                        key={part}
                        id={fieldId(base, field)}
                        label={t(
                          part === 'start' ? 'schoolYears.breakStart' : 'schoolYears.breakEnd',
                        )}
                        value={b[part]}
                        error={errorOf(field)}
                        onChange={(value) => setBreak(i, { ...b, [part]: value })}
                        onBlur={() => onTouch(field)}
                      />
                    );
                  })}
                  {editable && (
                    <button
                      type="button"
                      className="sy-remove"
                      onClick={() =>
                        onChange({ ...draft, breaks: draft.breaks.filter((_, j) => j !== i) })
                      }
                    >
                      {t('schoolYears.removeBreak', { n: i + 1 })}
                    </button>
                  )}
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      {editable && (
        <button
          type="button"
          onClick={() =>
            onChange({ ...draft, breaks: [...draft.breaks, { kind: 'other', start: '', end: '' }] })
          }
        >
          {t('schoolYears.addBreak')}
        </button>
      )}
    </fieldset>
  );
}
