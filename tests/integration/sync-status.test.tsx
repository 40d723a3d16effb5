// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SyncStatus } from '@/app/sync-status';
import { connectToServer } from '@/db/connect';
import { markProgress } from '@/db/progress-writes';
import type { LocalDate } from '@/domain/local-date';
import { renderWithDb, seededDb } from './render-app';
import { classActions } from '@/db/test-fixtures';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const DAY = '2026-11-10' as LocalDate;

async function tickOne(db: Awaited<ReturnType<typeof seededDb>>) {
  const action = (await classActions(db, 'g-2026-3a'))[0];
  await markProgress(db, { actionId: action!.id, state: 'done', day: DAY, by: 'Olli' });
}

describe('the header’s save state', () => {
  it('with no server, a change is saved on this device, not waiting to sync', async () => {
    const db = await seededDb();
    await tickOne(db);
    const counted = vi.spyOn(db.outbox, 'where');
    await renderWithDb(<SyncStatus />, db, DAY);
    await waitFor(() =>
      expect(screen.getByTestId('sync-state').textContent).toBe(
        'Kaikki muutokset tallennettu tälle laitteelle',
      ),
    );
    expect(screen.getByTestId('sync-connection').textContent).toBe(
      'Paikallinen tila: tiedot vain tällä laitteella',
    );
    // Nothing waits for a server, so the outbox is not counted (the first screen's work).
    expect(counted).not.toHaveBeenCalled();
  });

  it('connected to a server, a change not yet sent is waiting to sync', async () => {
    const db = await seededDb();
    await connectToServer(db, {
      serverUrl: 'https://vk.test',
      user: {
        username: 'opettaja',
        displayName: 'Olli',
        role: 'teacher',
        organizationId: 'org-demo',
        schools: ['school-demo'],
        groups: ['g-2026-3a'],
      },
    });
    await tickOne(db);
    await renderWithDb(<SyncStatus />, db, DAY);
    await waitFor(() =>
      expect(screen.getByTestId('sync-state').textContent).toBe('1 muutos odottaa synkronointia'),
    );
  });
});
