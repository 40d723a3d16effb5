// First: the database starts opening while the rest of the code evaluates.
import {
  earlyConnection,
  earlyDerivationStamp,
  earlyInstalledVersion,
  releaseEarlyOpen,
} from '@/db/early-open';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import {
  CURRENT_INDEXEDDB_VERSION,
  VuosikelloDb,
  requestPersistentStorage,
  type EarlyFindings,
} from '@/db/database';
import { DATABASE_NAME } from '@/db/database-name';
import { APP_START_TABLES, readAppStart } from '@/db/app-start';
import { rawRead } from '@/db/raw-read';
import { bindTables } from '@/db/tx-tables';
import { LANGUAGES, type Language } from '@/domain/model';
import { DERIVATION_VERSION } from '@/domain/schedule/derivation-version';
import { initI18n } from '@/i18n/i18n';
import { DbProvider } from '@/ui/db-context';
import { startActingRead } from '@/ui/live-data';
import { SyncProvider } from '@/ui/sync-context';
import { firstScreenRendered, whenIdle } from '@/ui/idle';
import { TodayProvider, localToday } from '@/ui/today';
import { App } from './app';
import { linkManifest } from './manifest-link';
import { preloadViewAt, prepareView } from './routes';
import './styles.css';

async function start() {
  // While IndexedDB opens the database (after a browser restart it reads it from disk): React's
  // root is made (it listens for every event on it), the translations start in Finnish (the
  // default; a language chosen is switched to once read) and the code of the view the address
  // names downloads.
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from index.html');
  const root = createRoot(container);
  const translations = initI18n();
  preloadViewAt(window.location.pathname);
  const stamp = earlyDerivationStamp();
  // A returning device's database is at the current version: its layout only, declared while
  // IndexedDB opens the database (a connection is made only by its first transaction). Any
  // other (a first run, an older version, not known) loads every version with its upgrade, and
  // this one is left unused.
  const returning = new VuosikelloDb(DATABASE_NAME, { stamp });
  const early: EarlyFindings = { stamp, installedVersion: await earlyInstalledVersion() };
  const db =
    early.installedVersion === CURRENT_INDEXEDDB_VERSION
      ? returning
      : (await import('@/db/open-database')).openVuosikelloDb(DATABASE_NAME, early);
  // A returning device whose schedules were derived by the current rules reads its first screen
  // through the early connection, already open (raw-read.ts): any other reads through Dexie, whose
  // open derives outdated schedules anew first.
  const current = db === returning && (await stamp)?.value === DERIVATION_VERSION;
  const earlyDb = current ? earlyConnection() : null;
  // Dexie's own connection is left to open at its first read or write (the sync's check once the
  // browser is idle after the first screen, or a first tick before that): opened here, beside the
  // early reads, its open was one task of about 40 ms at 4x before the first render
  // (docs/performance.md). A failure to open is told to every read and write through Dexie.
  // The view reads what it shows while the database opens: the first render is the view with its
  // data.
  const prepare = (through: IDBDatabase | null) =>
    prepareView(window.location.pathname, db, localToday(), window.location.search, through);
  let viewReady = prepare(earlyDb);
  // Whether this is the first run, the language chosen and who acts (the header's menu and the
  // router need it, for the first render): one read.
  const started =
    (earlyDb && (await rawRead(earlyDb, APP_START_TABLES, readAppStart).catch(() => null))) ??
    (await db.transaction('r', APP_START_TABLES, (tx) => readAppStart(bindTables(tx))));
  const acting = startActingRead(db, started.acting);
  // The reads through the early connection have begun (a transaction each), and it closes once
  // they are done.
  releaseEarlyOpen();
  if (started.organizations === 0) {
    // First run: the built-in library and sample school, and the scheduler that derives their
    // actions, loaded only when needed; the view reads again once they are in.
    const [{ buildSampleOrganization }, { seedSampleIfEmpty }] = await Promise.all([
      import('@/domain/library/sample'),
      import('@/db/seed'),
    ]);
    await seedSampleIfEmpty(db, buildSampleOrganization(), Date.now);
    viewReady = prepare(null);
  }
  const language: Language = LANGUAGES.find((l) => l === started.language) ?? 'fi';
  const [, address] = await Promise.all([
    translations.then(() => initI18n(language)),
    viewReady,
    acting,
  ]);
  // The address names what the first screen shows from the start (`/` completed with the class
  // and month it opens, its query kept), so the view does not render twice to correct it.
  if (address !== null) window.history.replaceState(window.history.state, '', address);
  root.render(
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
  firstScreenRendered();
  // Ask the browser not to evict the only copy of the teacher's ticks (Settings shows the answer)
  // once the first screen is on its way: a browser may ask the user, not over an empty page.
  void requestPersistentStorage();
  // The manifest once the browser is idle after the first screen (manifest-link.ts).
  whenIdle(() => linkManifest(document));
}

void start();
