/**
 * The accounts view's own check of a new account or a scope before it is sent (the server checks
 * again): each problem as the i18n key of its field's error.
 */
import { MIN_PASSWORD_LENGTH } from '@/domain/sync/account-api';
import type { Role } from '@/domain/sync/protocol';

export interface AccountDraft {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
  readonly schools: readonly string[];
  /** The classes chosen (any school year). */
  readonly groups: readonly string[];
}

export type DraftErrors = Partial<
  Record<'username' | 'displayName' | 'password' | 'scope', `accounts.error_${string}`>
>;

const USERNAME = /^[A-Za-z0-9._-]{2,100}$/;

/** The scope's problem for `role`, or null. */
export function scopeError(
  role: Role,
  scope: Pick<AccountDraft, 'schools' | 'groups'>,
): DraftErrors['scope'] | null {
  if (role === 'teacher' && scope.groups.length === 0) return 'accounts.error_teacherClass';
  if (role === 'principal' && scope.schools.length === 0) return 'accounts.error_principalSchool';
  return null;
}

/** Every problem of `draft`, by field; empty when it may be sent. */
export function checkDraft(draft: AccountDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (draft.username.trim() === '') errors.username = 'accounts.error_required';
  else if (!USERNAME.test(draft.username)) errors.username = 'accounts.error_username';
  if (draft.displayName.trim() === '') errors.displayName = 'accounts.error_required';
  if (draft.password !== '' && draft.password.length < MIN_PASSWORD_LENGTH)
    errors.password = 'accounts.error_passwordShort';
  const scope = scopeError(draft.role, draft);
  if (scope) errors.scope = scope;
  return errors;
}
