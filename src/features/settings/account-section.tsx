import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { useSignIn, useSignOut } from '@/ui/account-mutations';
import { useUnsyncedCount } from '@/ui/live-data';
import { ServerRequestError, sessionQuery, statusQuery } from '@/ui/server-queries';
import { useSync } from '@/ui/sync-context';
import type { SyncTransport } from '@/sync/transport';
import { useLanguage } from '@/ui/use-language';

type SignInError = 'unauthorized' | 'rateLimited' | 'network' | 'other';

function signInError(error: Error | null): SignInError | null {
  if (error === null) return null;
  const kind = error instanceof ServerRequestError ? error.failure.kind : 'other';
  return kind === 'unauthorized' || kind === 'rateLimited' || kind === 'network' ? kind : 'other';
}

/**
 * Connects this browser's data to a server, or signs out. Local data and unsynced changes stay
 * on the device either way; signing in carries them over.
 */
export function AccountSection() {
  const { t } = useTranslation();
  const id = useId();
  const { controller, state, start } = useSync();
  // One signs in here: in local mode the sync engine loads when this opens.
  useEffect(start, [start]);
  const unsynced = useUnsyncedCount() ?? 0;
  const [serverUrl, setServerUrl] = useState<string | null>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useSignIn();
  const signOut = useSignOut();
  const [, navigate] = useLocation();
  const language = useLanguage();
  const time = (iso: string) =>
    new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : `${language}-FI`, {
      dateStyle: 'short',
      timeStyle: 'short',
    }).format(new Date(iso));

  const server = serverUrl ?? state?.serverUrl ?? window.location.origin;
  const transport = controller?.transport() ?? null;
  // The server's word on the session: ended (signed out, expired) means sign in again.
  const session = useQuery(sessionQuery(transport));
  const signedIn =
    state?.user != null && state.error !== 'signInRequired' && session.data?.kind !== 'ended';
  const error = signInError(signIn.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate(
      { username, password, serverUrl: server },
      {
        onSuccess: () => {
          setPassword('');
          // An admin syncs no plan: their work is the accounts.
          if (controller?.getState().user?.role === 'admin') navigate('/accounts');
        },
      },
    );
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('account.title')}</h2>
      {signedIn && state?.user ? (
        <>
          <p>
            {t('account.signedInAs', {
              name: state.user.displayName,
              role: t(`account.role_${state.user.role}`),
              server: state.serverUrl ?? '',
            })}
          </p>
          {session.data?.kind === 'active' && (
            <p>{t('account.sessionUntil', { time: time(session.data.session.expiresAt) })}</p>
          )}
          {transport && <ServerStatus transport={transport} space={state.user.organizationId} />}
          {unsynced > 0 && <p>{t('account.unsynced', { count: unsynced })}</p>}
          <button type="button" disabled={signOut.isPending} onClick={() => signOut.mutate()}>
            {t('account.signOut')}
          </button>
        </>
      ) : (
        <form className="sign-in" onSubmit={submit} aria-describedby={`${id}-hint`}>
          <p id={`${id}-hint`} className="hint">
            {state?.user ? t('account.sessionEnded') : t('account.localModeHint')}
          </p>
          <div className="field">
            <label htmlFor={`${id}-server`}>{t('account.serverUrl')}</label>
            <input
              id={`${id}-server`}
              type="url"
              value={server}
              onChange={(e) => setServerUrl(e.target.value)}
              required
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-username`}>{t('account.username')}</label>
            <input
              id={`${id}-username`}
              autoComplete="username"
              value={username}
              onChange={(e) => setUsername(e.target.value)}
              required
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-password`}>{t('account.password')}</label>
            <input
              id={`${id}-password`}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          </div>
          <button type="submit" disabled={signIn.isPending || !controller}>
            {signIn.isPending ? t('account.signingIn') : t('account.signIn')}
          </button>
          {error && (
            <p role="alert" className="error">
              {t(`account.error_${error}`)}
            </p>
          )}
        </form>
      )}
    </section>
  );
}

/** Whether the server answers its status request now. */
function ServerStatus({ transport, space }: { transport: SyncTransport; space: string }) {
  const { t } = useTranslation();
  const status = useQuery(statusQuery(transport, space));
  return (
    <p role="status">
      {status.isSuccess
        ? t('account.serverReachable')
        : status.isError
          ? t('account.serverUnreachable')
          : t('app.loading')}
    </p>
  );
}
