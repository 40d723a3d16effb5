import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CALENDAR_TARGET_KINDS,
  type CalendarTargetKind,
} from '@/domain/calendar-export/calendar-target';
import type { GroupId, SchoolId, SchoolYearId } from '@/domain/ids';
import { LANGUAGES, type Grade, type Group, type Language, type SchoolYear } from '@/domain/model';
import { gradeLabel } from '@/ui/labels';
import { SelectField } from '@/ui/select-field';
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
  const grades = (choice.schoolId && choices.grades.get(choice.schoolId)) ?? [];

  return (
    <>
      <div className="toolbar">
        <SelectField
          id={`${id}-year`}
          label={t('calendars.schoolYear')}
          value={props.yearId}
          onChange={(v) => props.onYear(v as SchoolYearId)}
          options={props.years.map((y) => [
            y.id,
            t('calendars.schoolYearOption', { start: y.startYear, end: y.startYear + 1 }),
          ])}
        />
        <SelectField
          id={`${id}-language`}
          label={t('calendars.language')}
          value={props.language}
          onChange={(v) => props.onLanguage(v as Language)}
          options={LANGUAGES.map((l) => [l, t(`language.${l}`)])}
        />
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
          <SelectField
            id={`${id}-school`}
            label={t('calendars.school')}
            value={choice.schoolId ?? ''}
            onChange={(v) => set({ schoolId: v as SchoolId })}
            options={choices.schools.map((s) => [s.id, s.name])}
          />
        )}
        {choice.kind === 'grade' &&
          (grades.length === 0 ? (
            <p>{t('calendars.noClasses')}</p>
          ) : (
            <SelectField
              id={`${id}-grade`}
              label={t('calendars.grade')}
              value={choice.grade === null ? '' : String(choice.grade)}
              onChange={(v) => set({ grade: Number(v) as Grade })}
              options={grades.map((g) => [String(g), gradeLabel(t, g)])}
            />
          ))}
      </div>
    </>
  );
}

/**
 * The year's classes, under their schools when there are several; then each says its school too,
 * as a closed field shows only the option ('3A, Järvenrannan koulu', not one of three '3A').
 */
function ClassOptions({ choices }: { choices: Choices }) {
  const option = (g: Group, school?: string) => (
    <option key={g.id} value={g.id}>
      {school ? `${g.name}, ${school}` : g.name}
    </option>
  );
  if (choices.schools.length <= 1) return <>{choices.groups.map((g) => option(g))}</>;
  return (
    <>
      {choices.schools.map((s) => {
        const groups = choices.groups.filter((g) => g.schoolId === s.id);
        return groups.length === 0 ? null : (
          <optgroup key={s.id} label={s.name}>
            {groups.map((g) => option(g, s.name))}
          </optgroup>
        );
      })}
    </>
  );
}
