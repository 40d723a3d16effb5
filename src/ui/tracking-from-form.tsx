import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { savePlanRow } from '@/db/plan-writes';
import { parseLocalDate, type LocalDate } from '@/domain/local-date';
import type { School } from '@/domain/model';
import { formatDay } from '@/i18n/format';
import { useDb } from './db-context';
import { useLanguage } from './use-language';
import { useWriteError } from './write-error';
import { suggestedTrackingStart } from '@/domain/tracking-start';

type Problem = 'missing' | 'afterToday';

/**
 * Sets (or clears) the day a school started tracking its tasks, for a school year adopted mid-way:
 * tasks whose window ended before it are no longer overdue. A plan write, synced like any other.
 */
export function TrackingFromForm({ school, today }: { school: School; today: LocalDate }) {
  const { t } = useTranslation();
  const db = useDb();
  const language = useLanguage();
  const id = useId();
  const stored = school.trackingFrom ?? null;
  const [draft, setDraft] = useState<string>(stored ?? suggestedTrackingStart(today));
  const [problem, setProblem] = useState<Problem | null>(null);
  const [saved, setSaved] = useState(false);
  const { error, run } = useWriteError(t);

  const save = async (trackingFrom: LocalDate | null) => {
    const written = await run(() => savePlanRow(db, 'school', { ...school, trackingFrom }));
    setSaved(written);
  };
  const submit = () => {
    const day = parseLocalDate(draft);
    const found: Problem | null = day === null ? 'missing' : day > today ? 'afterToday' : null;
    setProblem(found);
    setSaved(false);
    if (found === null && day !== null) void save(day);
  };
  const message = problem ? t(`tracking.error_${problem}`) : error;
  // The browser shows the date in its own format (11/01/2026 is ambiguous to a Finn): say it.
  const chosen = parseLocalDate(draft);

  return (
    <form
      className="tracking-from"
      // Our own check says what is wrong in the UI's language (the browser's would not).
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <p id={`${id}-current`}>
        {stored
          ? t('tracking.current', { day: formatDay(stored, language, 'date'), school: school.name })
          : t('tracking.none', { school: school.name })}
      </p>
      <div className="field">
        <label htmlFor={`${id}-day`}>{t('tracking.label')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('tracking.hint')}
        </p>
        <input
          id={`${id}-day`}
          type="date"
          value={draft}
          max={today}
          aria-describedby={`${id}-hint${message ? ` ${id}-error` : ''}`}
          aria-invalid={message ? true : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setSaved(false);
          }}
        />
        {chosen && <p className="hint">{formatDay(chosen, language, 'day')}</p>}
      </div>
      <div className="form-actions">
        <button type="submit">{t('tracking.save')}</button>
        {stored && (
          <button
            type="button"
            onClick={() => {
              setProblem(null);
              void save(null);
            }}
          >
            {t('tracking.clear')}
          </button>
        )}
        <span role="status">{saved ? t('tracking.saved') : ''}</span>
      </div>
      {message && (
        <p id={`${id}-error`} role="alert" className="error">
          {message}
        </p>
      )}
    </form>
  );
}
