import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SchoolYear, School } from '@/domain/model';
import { gradeLabel, schoolYearLabel } from '@/ui/labels';
import { SelectField } from '@/ui/select-field';
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
      <SelectField
        id={`${id}-year`}
        label={t('print.year')}
        value={schoolYear.id}
        onChange={(v) => onChange('year', v)}
        options={schoolYears.map((y) => [y.id, schoolYearLabel(y.startYear)])}
      />
      <SelectField
        id={`${id}-school`}
        label={t('print.school')}
        value={choice.school.id}
        onChange={(v) => onChange('school', v)}
        options={schools.map((s) => [s.id, s.name])}
      />
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
            {t(
              kind === 'school' && choice.ownGrades ? 'print.what_ownGrades' : `print.what_${kind}`,
            )}
          </label>
        ))}
      </fieldset>
      {choice.what === 'grade' && (
        <SelectField
          id={`${id}-grade`}
          label={t('print.grade')}
          value={String(choice.grade)}
          onChange={(v) => onChange('grade', v)}
          options={choice.grades.map((g) => [String(g), gradeLabel(t, g)])}
        />
      )}
      {choice.what === 'class' && choice.group && (
        <>
          <SelectField
            id={`${id}-class`}
            label={t('print.class')}
            value={choice.group.id}
            onChange={(v) => onChange('class', v)}
            options={choice.groups.map((g) => [g.id, g.name])}
          />
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
