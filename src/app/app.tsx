import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Router } from 'wouter';
import { loadLaterStrings } from '@/i18n/i18n';
import { useIdle } from '@/ui/idle';
import { AppHeader } from './app-header';
import { AppRoutes } from './app-routes';
import { DatabaseReplacedBanner } from './database-replaced-banner';
import { parsePath } from './routes';

// Not part of the first screen: mounted once the browser is idle after it, their code and
// strings (fi-later.ts) loaded then (the service worker registers from the update banner).
const UpdateBanner = lazy(() =>
  Promise.all([import('./update-banner'), loadLaterStrings()]).then(([m]) => ({
    default: m.UpdateBanner,
  })),
);
const ConflictNotice = lazy(() =>
  loadLaterStrings()
    .then(() => import('./conflict-notice'))
    .then((m) => ({ default: m.ConflictNotice })),
);

/**
 * The shell: header with navigation, language and save state; below it the view the address
 * names, each loaded when first opened.
 */
export function App() {
  const { t } = useTranslation();
  const idle = useIdle();
  return (
    <Router parser={parsePath}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      {idle && (
        <Suspense fallback={null}>
          <UpdateBanner />
        </Suspense>
      )}
      <DatabaseReplacedBanner />
      <main id="main" tabIndex={-1}>
        {idle && (
          <Suspense fallback={null}>
            <ConflictNotice />
          </Suspense>
        )}
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <AppRoutes />
        </Suspense>
      </main>
    </Router>
  );
}
