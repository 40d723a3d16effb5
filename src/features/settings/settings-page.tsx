import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setUserName } from '@/db/meta';
import { requestPersistentStorage } from '@/db/database';
import { useDb } from '@/ui/db-context';
import { useLocalUserName, useSessionUser } from '@/ui/live-data';
import { ServerQueryProvider } from '@/ui/server-query-provider';
import { useWriteError } from '@/ui/write-error';
import { AccountSection } from './account-section';
import { LocalRoleSection } from './local-role-section';
import { TrackingSection } from './tracking-section';

type Persistence = Awaited<ReturnType<typeof requestPersistentStorage>>;

/**
 * Settings: the name on ticks in local mode, the server and sign-in, when the schools started
 * tracking their tasks, and the state of persistent storage.
 */
export default function SettingsPage() {
  const { t } = useTranslation();
  const db = useDb();
  const id = useId();
  const stored = useLocalUserName();
  const user = useSessionUser();
  const [name, setName] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  const { error, run } = useWriteError(t);

  useEffect(() => {
    let live = true;
    void requestPersistentStorage().then((result) => live && setPersistence(result));
    return () => {
      live = false;
    };
  }, []);

  const value = name ?? stored ?? '';
  const persistenceText = {
    granted: t('settings.persistGranted'),
    denied: t('settings.persistDenied'),
    unsupported: t('settings.persistUnsupported'),
  } as const;

  return (
    <div className="settings">
      <h1>{t('settings.title')}</h1>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(async () => {
            await setUserName(db, value);
            setSaved(true);
          });
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('settings.userName')}</label>
          <input
            id={`${id}-name`}
            value={value}
            autoComplete="name"
            aria-describedby={`${id}-hint`}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setName(e.target.value);
              setSaved(false);
            }}
          />
          <p id={`${id}-hint`} className="hint">
            {user
              ? t('settings.userNameSignedIn', { name: user.displayName })
              : t('settings.userNameHint')}
          </p>
        </div>
        <div className="form-actions">
          <button type="submit">{t('settings.save')}</button>
          <span role="status">{saved ? t('settings.saved') : ''}</span>
        </div>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
      <LocalRoleSection user={user ?? null} />
      <ServerQueryProvider>
        <AccountSection />
      </ServerQueryProvider>
      <TrackingSection user={user ?? null} />
      <h2>{t('settings.storage')}</h2>
      <p role="status">{persistence ? persistenceText[persistence] : t('app.loading')}</p>
    </div>
  );
}
