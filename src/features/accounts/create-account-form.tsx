import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCOUNT_ROLES, type AccountList } from '@/domain/sync/account-api';
import type { Role } from '@/domain/sync/protocol';
import { useAccountChange } from '@/ui/accounts-queries';
import { apiErrorKey } from '@/ui/server-queries';
import { checkDraft, type DraftErrors } from './account-form-check';
import type { Notice } from './notice';
import { ScopeFields, type ScopeValue } from './scope-fields';

interface Props {
  readonly list: AccountList;
  readonly yearId: string | null;
  readonly yearLabel: string;
  readonly onDone: (notice: Notice) => void;
}

const EMPTY_SCOPE: ScopeValue = { schools: [], groups: [] };

/** The admin's form for a new account: name, role, password (or a generated one), scope. */
export function CreateAccountForm({ list, yearId, yearLabel, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const change = useAccountChange();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('teacher');
  const [password, setPassword] = useState('');
  const [scope, setScope] = useState<ScopeValue>(EMPTY_SCOPE);
  const [errors, setErrors] = useState<DraftErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const displayNameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Only what the role takes is sent: a teacher's school follows from the classes.
    const sentScope =
      role === 'teacher'
        ? { schools: [], groups: scope.groups }
        : role === 'principal'
          ? { schools: scope.schools, groups: [] }
          : EMPTY_SCOPE;
    const found = checkDraft({ username, displayName, role, password, ...sentScope });
    setErrors(found);
    if (found.username) return usernameRef.current?.focus();
    if (found.displayName) return displayNameRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    if (found.scope) return;
    change.mutate(
      {
        kind: 'create',
        input: {
          username,
          displayName: displayName.trim(),
          role,
          schools: [...sentScope.schools],
          groups: [...sentScope.groups],
          ...(password !== '' && { password }),
        },
      },
      {
        onSuccess: (answer) => {
          onDone({
            kind: 'created',
            username: answer.account.username,
            ...(answer.password !== undefined && { password: answer.password }),
          });
          setUsername('');
          setDisplayName('');
          setPassword('');
          setScope(EMPTY_SCOPE);
          usernameRef.current?.focus();
        },
        onError: (error) => {
          if (apiErrorKey(error) === 'AccountExists') {
            setErrors({ username: 'accounts.error_AccountExists' });
            usernameRef.current?.focus();
          }
        },
      },
    );
  };

  const described = (name: 'username' | 'displayName' | 'password', hint: boolean) => {
    const ids = [hint && `${id}-${name}-hint`, errors[name] && `${id}-${name}-error`];
    return {
      id: `${id}-${name}`,
      'aria-invalid': errors[name] ? true : undefined,
      'aria-describedby': ids.filter(Boolean).join(' ') || undefined,
    };
  };
  const errorLine = (name: 'username' | 'displayName' | 'password') =>
    errors[name] && (
      <p id={`${id}-${name}-error`} className="field-error">
        {t(errors[name] as never)}
      </p>
    );

  const serverError = change.isError ? apiErrorKey(change.error) : null;
  return (
    <form className="account-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('accounts.createTitle')}</h2>
      <div className="field">
        <label htmlFor={`${id}-username`}>{t('accounts.username')}</label>
        <input
          {...described('username', false)}
          ref={usernameRef}
          autoComplete="off"
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        {errorLine('username')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-displayName`}>{t('accounts.displayName')}</label>
        <input
          {...described('displayName', false)}
          ref={displayNameRef}
          autoComplete="off"
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
        {errorLine('displayName')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('accounts.role')}</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => {
            setRole(e.target.value as Role);
            setErrors((now) => ({ ...now, scope: undefined }));
          }}
        >
          {ACCOUNT_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`account.role_${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('accounts.password')}</label>
        <input
          {...described('password', true)}
          ref={passwordRef}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <p id={`${id}-password-hint`} className="hint">
          {t('accounts.passwordHint')}
        </p>
        {errorLine('password')}
      </div>
      <ScopeFields
        role={role}
        list={list}
        yearId={yearId}
        yearLabel={yearLabel}
        value={scope}
        onChange={setScope}
        error={errors.scope ? t(errors.scope as never) : null}
      />
      <button type="submit" disabled={change.isPending}>
        {change.isPending ? t('accounts.creating') : t('accounts.create')}
      </button>
      {serverError && serverError !== 'AccountExists' && (
        <p role="alert" className="error">
          {t(`accounts.error_${serverError}`)}
        </p>
      )}
    </form>
  );
}
