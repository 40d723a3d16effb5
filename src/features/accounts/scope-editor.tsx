import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountList, AccountView } from '@/domain/sync/account-api';
import { useAccountChange } from '@/ui/accounts-queries';
import { apiErrorKey } from '@/ui/server-queries';
import { scopeError } from './account-form-check';
import type { Notice } from './notice';
import { ScopeFields, type ScopeValue } from './scope-fields';

interface Props {
  readonly account: AccountView;
  readonly list: AccountList;
  readonly yearId: string | null;
  readonly yearLabel: string;
  readonly onDone: (notice: Notice) => void;
  readonly onCancel: () => void;
}

/** The admin sets one account's schools and classes (its other years' classes stay chosen). */
export function ScopeEditor({ account, list, yearId, yearLabel, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const change = useAccountChange();
  const [value, setValue] = useState<ScopeValue>({
    schools: account.schools,
    groups: account.groups,
  });
  const [error, setError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [account.username]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const scope =
      account.role === 'teacher'
        ? { schools: [], groups: value.groups }
        : { schools: value.schools, groups: [] };
    const problem = scopeError(account.role, scope);
    setError(problem ?? null);
    if (problem) return;
    change.mutate(
      { kind: 'scope', username: account.username, ...scope },
      { onSuccess: () => onDone({ kind: 'scope', username: account.username }) },
    );
  };
  const serverError = change.isError ? apiErrorKey(change.error) : null;
  return (
    <form className="account-form scope-editor" onSubmit={submit} aria-labelledby={id} noValidate>
      <h2 id={id} ref={heading} tabIndex={-1}>
        {t('accounts.editScope', { name: account.displayName })}
      </h2>
      <ScopeFields
        role={account.role}
        list={list}
        yearId={yearId}
        yearLabel={yearLabel}
        value={value}
        onChange={setValue}
        error={error ? t(error as never) : null}
      />
      <div className="form-buttons">
        <button type="submit" disabled={change.isPending}>
          {t('accounts.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('accounts.cancel')}
        </button>
      </div>
      {serverError && (
        <p role="alert" className="error">
          {t(`accounts.error_${serverError}`)}
        </p>
      )}
    </form>
  );
}
