import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { openVuosikelloDb, requestPersistentStorage } from '@/db/database';
import { getMeta } from '@/db/meta';
import { LANGUAGES, type Language } from '@/domain/model';
import { initI18n } from '@/i18n/i18n';
import { DbProvider } from '@/ui/db-context';
import { SyncProvider } from '@/ui/sync-context';
import { TodayProvider } from '@/ui/today';
import { App } from './app';
import { routeAt } from './routes';
import './styles.css';

async function start() {
  // The view the address names downloads while the database opens, not after it.
  void routeAt(window.location.pathname)?.view.preload();
  const db = openVuosikelloDb();
  if ((await db.organizations.count()) === 0) {
    // First run: the built-in library and sample school, and the scheduler that derives their
    // actions, loaded only when needed.
    const [{ buildSampleOrganization }, { seedSampleIfEmpty }] = await Promise.all([
      import('@/domain/library/sample'),
      import('@/db/seed'),
    ]);
    await seedSampleIfEmpty(db, buildSampleOrganization(), Date.now);
  }
  const saved = await getMeta(db, 'language');
  const language: Language = LANGUAGES.find((l) => l === saved) ?? 'fi';
  await initI18n(language);
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <DbProvider db={db}>
        <SyncProvider db={db}>
          <TodayProvider>
            <App />
          </TodayProvider>
        </SyncProvider>
      </DbProvider>
    </StrictMode>,
  );
  // Ask the browser not to evict the only copy of the teacher's ticks; Settings shows the answer.
  void requestPersistentStorage();
}

void start();
