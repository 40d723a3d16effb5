import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CALENDAR_TARGET_KINDS,
  type CalendarTargetKind,
} from '@/domain/calendar-export/calendar-target';
import type { GroupId, SchoolId, SchoolYearId } from '@/domain/ids';
import { LANGUAGES, type Grade, type Group, type Language, type SchoolYear } from '@/domain/model';
import type { Choice, Choices } from './calendar-choice';

interface ChoiceFieldsProps {
  readonly years: readonly SchoolYear[];
  readonly yearId: SchoolYearId;
  readonly onYear: (id: SchoolYearId) => void;
  readonly choices: Choices;
  readonly choice: Choice;
  readonly onChoice: (choice: Choice) => void;
  readonly language: Language;
  readonly onLanguage: (language: Language) => void;
}

/** The school year, whose tasks (a class, a grade of a school, a school) and the language. */
export function ChoiceFields(props: ChoiceFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const { choices, choice, onChoice } = props;
  const set = (change: Partial<Choice>) => onChoice({ ...choice, ...change });
  const gradeName = (g: Grade) => (g === 0 ? t('grade.preschool') : t('grade.grade', { grade: g }));
  const grades = (choice.schoolId && choices.grades.get(choice.schoolId)) ?? [];

  return (
    <>
      <div className="toolbar">
        <div className="field">
          <label htmlFor={`${id}-year`}>{t('calendars.schoolYear')}</label>
          <select
            id={`${id}-year`}
            value={props.yearId}
            onChange={(e) => props.onYear(e.target.value as SchoolYearId)}
          >
            {props.years.map((y) => (
              <option key={y.id} value={y.id}>
                {t('calendars.schoolYearOption', { start: y.startYear, end: y.startYear + 1 })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>{t('calendars.language')}</label>
          <select
            id={`${id}-language`}
            value={props.language}
            onChange={(e) => props.onLanguage(e.target.value as Language)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`language.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <fieldset className="calendars-kind">
        <legend>{t('calendars.kindLegend')}</legend>
        {CALENDAR_TARGET_KINDS.map((kind: CalendarTargetKind) => (
          <div key={kind} className="check">
            <input
              type="radio"
              id={`${id}-kind-${kind}`}
              name={`${id}-kind`}
              value={kind}
              checked={choice.kind === kind}
              aria-describedby={`${id}-kind-${kind}-hint`}
              onChange={() => set({ kind })}
            />
            <label htmlFor={`${id}-kind-${kind}`}>{t(`calendars.kind_${kind}`)}</label>
            <span id={`${id}-kind-${kind}-hint`} className="hint">
              {t(`calendars.kindHint_${kind}`)}
            </span>
          </div>
        ))}
      </fieldset>
      <div className="toolbar">
        {choice.kind === 'group' &&
          (choices.groups.length === 0 ? (
            <p>{t('calendars.noClasses')}</p>
          ) : (
            <div className="field">
              <label htmlFor={`${id}-class`}>{t('calendars.class')}</label>
              <select
                id={`${id}-class`}
                value={choice.groupId ?? ''}
                onChange={(e) => set({ groupId: e.target.value as GroupId })}
              >
                <ClassOptions choices={choices} />
              </select>
            </div>
          ))}
        {choice.kind !== 'group' && (
          <div className="field">
            <label htmlFor={`${id}-school`}>{t('calendars.school')}</label>
            <select
              id={`${id}-school`}
              value={choice.schoolId ?? ''}
              onChange={(e) => set({ schoolId: e.target.value as SchoolId })}
            >
              {choices.schools.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
        {choice.kind === 'grade' &&
          (grades.length === 0 ? (
            <p>{t('calendars.noClasses')}</p>
          ) : (
            <div className="field">
              <label htmlFor={`${id}-grade`}>{t('calendars.grade')}</label>
              <select
                id={`${id}-grade`}
                value={choice.grade ?? ''}
                onChange={(e) => set({ grade: Number(e.target.value) as Grade })}
              >
                {grades.map((g) => (
                  <option key={g} value={g}>
                    {gradeName(g)}
                  </option>
                ))}
              </select>
            </div>
          ))}
      </div>
    </>
  );
}

/** The year's classes, under their schools when there are several. */
function ClassOptions({ choices }: { choices: Choices }) {
  const option = (g: Group) => (
    <option key={g.id} value={g.id}>
      {g.name}
    </option>
  );
  if (choices.schools.length <= 1) return <>{choices.groups.map(option)}</>;
  return (
    <>
      {choices.schools.map((s) => {
        const groups = choices.groups.filter((g) => g.schoolId === s.id);
        return groups.length === 0 ? null : (
          <optgroup key={s.id} label={s.name}>
            {groups.map(option)}
          </optgroup>
        );
      })}
    </>
  );
}
