import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsyncedCount } from '@/ui/live-data';
import { useSync } from '@/ui/sync-context';

type SignInError = 'unauthorized' | 'rateLimited' | 'network' | 'other';

/**
 * Connects this browser's data to a server, or signs out. Local data and unsynced changes stay
 * on the device either way; signing in carries them over.
 */
export function AccountSection() {
  const { t } = useTranslation();
  const id = useId();
  const { controller, state } = useSync();
  const unsynced = useUnsyncedCount() ?? 0;
  const [serverUrl, setServerUrl] = useState<string | null>(null);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<SignInError | null>(null);

  const server = serverUrl ?? state?.serverUrl ?? window.location.origin;
  const signedIn = state?.user != null && state.error !== 'signInRequired';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!controller) return;
    setBusy(true);
    const result = await controller.signIn({ username, password, serverUrl: server });
    setBusy(false);
    if (result.ok) {
      setPassword('');
      setError(null);
      return;
    }
    const kind = result.failure.kind;
    setError(
      kind === 'unauthorized' || kind === 'rateLimited' || kind === 'network' ? kind : 'other',
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
          {unsynced > 0 && <p>{t('account.unsynced', { count: unsynced })}</p>}
          <button type="button" onClick={() => void controller?.signOut()}>
            {t('account.signOut')}
          </button>
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)} aria-describedby={`${id}-hint`}>
          {!state?.user && (
            <p id={`${id}-hint`} className="hint">
              {t('account.localModeHint')}
            </p>
          )}
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
          <button type="submit" disabled={busy || !controller}>
            {busy ? t('account.signingIn') : t('account.signIn')}
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
