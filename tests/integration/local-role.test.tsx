// @vitest-environment jsdom
/**
 * Local mode's role: asked in Settings until chosen, stored on the device (kept over a reload).
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppHeader } from '@/app/app-header';
import { getMeta, setMeta } from '@/db/meta';
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

  it.each([
    [
      'teacher',
      [
        'Tämä kuukausi',
        'Vuosisuunnitelma',
        'Vuosikello',
        'Tehtäväkirjasto',
        'Kalenterit',
        'Tulosteet',
        'Asetukset',
      ],
      false,
    ],
    [
      'coordinator',
      [
        'Tämä kuukausi',
        'Vuosisuunnitelma',
        'Vuosikello',
        'Edistyminen',
        'Raportti',
        'Tehtäväkirjasto',
        'Lukuvuodet',
        'Koulut ja luokat',
        'Uusi lukuvuosi',
        'Tuonti ja vienti',
        'Muutoshistoria',
        'Kalenterit',
        'Tulosteet',
        'Asetukset',
      ],
      true,
    ],
  ] as const)('as a %s: the menu and the library follow the role', async (role, menu, edits) => {
    const db = await seededDb();
    await setMeta(db, 'localRole', role);
    await renderAppAt(db, DAY, '/library', (ui) => (
      <>
        <AppHeader />
        {ui}
      </>
    ));
    await screen.findByRole('heading', { level: 1, name: 'Tehtäväkirjasto' });
    const nav = screen.getByRole('navigation', { name: 'Päävalikko' });
    await waitFor(() =>
      expect(
        within(nav)
          .getAllByRole('link')
          .map((a) => a.textContent),
      ).toEqual(menu),
    );
    await waitFor(() =>
      expect(screen.queryByRole('link', { name: 'Uusi tehtävä' }) !== null).toBe(edits),
    );
  });

  it('as a teacher, an address of a coordinator’s view is not found', async () => {
    const db = await seededDb();
    await setMeta(db, 'localRole', 'teacher');
    await renderAppAt(db, DAY, '/school-years');
    expect(await screen.findByRole('heading', { name: 'Sivua ei löydy' })).toBeTruthy();
  });
});
