// @vitest-environment jsdom
/**
 * Local mode's role: asked in Settings until chosen, stored on the device (kept over a reload).
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
  it('is asked in Settings and stored on the device', async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    await renderAppAt(db, DAY, '/settings');
    await screen.findByRole('heading', { name: 'Missä roolissa käytät tätä laitetta?' });
    const select = screen.getByLabelText<HTMLSelectElement>('Rooli tällä laitteella');
    expect(select.value).toBe('');
    expect([...select.options].map((o) => o.text)).toEqual([
      'Valitse rooli',
      'opettaja',
      'rehtori',
      'koordinaattori',
    ]);
    await user.selectOptions(select, 'rehtori');
    expect(await screen.findByText('Rooli tallennettu.')).toBeTruthy();
    expect(await getMeta(db, 'localRole')).toBe('principal');

    // Opened again (a reload), the choice is there and no longer asked for.
    cleanup();
    await renderAppAt(db, DAY, '/settings');
    const again = await screen.findByLabelText<HTMLSelectElement>('Rooli tällä laitteella');
    expect(again.value).toBe('principal');
    expect([...again.options].map((o) => o.value)).toEqual(['teacher', 'principal', 'coordinator']);
  });
});
