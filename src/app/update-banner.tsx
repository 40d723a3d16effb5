import { useRegisterSW } from 'virtual:pwa-register/react';
import { useTranslation } from 'react-i18next';

/**
 * The app shell is precached so the app opens with no network. A new version is offered here
 * and applied only when the user says so: ticks are already in IndexedDB, but a note being typed
 * is not, so the reload is never forced.
 */
export function UpdateBanner() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW();
  if (!needRefresh) return null;
  return (
    <div className="update-banner" role="status">
      <span>{t('update.available')}</span>{' '}
      <button type="button" onClick={() => void updateServiceWorker(true)}>
        {t('update.apply')}
      </button>{' '}
      <button type="button" onClick={() => setNeedRefresh(false)}>
        {t('update.later')}
      </button>
    </div>
  );
}
