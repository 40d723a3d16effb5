import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade } from '@/domain/model';
import type { NamedGrades, SchoolInputProblem } from '@/domain/school-input';
import { useWriteError } from '@/ui/write-error';
import { GradeCheckboxes } from './grade-checkboxes';

interface Props {
  readonly label: string;
  readonly nameLabel: string;
  readonly gradesLegend: string;
  readonly initial: NamedGrades;
  readonly offered?: readonly Grade[];
  readonly submitText: string;
  readonly check: (input: NamedGrades) => SchoolInputProblem[];
  readonly save: (input: NamedGrades) => Promise<void>;
  readonly onCancel?: () => void;
  readonly children?: ReactNode;
}

/**
 * A name and grades (a school, or a class), checked before saving: each problem translated next
 * to its field, and nothing is written while there is one.
 */
export function NamedGradesForm(props: Props) {
  const { label, nameLabel, gradesLegend, initial, offered, submitText, check, save, onCancel } =
    props;
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState(initial.name);
  const [grades, setGrades] = useState<readonly Grade[]>(initial.grades);
  const [problems, setProblems] = useState<SchoolInputProblem[]>([]);
  const [saved, setSaved] = useState(false);
  const { error, run } = useWriteError(t);
  const problemOf = (field: SchoolInputProblem['field']) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t(`schools.error_${problem.code}`) : null;
  };
  const nameError = problemOf('name');

  return (
    <form
      className="named-grades-form"
      aria-label={label}
      noValidate
      onKeyDown={(e) => {
        if (e.key === 'Escape' && onCancel) {
          e.preventDefault();
          onCancel();
        }
      }}
      onSubmit={(e) => {
        e.preventDefault();
        const input = { name: name.trim(), grades };
        const found = check(input);
        setProblems(found);
        setSaved(false);
        if (found.length > 0) return;
        void run(() => save(input)).then((ok) => setSaved(ok));
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-name`}>{nameLabel}</label>
        <input
          id={`${id}-name`}
          value={name}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? `${id}-name-error` : undefined}
          onChange={(e) => {
            setName(e.target.value);
            setSaved(false);
          }}
        />
        {nameError && (
          <p id={`${id}-name-error`} className="error">
            {nameError}
          </p>
        )}
      </div>
      <GradeCheckboxes
        legend={gradesLegend}
        value={grades}
        offered={offered}
        error={problemOf('grades')}
        errorId={`${id}-grades-error`}
        onChange={(next) => {
          setGrades(next);
          setSaved(false);
        }}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit">{submitText}</button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {t('schools.cancel')}
          </button>
        )}
        <span role="status">{saved ? t('schools.saved') : ''}</span>
      </div>
    </form>
  );
}
