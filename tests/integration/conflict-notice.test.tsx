// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictNotice } from '@/app/conflict-notice';
import { conflictId, unseenConflictCount, type SyncConflict } from '@/db/conflicts';
import type { LocalDate } from '@/domain/local-date';
import { renderWithDb, seededDb } from './render-app';

afterEach(cleanup);

describe('the notice of changes that did not stay', () => {
  it('names the task and who replaced the value, and goes away once seen', async () => {
    const db = await seededDb();
    const action = await db.actions.where('groupId').equals('g-2026-3a').first();
    if (!action) throw new Error('sample has no actions for 3A');
    const template = await db.templates.get(action.templateId);
    // What recording a pull does when someone else's later write replaced this device's tick.
    const conflict: SyncConflict = {
      id: conflictId('overwritten', 'client-a', 7, 'state'),
      kind: 'overwritten',
      entity: 'progress',
      entityId: action.id,
      field: 'state',
      yourValue: 'done',
      otherValue: 'skipped',
      by: 'rehtori',
      code: null,
      mutationId: 7,
      at: 1_700_000_000_000,
      seen: 0,
    };
    await db.conflicts.put(conflict);

    await renderWithDb(<ConflictNotice />, db, '2026-11-10' as LocalDate);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('1 muutoksestasi ei jäänyt voimaan');
    expect(notice.textContent).toContain(`${template?.title.fi}: `);
    expect(notice.textContent).toContain('rehtori muutti samaa tietoa myöhemmin');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Selvä' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await unseenConflictCount(db)).toBe(0);
  });
});
