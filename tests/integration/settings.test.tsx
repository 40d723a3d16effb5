// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectToServer } from '@/db/connect';
import { schoolId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { SyncProvider } from '@/ui/sync-context';
import { DEMO_TEST_PASSWORD, startDemoServer, type TestServer } from '../server/harness';
import { addOtherSchool, renderAppAt, seededDb } from './render-app';

let t: TestServer;
beforeEach(async () => {
  t = await startDemoServer();
});
afterEach(async () => {
  cleanup();
  await t.close();
});

const NOVEMBER_DAY = '2026-11-10' as LocalDate;

describe('settings', () => {
  it('in local mode: the name on ticks, and when each school started tracking', async () => {
    const db = await seededDb();
    const userEv = userEvent.setup();
    await renderAppAt(db, NOVEMBER_DAY, '/settings');
    await screen.findByRole('heading', { level: 1, name: 'Asetukset' });
    expect(
      screen.getByText('Näkyy tehtävän kuittauksen yhteydessä, esimerkiksi "M. Virtanen".'),
    ).toBeTruthy();
    const tracking = await screen.findByRole('region', { name: 'Tehtävien seuranta' });
    expect(
      within(tracking).getByText('Esimerkkikoulu seuraa tehtäviä lukuvuoden alusta.'),
    ).toBeTruthy();
    const day = within(tracking).getByLabelText<HTMLInputElement>('Seurannan alkupäivä');
    await userEv.clear(day);
    await userEv.type(day, '2026-10-05');
    expect(within(tracking).getByText('ma 5.10.2026')).toBeTruthy();
    await userEv.click(within(tracking).getByRole('button', { name: 'Tallenna alkupäivä' }));
    expect(
      await within(tracking).findByText('Esimerkkikoulu seuraa tehtäviä 5.10.2026 alkaen.'),
    ).toBeTruthy();
    expect(await db.schools.get(schoolId('school-demo'))).toMatchObject({
      trackingFrom: '2026-10-05',
    });
    await userEv.click(within(tracking).getByRole('button', { name: 'Seuraa lukuvuoden alusta' }));
    await within(tracking).findByText('Esimerkkikoulu seuraa tehtäviä lukuvuoden alusta.');
    expect((await db.schools.get(schoolId('school-demo')))?.trackingFrom).toBeNull();
  });

  it('lists a signed-in teacher only their own schools', async () => {
    const db = await seededDb();
    await addOtherSchool(db);
    await connectToServer(db, {
      serverUrl: 'https://vk.test',
      user: {
        username: 'opettaja',
        displayName: 'Olli Opettaja',
        role: 'teacher',
        organizationId: 'org-demo',
        schools: ['school-demo'],
        groups: ['g-2026-3a'],
      },
    });
    await renderAppAt(db, NOVEMBER_DAY, '/settings');
    const tracking = await screen.findByRole('region', { name: 'Tehtävien seuranta' });
    await waitFor(() =>
      expect(
        within(tracking)
          .getAllByText(/seuraa tehtäviä/)
          .map((p) => p.textContent),
      ).toEqual(['Esimerkkikoulu seuraa tehtäviä lukuvuoden alusta.']),
    );
  });

  it('signs in and out against the real server: the session and status from the server', async () => {
    const db = await seededDb();
    const userEv = userEvent.setup();
    await renderAppAt(db, NOVEMBER_DAY, '/settings', (ui) => (
      <SyncProvider db={db}>{ui}</SyncProvider>
    ));
    await screen.findByRole('heading', { level: 1, name: 'Asetukset' });
    const account = screen.getByRole('region', { name: 'Palvelin ja kirjautuminen' });
    const server = within(account).getByLabelText('Palvelimen osoite');
    await userEv.clear(server);
    await userEv.type(server, t.url);
    await userEv.type(within(account).getByLabelText('Käyttäjätunnus'), 'opettaja');
    await userEv.type(within(account).getByLabelText('Salasana'), DEMO_TEST_PASSWORD);
    await waitFor(() =>
      expect(within(account).getByRole('button', { name: 'Kirjaudu sisään' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
    await userEv.click(within(account).getByRole('button', { name: 'Kirjaudu sisään' }));

    expect(await within(account).findByText(/^Kirjautunut: /, {}, { timeout: 5000 })).toBeTruthy();
    expect(await within(account).findByText(/^Istunto on voimassa .+ asti\.$/)).toBeTruthy();
    expect(await within(account).findByText('Palvelin vastaa.')).toBeTruthy();
    // Ticks now carry the account's name; the typed name is for local mode only.
    expect(
      await screen.findByText(
        /^Kirjautuneena kuittauksissa näkyy tunnuksesi nimi: .+\. Tätä nimeä käytetään vain paikallisessa tilassa/,
      ),
    ).toBeTruthy();
    // A teacher may not set when a school started tracking: shown, not offered.
    const tracking = screen.getByRole('region', { name: 'Tehtävien seuranta' });
    await waitFor(() =>
      expect(within(tracking).queryByLabelText('Seurannan alkupäivä')).toBeNull(),
    );

    await userEv.click(within(account).getByRole('button', { name: 'Kirjaudu ulos' }));
    expect(
      await within(account).findByText(
        'Istunto on päättynyt: kirjaudu uudelleen. Muutoksesi ovat tallessa.',
      ),
    ).toBeTruthy();
    expect(within(account).getByRole('button', { name: 'Kirjaudu sisään' })).toBeTruthy();
  }, 20_000);
});
