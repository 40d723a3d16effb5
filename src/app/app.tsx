import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Router } from 'wouter';
import { AppHeader } from './app-header';
import { AppRoutes } from './app-routes';
import { ConflictNotice } from './conflict-notice';
import { DatabaseReplacedBanner } from './database-replaced-banner';
import { parsePath } from './routes';
import { UpdateBanner } from './update-banner';

/**
 * The shell: header with navigation, language and save state; below it the view the address
 * names, each loaded when first opened.
 */
export function App() {
  const { t } = useTranslation();
  return (
    <Router parser={parsePath}>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader />
      <UpdateBanner />
      <DatabaseReplacedBanner />
      <main id="main" tabIndex={-1}>
        <ConflictNotice />
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <AppRoutes />
        </Suspense>
      </main>
    </Router>
  );
}
