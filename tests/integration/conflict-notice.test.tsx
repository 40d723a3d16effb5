// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConflictNotice } from '@/app/conflict-notice';
import { conflictId, unseenConflictCount } from '@/db/conflicts';
import { applyPullPage } from '@/db/pull-apply';
import { classActions } from '@/db/test-fixtures';
import type { LocalDate } from '@/domain/local-date';
import { initI18n, loadLaterStrings } from '@/i18n/i18n';
import { renderWithDb, seededDb } from './render-app';

afterEach(cleanup);

// The notice's strings load with it in the app (app.tsx); rendered alone here, they are loaded first.
beforeAll(async () => {
  await initI18n('fi');
  await loadLaterStrings();
});

describe('the notice of changes that did not stay', () => {
  it('names the task and who replaced the value, and goes away once seen', async () => {
    const db = await seededDb();
    const [action] = await classActions(db, 'g-2026-3a');
    if (!action) throw new Error('sample has no actions for 3A');
    const template = await db.templates.get(action.templateId);
    // A pull reports that the principal, who had not seen this device's tick, replaced it.
    await applyPullPage(db, {
      dbEpoch: 'e1',
      changes: [
        {
          entity: 'progress',
          id: action.id,
          seq: 8,
          deleted: false,
          data: { actionId: action.id, state: 'skipped', day: '2026-11-09', by: 'R', note: '' },
          fieldSeq: { state: 8, day: 8, by: 8, note: 8, deleted: 8 },
          updatedBy: 'rehtori',
        },
      ],
      cursor: 8,
      hasMore: false,
      headSeq: 8,
      lastMutationId: 0,
      replaced: [
        {
          mutationId: 7,
          entity: 'progress',
          id: action.id,
          field: 'state',
          yourValue: 'done',
          theirValue: 'skipped',
          by: 'rehtori',
          seq: 8,
        },
      ],
    });
    await renderWithDb(<ConflictNotice />, db, '2026-11-10' as LocalDate);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toContain('1 muutoksestasi ei jäänyt voimaan');
    expect(notice.textContent).toContain(`${template?.title.fi}: `);
    expect(notice.textContent).toContain('rehtori muutti samaa tietoa näkemättä muutostasi');

    await userEvent.setup().click(screen.getByRole('button', { name: 'Selvä' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(await unseenConflictCount(db)).toBe(0);
  });

  it.each([
    [
      'PersonalData',
      'Palvelin ei hyväksynyt muistiinpanoa, koska siinä on henkilötunnus. Vuosikelloon ei tallenneta oppilaiden tietoja.',
    ],
    ['Forbidden', 'Palvelin ei hyväksynyt muutosta: tunnuksesi ei voi muuttaa tätä tietoa.'],
    [
      'UnknownAction',
      'Palvelin ei hyväksynyt muutosta: tehtävää tai luokkaa ei ole palvelimen suunnitelmassa.',
    ],
    ['Internal', 'Palvelin ei hyväksynyt muutosta.'],
  ])('says why the server refused a change, where it can: %s', async (code, why) => {
    const db = await seededDb();
    const action = (await classActions(db, 'g-2026-3a'))[0];
    if (!action) throw new Error('sample has no actions for 3A');
    const template = await db.templates.get(action.templateId);
    // As push results record it (src/db/push-results.ts): refused, with the server's code.
    await db.conflicts.put({
      id: conflictId('rejected', 'c-1', 3, null),
      kind: 'rejected',
      entity: 'progress',
      entityId: action.id,
      field: null,
      yourValue: { note: 'Soita 131052-308T' },
      otherValue: null,
      by: null,
      code,
      mutationId: 3,
      at: 1,
      seen: 0,
    });
    await renderWithDb(<ConflictNotice />, db, '2026-11-10' as LocalDate);
    const notice = await screen.findByRole('alert');
    expect(notice.querySelector('li')?.textContent).toBe(`${template?.title.fi}: ${why}`);
  });
});
