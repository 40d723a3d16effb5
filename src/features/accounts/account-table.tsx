import { useTranslation } from 'react-i18next';
import type { AccountList, AccountView } from '@/domain/sync/account-api';
import { useAccountChange } from '@/ui/accounts-queries';
import { apiErrorKey } from '@/ui/server-queries';
import type { Notice } from './notice';
import { scopeText } from './scope-choices';

interface Props {
  readonly list: AccountList;
  /** The signed-in admin (who cannot disable themselves). */
  readonly self: string;
  readonly onDone: (notice: Notice) => void;
  readonly onEditScope: (account: AccountView) => void;
}

/** The organization's accounts with what the admin can do to each. */
export function AccountTable({ list, self, onDone, onEditScope }: Props) {
  const { t } = useTranslation();
  const change = useAccountChange();
  const error = change.isError ? apiErrorKey(change.error) : null;
  return (
    <section aria-labelledby="accounts-list-title">
      <h2 id="accounts-list-title">{t('accounts.listTitle')}</h2>
      {error && (
        <p role="alert" className="error">
          {t(`accounts.error_${error}`)}
        </p>
      )}
      <div className="table-scroll">
        <table className="accounts-table">
          <thead>
            <tr>
              <th scope="col">{t('accounts.username')}</th>
              <th scope="col">{t('accounts.displayName')}</th>
              <th scope="col">{t('accounts.role')}</th>
              <th scope="col">{t('accounts.scope')}</th>
              <th scope="col">{t('accounts.state')}</th>
              <th scope="col">{t('accounts.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {list.accounts.map((account) => {
              const name = account.displayName;
              const scope = scopeText(list, account);
              return (
                <tr key={account.username} className={account.disabled ? 'disabled' : undefined}>
                  <th scope="row">{account.username}</th>
                  <td>{name}</td>
                  <td>{t(`account.role_${account.role}`)}</td>
                  <td>{scope || t('accounts.wholeOrganization')}</td>
                  <td>{account.disabled ? t('accounts.disabled') : t('accounts.active')}</td>
                  <td className="row-actions">
                    {account.username !== self && (
                      <button
                        type="button"
                        disabled={change.isPending}
                        aria-label={
                          account.disabled
                            ? t('accounts.enable', { name })
                            : t('accounts.disable', { name })
                        }
                        onClick={() =>
                          change.mutate(
                            {
                              kind: 'disabled',
                              username: account.username,
                              disabled: !account.disabled,
                            },
                            {
                              onSuccess: () =>
                                onDone({
                                  kind: 'disabled',
                                  username: account.username,
                                  disabled: !account.disabled,
                                }),
                            },
                          )
                        }
                      >
                        {account.disabled ? t('accounts.enableShort') : t('accounts.disableShort')}
                      </button>
                    )}
                    <button
                      type="button"
                      disabled={change.isPending}
                      aria-label={t('accounts.resetPassword', { name })}
                      onClick={() =>
                        change.mutate(
                          { kind: 'password', username: account.username },
                          {
                            onSuccess: (answer) =>
                              onDone({
                                kind: 'password',
                                username: account.username,
                                ...(answer.password !== undefined && {
                                  password: answer.password,
                                }),
                              }),
                          },
                        )
                      }
                    >
                      {t('accounts.resetPasswordShort')}
                    </button>
                    {(account.role === 'teacher' || account.role === 'principal') && (
                      <button
                        type="button"
                        aria-label={t('accounts.editScope', { name })}
                        onClick={() => onEditScope(account)}
                      >
                        {t('accounts.editScopeShort')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
