import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { AccountList, AccountView } from '@/domain/sync/account-api';
import type { SessionUser } from '@/domain/sync/protocol';
import type { SyncTransport } from '@/sync/transport';
import { accountListQuery } from '@/ui/accounts-queries';
import { apiErrorKey } from '@/ui/server-queries';
import { ServerQueryProvider } from '@/ui/server-query-provider';
import { useServerTransport } from '@/ui/server-transport';
import { useToday } from '@/ui/today';
import { AccountTable } from './account-table';
import { CreateAccountForm } from './create-account-form';
import { HandClasses } from './hand-classes';
import { NoticeBox, type Notice } from './notice';
import { currentSchoolYear } from './scope-choices';
import { ScopeEditor } from './scope-editor';

/**
 * Accounts: the admin creates, disables and enables accounts, resets passwords and sets each
 * account's schools and classes; the principal hands own schools' classes to teachers. Everything
 * goes through the server (it authorizes each change); in local mode the view says so.
 */
export default function AccountsPage() {
  return (
    <ServerQueryProvider>
      <Accounts />
    </ServerQueryProvider>
  );
}

function Accounts() {
  const { t } = useTranslation();
  const { user, transport } = useServerTransport();

  let body: React.ReactNode;
  if (user === undefined) body = null;
  else if (user === null) {
    body = (
      <p>
        {t('accounts.needsServer')} <Link href="/settings">{t('accounts.toSettings')}</Link>
      </p>
    );
  } else if (user.role !== 'admin' && user.role !== 'principal') {
    body = <p>{t('accounts.notAllowed')}</p>;
  } else if (transport === null) {
    body = <p role="status">{t('accounts.loading')}</p>;
  } else {
    body = <AccountsOf transport={transport} user={user} />;
  }
  return (
    <div className="accounts">
      <h1>{t('accounts.title')}</h1>
      {body}
    </div>
  );
}

function AccountsOf({ transport, user }: { transport: SyncTransport; user: SessionUser }) {
  const { t } = useTranslation();
  const list = useQuery(accountListQuery(transport));
  if (list.isPending) return <p role="status">{t('accounts.loading')}</p>;
  if (list.isError) {
    return (
      <p role="alert" className="error">
        {t(`accounts.error_${apiErrorKey(list.error)}`)}
      </p>
    );
  }
  return <AccountsView list={list.data} user={user} />;
}

function AccountsView({ list, user }: { list: AccountList; user: SessionUser }) {
  const { t } = useTranslation();
  const id = useId();
  const today = useToday();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<AccountView | null>(null);
  const [yearId, setYearId] = useState<string | null>(
    () => currentSchoolYear(list.schoolYears, today)?.id ?? null,
  );
  const year = list.schoolYears.find((y) => y.id === yearId) ?? null;
  const yearLabel = year ? `${year.startYear}–${year.startYear + 1}` : '';
  const years = [...list.schoolYears].sort((a, b) => a.startYear - b.startYear);

  return (
    <>
      {notice && <NoticeBox notice={notice} onDismiss={() => setNotice(null)} />}
      {years.length > 1 && (
        <div className="field year-choice">
          <label htmlFor={`${id}-year`}>{t('accounts.schoolYear')}</label>
          <select
            id={`${id}-year`}
            value={yearId ?? ''}
            onChange={(e) => setYearId(e.target.value)}
          >
            {years.map((y) => (
              <option key={y.id} value={y.id}>
                {`${y.startYear}–${y.startYear + 1}`}
              </option>
            ))}
          </select>
        </div>
      )}
      {user.role === 'principal' ? (
        <HandClasses list={list} yearId={yearId} onDone={setNotice} />
      ) : (
        <>
          <AccountTable
            list={list}
            self={user.username}
            onDone={(n) => {
              setNotice(n);
              setEditing(null);
            }}
            onEditScope={setEditing}
          />
          {editing && (
            <ScopeEditor
              key={editing.username}
              account={editing}
              list={list}
              yearId={yearId}
              yearLabel={yearLabel}
              onDone={(n) => {
                setNotice(n);
                setEditing(null);
              }}
              onCancel={() => setEditing(null)}
            />
          )}
          <CreateAccountForm list={list} yearId={yearId} yearLabel={yearLabel} onDone={setNotice} />
        </>
      )}
    </>
  );
}
