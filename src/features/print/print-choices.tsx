import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolYear, School } from '@/domain/model';
import { gradeLabel, schoolYearLabel } from '@/ui/labels';
import { PRINT_KINDS, type PrintChoice, type PrintParam } from './print-choice';

interface Props {
  readonly schoolYears: readonly SchoolYear[];
  readonly schoolYear: SchoolYear;
  readonly schools: readonly School[];
  readonly choice: PrintChoice;
  /** A choice changed: the search parameter and its new value. */
  readonly onChange: (key: PrintParam, value: string) => void;
}

/** What to print: the school year, the school, and a grade, every grade or a class's checklist. */
export function PrintChoices({ schoolYears, schoolYear, schools, choice, onChange }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <form
      className="print-choices"
      aria-label={t('print.choices')}
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="field">
        <label htmlFor={`${id}-year`}>{t('print.year')}</label>
        <select
          id={`${id}-year`}
          value={schoolYear.id}
          onChange={(e) => onChange('year', e.target.value)}
        >
          {schoolYears.map((y) => (
            <option key={y.id} value={y.id}>
              {schoolYearLabel(y.startYear)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-school`}>{t('print.school')}</label>
        <select
          id={`${id}-school`}
          value={choice.school.id}
          onChange={(e) => onChange('school', e.target.value)}
        >
          {schools.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="print-what">
        <legend>{t('print.what')}</legend>
        {PRINT_KINDS.map((kind) => (
          <label key={kind}>
            <input
              type="radio"
              name={`${id}-what`}
              value={kind}
              checked={choice.what === kind}
              onChange={() => onChange('what', kind)}
            />{' '}
            {t(`print.what_${kind}`)}
          </label>
        ))}
      </fieldset>
      {choice.what === 'grade' && (
        <div className="field">
          <label htmlFor={`${id}-grade`}>{t('print.grade')}</label>
          <select
            id={`${id}-grade`}
            value={String(choice.grade)}
            onChange={(e) => onChange('grade', e.target.value)}
          >
            {choice.grades.map((g) => (
              <option key={g} value={String(g)}>
                {gradeLabel(t, g)}
              </option>
            ))}
          </select>
        </div>
      )}
      {choice.what === 'class' && choice.group && (
        <>
          <div className="field">
            <label htmlFor={`${id}-class`}>{t('print.class')}</label>
            <select
              id={`${id}-class`}
              value={choice.group.id}
              onChange={(e) => onChange('class', e.target.value)}
            >
              {choice.groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
          <label className="print-show-done">
            <input
              type="checkbox"
              checked={choice.showDone}
              onChange={(e) => onChange('done', e.target.checked ? '1' : '0')}
            />{' '}
            {t('print.showDone')}
          </label>
        </>
      )}
    </form>
  );
}
