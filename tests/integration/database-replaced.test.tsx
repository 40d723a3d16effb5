// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseReplacedBanner } from '@/app/database-replaced-banner';
import type { LocalDate } from '@/domain/local-date';
import { renderWithDb, seededDb } from './render-app';

afterEach(cleanup);

describe('a newer app version upgrades the database in another tab', () => {
  it('asks this tab to reload instead of writing with old code', async () => {
    const db = await seededDb();
    await renderWithDb(<DatabaseReplacedBanner />, db, '2026-11-10' as LocalDate);
    expect(screen.queryByRole('alert')).toBeNull();

    // Another tab opens the same database at a higher version.
    const newer = new Dexie(db.name);
    newer.version(db.verno + 1).stores({});
    await newer.open();

    expect((await screen.findByRole('alert')).textContent).toContain(
      'Sovellus päivitettiin toisessa välilehdessä.',
    );
    newer.close();
  });
});
