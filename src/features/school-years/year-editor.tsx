import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { savePlanRow } from '@/db/plan-writes';
import type { SchoolYearId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import {
  schoolDaysOfDraft,
  validateDraft,
  type DraftError,
  type DraftField,
  type SchoolYearDraft,
} from '@/domain/school-year-draft';
import { firstDayIn, lastDayIn } from '@/domain/school-year-defaults';
import { formatDay } from '@/i18n/format';
import { useDb } from '@/ui/db-context';
import { useLeaveWarning } from '@/ui/leave-warning';
import { useLanguage } from '@/ui/use-language';
import { useWriteError } from '@/ui/write-error';
import { BreakFields } from './break-fields';
import { BreakDefaults } from './break-defaults';
import { DateField } from './date-field';
import { DayList } from './day-list';
import { fieldId } from './field-id';
import { HolidaysTable } from './holidays-table';
import { SchoolDaySummary } from './school-day-summary';

interface Props {
  initial: SchoolYearDraft;
  title: string;
  editable: boolean;
  /** Not stored yet: saving creates it. */
  isNew: boolean;
  onSaved: (id: SchoolYearId) => void;
}

/**
 * One school year's form: first and last day, breaks (with the Finnish defaults), extra days off
 * and extra school days, the school days counted live with their warnings, and the computed
 * national holidays. A field's error shows once it has been left or a save was tried; an
 * invalid draft saves nothing. Saving writes the year through savePlanRow, which re-derives its
 * schedules in the same transaction.
 */
export function YearEditor({ initial, title, editable, isNew, onSaved }: Props) {
  const { t } = useTranslation();
  const db = useDb();
  const base = useId();
  const language = useLanguage();
  const [draft, setDraft] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<DraftField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(isNew);
  const { error: writeError, run } = useWriteError(t);
  useLeaveWarning(editable && dirty);

  const result = validateDraft(draft);
  const errors: readonly DraftError[] = result.ok ? [] : result.errors;
  const shown = errors.filter((e) => submitted || touched.has(e.field));
  const errorOf = (field: DraftField): string | null => {
    const e = shown.find((x) => x.field === field);
    return e
      ? t(`schoolYears.error.${e.code}`, { start: draft.startYear, end: draft.startYear + 1 })
      : null;
  };
  const count = schoolDaysOfDraft(draft);

  const change = (next: SchoolYearDraft) => {
    setDraft(next);
    setSaved(false);
    setDirty(true);
  };
  const touch = (field: DraftField) =>
    setTouched((before) => (before.has(field) ? before : new Set([...before, field])));

  const save = async () => {
    setSubmitted(true);
    if (!result.ok) {
      const first = result.errors[0];
      if (first) document.getElementById(fieldId(base, first.field))?.focus();
      return;
    }
    const year = result.year;
    const ok = await run(() => savePlanRow(db, 'schoolYear', year));
    if (ok) {
      setSaved(true);
      setDirty(false);
      onSaved(year.id);
    }
  };

  const field = (name: 'firstDay' | 'lastDay', suggestion: LocalDate) => (
    <DateField
      id={fieldId(base, name)}
      label={t(`schoolYears.${name}`)}
      value={draft[name]}
      error={errorOf(name)}
      onChange={(value) => change({ ...draft, [name]: value })}
      onBlur={() => touch(name)}
    >
      {editable && (
        <button
          type="button"
          className="suggest"
          onClick={() => change({ ...draft, [name]: suggestion })}
        >
          {t(name === 'firstDay' ? 'schoolYears.suggestFirstDay' : 'schoolYears.suggestLastDay', {
            day: formatDay(suggestion, language, 'day'),
          })}
        </button>
      )}
    </DateField>
  );

  return (
    <div className="school-year-editor">
      <form
        noValidate
        aria-labelledby={`${base}-title`}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h2 id={`${base}-title`}>{title}</h2>
        <fieldset className="plain" disabled={!editable}>
          <fieldset className="sy-group">
            <legend>{t('schoolYears.dates')}</legend>
            <div className="sy-row">
              {field('firstDay', firstDayIn(draft.startYear))}
              {field('lastDay', lastDayIn(draft.startYear))}
            </div>
          </fieldset>
          <BreakFields
            base={base}
            draft={draft}
            editable={editable}
            errorOf={errorOf}
            onChange={change}
            onTouch={touch}
          />
          {editable && <BreakDefaults draft={draft} onChange={change} />}
          <DayList
            base={base}
            name="extraDaysOff"
            draft={draft}
            editable={editable}
            errorOf={errorOf}
            onChange={change}
            onTouch={touch}
          />
          <DayList
            base={base}
            name="extraSchoolDays"
            draft={draft}
            editable={editable}
            errorOf={errorOf}
            onChange={change}
            onTouch={touch}
          />
        </fieldset>
        <SchoolDaySummary draft={draft} count={count} />
        {errorOf('year') && (
          <p id={fieldId(base, 'year')} className="error" tabIndex={-1}>
            {errorOf('year')}
          </p>
        )}
        {editable && (
          <div className="form-actions">
            <button type="submit">{t('schoolYears.save')}</button>
            {!isNew && dirty && (
              <button
                type="button"
                onClick={() => {
                  setDraft(initial);
                  setDirty(false);
                  setSubmitted(false);
                  setTouched(new Set());
                }}
              >
                {t('schoolYears.cancel')}
              </button>
            )}
            <span role="status">{saved ? t('schoolYears.saved') : ''}</span>
          </div>
        )}
        {submitted && shown.length > 0 && (
          <p role="alert" className="error">
            {t('schoolYears.errorSummary', { count: shown.length })}
          </p>
        )}
        {writeError && (
          <p role="alert" className="error">
            {writeError}
          </p>
        )}
      </form>
      <HolidaysTable draft={draft} />
    </div>
  );
}
