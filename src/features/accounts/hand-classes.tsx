import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountList, AccountView, ScopeSchool } from '@/domain/sync/account-api';
import { useAccountChange } from '@/ui/accounts-queries';
import { apiErrorKey } from '@/ui/server-queries';
import type { Notice } from './notice';
import { classesOf } from './scope-choices';

interface Props {
  readonly list: AccountList;
  readonly yearId: string | null;
  readonly onDone: (notice: Notice) => void;
}

/**
 * The principal hands the classes of own schools to the teachers there, for the school year
 * shown; each teacher's classes elsewhere stay.
 */
export function HandClasses({ list, yearId, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="hand-title">
      <h2 id="hand-title">{t('accounts.handTitle')}</h2>
      <p className="hint">{t('accounts.handHint')}</p>
      {list.schools.map((school) => {
        const teachers = list.accounts.filter((a) => a.schools.includes(school.id));
        return (
          <section key={school.id} className="hand-school" aria-label={school.name}>
            <h3>{school.name}</h3>
            {teachers.length === 0 && <p>{t('accounts.noTeachers')}</p>}
            {teachers.map((teacher) => (
              <TeacherClasses
                key={`${teacher.username}/${yearId}`}
                teacher={teacher}
                school={school}
                list={list}
                yearId={yearId}
                onDone={onDone}
              />
            ))}
          </section>
        );
      })}
    </section>
  );
}

function TeacherClasses({
  teacher,
  school,
  list,
  yearId,
  onDone,
}: {
  teacher: AccountView;
  school: ScopeSchool;
  yearId: string | null;
} & Pick<Props, 'list' | 'onDone'>) {
  const { t } = useTranslation();
  const id = useId();
  const change = useAccountChange();
  const classes = classesOf(list, school.id, yearId);
  const [chosen, setChosen] = useState<readonly string[]>(() =>
    teacher.groups.filter((g) => classes.some((c) => c.id === g)),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    change.mutate(
      {
        kind: 'classes',
        username: teacher.username,
        input: {
          schoolId: school.id,
          ...(yearId !== null && { schoolYearId: yearId }),
          groups: [...chosen],
        },
      },
      { onSuccess: () => onDone({ kind: 'scope', username: teacher.username }) },
    );
  };
  const error = change.isError ? apiErrorKey(change.error) : null;
  return (
    <form className="teacher-classes" onSubmit={submit}>
      <fieldset aria-describedby={error ? `${id}-error` : undefined}>
        <legend>
          {t('accounts.teacherClasses', { name: teacher.displayName, username: teacher.username })}
        </legend>
        {classes.length === 0 && <p>{t('accounts.noClasses')}</p>}
        <div className="check-grid">
          {classes.map((group) => (
            <label key={group.id} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(group.id)}
                onChange={(e) =>
                  setChosen((now) =>
                    e.target.checked ? [...now, group.id] : now.filter((g) => g !== group.id),
                  )
                }
              />{' '}
              {group.name}
            </label>
          ))}
        </div>
        <button type="submit" disabled={change.isPending}>
          {t('accounts.save')}
        </button>
        {error && (
          <p id={`${id}-error`} role="alert" className="error">
            {t(`accounts.error_${error}`)}
          </p>
        )}
      </fieldset>
    </form>
  );
}
