/** Renders a feature against a fresh fake IndexedDB seeded with the sample organization. */
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { openVuosikelloDb, type VuosikelloDb } from '@/db/database';
import { seedSampleIfEmpty } from '@/db/seed';
import { buildSampleOrganization } from '@/domain/library/sample';
import type { LocalDate } from '@/domain/local-date';
import { initI18n } from '@/i18n/i18n';
import { DbProvider } from '@/ui/db-context';
import { TodayProvider } from '@/ui/today';

let counter = 0;

export async function seededDb(): Promise<VuosikelloDb> {
  counter += 1;
  const db = openVuosikelloDb(`view-test-${counter}-${Math.random()}`);
  await seedSampleIfEmpty(db, buildSampleOrganization(), () => 1_700_000_000_000);
  return db;
}

export async function renderWithDb(ui: ReactNode, db: VuosikelloDb, today: LocalDate) {
  await initI18n('fi');
  return render(
    <DbProvider db={db}>
      <TodayProvider fixed={today}>{ui}</TodayProvider>
    </DbProvider>,
  );
}
