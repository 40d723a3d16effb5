import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountList } from '@/domain/sync/account-api';
import type { Role } from '@/domain/sync/protocol';
import { classesOf } from './scope-choices';

export interface ScopeValue {
  readonly schools: readonly string[];
  readonly groups: readonly string[];
}

interface Props {
  readonly role: Role;
  readonly list: AccountList;
  /** The school year whose classes are offered. */
  readonly yearId: string | null;
  readonly yearLabel: string;
  readonly value: ScopeValue;
  readonly onChange: (value: ScopeValue) => void;
  /** A translated error shown next to the choices, or null. */
  readonly error: string | null;
}

function toggle(list: readonly string[], id: string, on: boolean): string[] {
  return on ? [...new Set([...list, id])] : list.filter((x) => x !== id);
}

/**
 * The schools and classes of an account of `role`: a teacher's classes (per school, in one school
 * year; other years' classes are kept as they are), a principal's schools; a coordinator and an
 * admin have neither.
 */
export function ScopeFields({ role, list, yearId, yearLabel, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = error ? `${hintId} ${errorId}` : hintId;
  const errorLine = error && (
    <p id={errorId} className="field-error">
      {error}
    </p>
  );
  const hint = (
    <p id={hintId} className="hint">
      {t(`accounts.scopeHint_${role}`)}
    </p>
  );
  if (role === 'coordinator' || role === 'admin') return hint;
  if (role === 'principal') {
    return (
      <fieldset className="scope-fields" aria-describedby={described}>
        <legend>{t('accounts.schools')}</legend>
        {hint}
        {list.schools.map((school) => (
          <label key={school.id} className="check">
            <input
              type="checkbox"
              checked={value.schools.includes(school.id)}
              onChange={(e) =>
                onChange({ ...value, schools: toggle(value.schools, school.id, e.target.checked) })
              }
            />{' '}
            {school.name}
          </label>
        ))}
        {errorLine}
      </fieldset>
    );
  }
  return (
    <fieldset className="scope-fields" aria-describedby={described}>
      <legend>{t('accounts.classes', { year: yearLabel })}</legend>
      {hint}
      {list.schools.map((school) => {
        const classes = classesOf(list, school.id, yearId);
        if (classes.length === 0) return null;
        return (
          <fieldset key={school.id} className="scope-school">
            <legend>{t('accounts.classesOf', { school: school.name })}</legend>
            <div className="check-grid">
              {classes.map((group) => (
                <label key={group.id} className="check">
                  <input
                    type="checkbox"
                    checked={value.groups.includes(group.id)}
                    onChange={(e) =>
                      onChange({
                        ...value,
                        groups: toggle(value.groups, group.id, e.target.checked),
                      })
                    }
                  />{' '}
                  {group.name}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      {errorLine}
    </fieldset>
  );
}
