// @vitest-environment jsdom
/**
 * Local mode's role: asked in Settings, stored on the device, and the views follow it (a
 * teacher's device does not open the accounts; a coordinator's opens the history).
 */
import { cleanup, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getMeta } from '@/db/meta';
import type { LocalDate } from '@/domain/local-date';
import { renderAppAt, seededDb } from './render-app';

afterEach(cleanup);

const DAY = '2026-11-10' as LocalDate;

describe('the role of a local device', () => {
  it('is asked in Settings, stored on the device, and decides which views open', async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    const { memory } = await renderAppAt(db, DAY, '/settings');
    await screen.findByRole('heading', { name: 'Missä roolissa käytät tätä laitetta?' });
    const select = screen.getByLabelText<HTMLSelectElement>('Rooli tällä laitteella');
    expect(select.value).toBe('');
    // Until a role is chosen every view is open.
    await user.selectOptions(select, 'opettaja');
    expect(await screen.findByText('Rooli tallennettu.')).toBeTruthy();
    expect(await getMeta(db, 'localRole')).toBe('teacher');

    memory.navigate('/accounts');
    expect(await screen.findByRole('heading', { name: 'Sivua ei löydy' })).toBeTruthy();

    memory.navigate('/settings');
    await user.selectOptions(
      await screen.findByLabelText('Rooli tällä laitteella'),
      'koordinaattori',
    );
    await screen.findByText('Rooli tallennettu.');
    memory.navigate('/history');
    expect(await screen.findByRole('heading', { level: 1, name: 'Muutoshistoria' })).toBeTruthy();
    expect(await screen.findByText(/^Muutoshistoria on palvelimella\./)).toBeTruthy();
  });
});
