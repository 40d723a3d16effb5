import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BreakWeekSelect } from './break-week-select';
import { schoolYearId, type OrganizationId, type SchoolYearId } from '@/domain/ids';
import type { SchoolYear } from '@/domain/model';
import { draftOf, type SchoolYearDraft } from '@/domain/school-year-draft';
import {
  defaultSchoolYear,
  type AutumnBreakWeek,
  type WinterBreakWeek,
} from '@/domain/school-year-defaults';
import { YearEditor } from './year-editor';

interface Props {
  years: readonly SchoolYear[];
  organizationId: OrganizationId;
  onSaved: (id: SchoolYearId) => void;
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2199;

/**
 * A new school year: the autumn year and the region's break weeks make a draft from the Finnish
 * defaults, which the editor below then shows (nothing is stored until it is saved there).
 */
export function NewYearForm({ years, organizationId, onSaved }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const latest = years.at(-1);
  const [startYear, setStartYear] = useState(String((latest?.startYear ?? 2025) + 1));
  const [autumnWeek, setAutumnWeek] = useState<AutumnBreakWeek>(42);
  const [winterWeek, setWinterWeek] = useState<WinterBreakWeek>(9);
  const [draft, setDraft] = useState<SchoolYearDraft | null>(null);
  const [error, setError] = useState<string | null>(null);

  const make = () => {
    const year = Number(startYear);
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      setError(t('schoolYears.create.invalidYear'));
      return;
    }
    if (years.some((y) => y.startYear === year)) {
      setError(t('schoolYears.create.exists', { start: year, end: year + 1 }));
      return;
    }
    setError(null);
    setDraft(
      draftOf(
        defaultSchoolYear(schoolYearId(`sy-${year}`), organizationId, year, {
          autumnWeek,
          winterWeek,
        }),
      ),
    );
  };

  return (
    <>
      <form
        className="new-school-year"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          make();
        }}
      >
        <h2>{t('schoolYears.create.title')}</h2>
        <p className="hint">{t('schoolYears.create.hint')}</p>
        <div className="toolbar">
          <div className="field">
            <label htmlFor={`${id}-year`}>{t('schoolYears.create.startYear')}</label>
            <input
              id={`${id}-year`}
              inputMode="numeric"
              value={startYear}
              size={6}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-year-hint${error ? ` ${id}-year-error` : ''}`}
              onChange={(e) => setStartYear(e.target.value)}
            />
            <p id={`${id}-year-hint`} className="hint">
              {t('schoolYears.create.startYearHint')}
            </p>
            {error && (
              <p id={`${id}-year-error`} className="error" role="alert">
                {error}
              </p>
            )}
          </div>
          <div className="field">
            <BreakWeekSelect
              kind="autumn"
              id={`${id}-autumn`}
              value={autumnWeek}
              onChange={setAutumnWeek}
            />
          </div>
          <div className="field">
            <BreakWeekSelect
              kind="winter"
              id={`${id}-winter`}
              value={winterWeek}
              onChange={setWinterWeek}
            />
          </div>
        </div>
        <div className="form-actions">
          <button type="submit">{t('schoolYears.create.submit')}</button>
        </div>
      </form>
      {draft && (
        <YearEditor
          key={draft.id}
          initial={draft}
          title={t('schoolYears.yearName', { start: draft.startYear, end: draft.startYear + 1 })}
          editable
          isNew
          onSaved={onSaved}
        />
      )}
    </>
  );
}
