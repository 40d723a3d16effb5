import { useTranslation } from 'react-i18next';
import { GRADES, type Grade } from '@/domain/model';

interface Props {
  readonly legend: string;
  readonly value: readonly Grade[];
  readonly onChange: (grades: Grade[]) => void;
  /** The grades offered (all when absent). */
  readonly offered?: readonly Grade[];
  /** The translated problem of the field, shown in the group and read with it. */
  readonly error?: string | null;
  readonly errorId: string;
}

/** Grades as checkboxes in a fieldset: esiopetus and 1-9, several for a combined class. */
export function GradeCheckboxes({
  legend,
  value,
  onChange,
  offered = GRADES,
  error,
  errorId,
}: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="grade-checkboxes" aria-describedby={error ? errorId : undefined}>
      <legend>{legend}</legend>
      {offered.map((grade) => (
        <label key={grade} className="grade-checkbox">
          <input
            type="checkbox"
            checked={value.includes(grade)}
            onChange={(e) =>
              onChange(
                e.target.checked
                  ? [...value, grade].sort((a, b) => a - b)
                  : value.filter((g) => g !== grade),
              )
            }
          />
          {grade === 0 ? t('grade.preschool') : t('grade.grade', { grade })}
        </label>
      ))}
      {error && (
        <p id={errorId} className="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
