import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ThisMonthPage } from '@/features/this-month/this-month-page';
import { AppHeader, type View } from './app-header';
import { ConflictNotice } from './conflict-notice';
import { DatabaseReplacedBanner } from './database-replaced-banner';
import { UpdateBanner } from './update-banner';

// The first screen is the teacher's month; everything else loads when opened.
const SettingsPage = lazy(() => import('@/features/settings/settings-page'));

/** The shell: header with navigation, language and save state; the chosen view below it. */
export function App() {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('thisMonth');
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader view={view} onNavigate={setView} />
      <UpdateBanner />
      <DatabaseReplacedBanner />
      <main id="main" tabIndex={-1}>
        <ConflictNotice />
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          {view === 'thisMonth' ? <ThisMonthPage /> : <SettingsPage />}
        </Suspense>
      </main>
    </>
  );
}
