import { useTranslation } from 'react-i18next';
import type { DraftField, SchoolYearDraft } from '@/domain/school-year-draft';
import { DateField } from './date-field';
import { fieldId } from './field-id';

interface Props {
  base: string;
  name: 'extraDaysOff' | 'extraSchoolDays';
  draft: SchoolYearDraft;
  editable: boolean;
  errorOf: (field: DraftField) => string | null;
  onChange: (next: SchoolYearDraft) => void;
  onTouch: (field: DraftField) => void;
}

const TEXT = {
  extraDaysOff: {
    title: 'daysOff',
    hint: 'daysOffHint',
    item: 'dayOff',
    add: 'addDayOff',
    remove: 'removeDayOff',
  },
  extraSchoolDays: {
    title: 'schoolDays',
    hint: 'schoolDaysHint',
    item: 'schoolDay',
    add: 'addSchoolDay',
    remove: 'removeSchoolDay',
  },
} as const;

/** A list of single days (extra days off, or extra school days such as a Saturday). */
export function DayList({ base, name, draft, editable, errorOf, onChange, onTouch }: Props) {
  const { t } = useTranslation();
  const text = TEXT[name];
  const days = draft[name];
  const set = (next: readonly string[]) => onChange({ ...draft, [name]: next });
  return (
    <fieldset className="sy-group">
      <legend>{t(`schoolYears.${text.title}`)}</legend>
      <p className="hint">{t(`schoolYears.${text.hint}`)}</p>
      <ol className="sy-days">
        {days.map((day, i) => {
          const field: DraftField = `${name}.${i}`;
          const label = t(`schoolYears.${text.item}`, { n: i + 1 });
          return (
            <li key={i} className="sy-row">
              <DateField
                id={fieldId(base, field)}
                label={label}
                value={day}
                error={errorOf(field)}
                onChange={(value) => set(days.map((d, j) => (j === i ? value : d)))}
                onBlur={() => onTouch(field)}
              />
              {editable && (
                <button
                  type="button"
                  className="sy-remove"
                  onClick={() => set(days.filter((_, j) => j !== i))}
                >
                  {t(`schoolYears.${text.remove}`, { n: i + 1 })}
                </button>
              )}
            </li>
          );
        })}
      </ol>
      {editable && (
        <button type="button" onClick={() => set([...days, ''])}>
          {t(`schoolYears.${text.add}`)}
        </button>
      )}
    </fieldset>
  );
}
