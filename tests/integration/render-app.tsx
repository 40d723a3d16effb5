/** Renders a feature or the app's views against a fresh fake IndexedDB seeded with the sample. */
import { render } from '@testing-library/react';
import { Suspense, type ReactNode } from 'react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { AppRoutes } from '@/app/app-routes';
import { parsePath, prepareView, routeAt } from '@/app/routes';
import type { VuosikelloDb } from '@/db/database';
import { openVuosikelloDb } from '@/db/open-database';
import { savePlanRow } from '@/db/plan-writes';
import { seedSampleIfEmpty } from '@/db/seed';
import { organizationId, schoolId, type SchoolId } from '@/domain/ids';
import { GRADES } from '@/domain/model';
import { buildSampleOrganization } from '@/domain/library/sample';
import type { LocalDate } from '@/domain/local-date';
import { initI18n } from '@/i18n/i18n';
import { DbProvider } from '@/ui/db-context';
import { firstScreenRendered } from '@/ui/idle';
import { TodayProvider } from '@/ui/today';

let counter = 0;

export async function seededDb(): Promise<VuosikelloDb> {
  counter += 1;
  const db = openVuosikelloDb(`view-test-${counter}-${Math.random()}`);
  await seedSampleIfEmpty(db, buildSampleOrganization(), () => 1_700_000_000_000);
  return db;
}

/** A second school beside the sample's, with every grade: 'Toinen koulu' (school-other). */
export async function addOtherSchool(db: VuosikelloDb): Promise<SchoolId> {
  const id = schoolId('school-other');
  await savePlanRow(db, 'school', {
    id,
    organizationId: organizationId('org-demo'),
    name: 'Toinen koulu',
    grades: GRADES,
  });
  return id;
}

export async function renderWithDb(ui: ReactNode, db: VuosikelloDb, today: LocalDate) {
  await initI18n('fi');
  return render(
    <DbProvider db={db}>
      <TodayProvider fixed={today}>{ui}</TodayProvider>
    </DbProvider>,
  );
}

/**
 * Renders the app's views (the real route table, views loaded lazily) at `path` in an address
 * held in memory, inside `wrap` (e.g. the sync provider); `memory.history` lists every address
 * visited.
 */
export async function renderAppAt(
  db: VuosikelloDb,
  today: LocalDate,
  path = '/',
  wrap: (ui: ReactNode) => ReactNode = (ui) => ui,
) {
  const memory = memoryLocation({ path, record: true });
  // The view's code is loaded before rendering (as main.tsx starts it early), so a test waits
  // for the database, not for a module transform.
  await initI18n('fi'); // before the view's code: a view's strings are added once i18next is up
  await routeAt(path.split('?')[0] ?? path)?.view.preload();
  const view = await renderWithDb(
    wrap(
      <Router hook={memory.hook} parser={parsePath}>
        <main id="main" tabIndex={-1}>
          <Suspense fallback={null}>
            <AppRoutes />
          </Suspense>
        </main>
      </Router>,
    ),
    db,
    today,
  );
  // As main.tsx tells after its first render: reads started early catch up when idle after it.
  firstScreenRendered();
  return { ...view, memory };
}

/**
 * Opens the app at `path` as main.tsx does: the view is prepared (its code and first read, through
 * `early` where given: a returning device's early connection) at the address's path, and the app
 * renders at the address the view will show (`/` completed with its class and month), or at
 * `path` when that is the same.
 */
export async function openAppAt(
  db: VuosikelloDb,
  today: LocalDate,
  path: string,
  early: IDBDatabase | null = null,
) {
  const query = path.indexOf('?');
  const [pathname, search] = query < 0 ? [path, ''] : [path.slice(0, query), path.slice(query)];
  const address = await prepareView(pathname, db, today, search, early);
  return renderAppAt(db, today, address ?? path);
}

/** The demo school's principal, as a sign-in leaves the session user in the database. */
export async function actAsPrincipal(db: VuosikelloDb): Promise<void> {
  await db.meta.put({
    key: 'sessionUser',
    value: {
      username: 'rehtori',
      displayName: 'Rehtori',
      role: 'principal',
      organizationId: 'org-demo',
      schools: ['school-demo'],
      groups: [],
    },
  });
}

/** Whether closing the tab now would ask first (a beforeunload handler cancels the event). */
export function leavingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

/**
 * Records each time a select's chosen option is set from script until `stop()`: the select
 * it belongs to. React sets it when it renders a select again, and in a page the user has just
 * used, Chromium's autofill then scans the page's forms.
 */
export function watchOptionChoices(): { readonly selects: HTMLSelectElement[]; stop(): void } {
  const selects: HTMLSelectElement[] = [];
  const own = Object.getOwnPropertyDescriptor(HTMLOptionElement.prototype, 'selected')!;
  Object.defineProperty(HTMLOptionElement.prototype, 'selected', {
    ...own,
    set(this: HTMLOptionElement, chosen: boolean) {
      const select = this.closest('select');
      if (select) selects.push(select);
      own.set!.call(this, chosen);
    },
  });
  return {
    selects,
    stop: () => Object.defineProperty(HTMLOptionElement.prototype, 'selected', own),
  };
}
