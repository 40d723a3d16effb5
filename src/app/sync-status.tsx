import { useTranslation } from 'react-i18next';
import { useSessionUser, useUnsyncedCount } from '@/ui/live-data';
import { useLeaveWarning } from '@/ui/leave-warning';
import { useSync } from '@/ui/sync-context';
import { useLanguage } from '@/ui/use-language';

/**
 * The header's save and sync state: local mode or the connection, the last sync, the count of
 * changes not yet on the server, what went wrong, and a progress bar during a first download.
 */
export function SyncStatus() {
  const { t } = useTranslation();
  const language = useLanguage();
  // Local mode (no account on this device): every change is saved here and nothing waits for a
  // server, so none is "waiting to sync", and the outbox is not counted at all (nor while who
  // acts is still being read).
  const user = useSessionUser();
  const { state } = useSync();
  const connected = state?.connected === true;

  const time = (ms: number) =>
    new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : `${language}-FI`, {
      hour: '2-digit',
      minute: '2-digit',
    }).format(ms);

  return (
    <div className="sync-status" data-testid="sync-status">
      <p className="sync-state" role="status" data-testid="sync-state">
        {user ? <UnsyncedChanges connected={connected} /> : t('status.allSaved')}
      </p>
      <p className="sync-connection" data-testid="sync-connection">
        {!connected
          ? t('status.localMode')
          : [
              state.online ? t('sync.online') : t('sync.offline'),
              state.running
                ? t('sync.syncing')
                : state.lastSyncedAt
                  ? t('sync.lastSynced', { time: time(state.lastSyncedAt) })
                  : t('sync.neverSynced'),
            ].join(' · ')}
      </p>
      {connected && state.error && (
        <p className="sync-error" role="alert">
          {t(`sync.error_${state.error}`)}
        </p>
      )}
      {connected && state.firstDownload && (
        <label className="sync-download">
          {t('sync.firstDownload')}{' '}
          <progress
            max={Math.max(state.firstDownload.headSeq, 1)}
            value={state.firstDownload.cursor}
          />
        </label>
      )}
    </div>
  );
}

/**
 * The changes not yet on the server ("all saved" when none), with a warning before the tab closes
 * while a connected device has some.
 */
function UnsyncedChanges({ connected }: { readonly connected: boolean }) {
  const { t } = useTranslation();
  const unsynced = useUnsyncedCount() ?? 0;
  useLeaveWarning(connected && unsynced > 0);
  return unsynced === 0 ? t('status.allSaved') : t('status.unsynced', { count: unsynced });
}
