// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { markProgress } from '@/db/progress-writes';
import { schoolYearId } from '@/domain/ids';
import { actionsOf } from '@/domain/schedule/schedule-record';
import type { LocalDate } from '@/domain/local-date';
import { SyncProvider } from '@/ui/sync-context';
import { DEMO_TEST_PASSWORD, startDemoServer } from '../server/harness';
import { renderAppAt, seededDb } from './render-app';

afterEach(cleanup);

const JUNE_DAY = '2027-06-07' as LocalDate;
const Y27 = schoolYearId('sy-2027');

describe('roll-over view', () => {
  it('previews 2027-2028 from 2026-2027, creates it in one go and undoes it', async () => {
    const db = await seededDb();
    const userEv = userEvent.setup();
    await renderAppAt(db, JUNE_DAY, '/rollover');
    await screen.findByRole('heading', { level: 1, name: 'Uusi lukuvuosi' });
    expect(screen.getByLabelText<HTMLSelectElement>('Lähtövuosi').value).toBe('sy-2026');
    await screen.findByRole('heading', { name: 'Esikatselu: lukuvuosi 2027–2028' });
    expect(screen.getByText('ke 11.8.2027')).toBeTruthy();
    expect(screen.getByText('la 3.6.2028')).toBeTruthy();
    const breaks = screen.getByRole('table', { name: 'Lomat' });
    expect(
      within(breaks)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'LomaAlkaaPäättyy',
      'Syysloma' + 'ma 18.10.2027' + 'pe 22.10.2027',
      'Joululoma' + 'ma 20.12.2027' + 'to 6.1.2028',
      'Talviloma' + 'ma 28.2.2028' + 'pe 3.3.2028',
    ]);
    const school = screen.getByRole('region', { name: 'Esimerkkikoulu' });
    expect(within(school).getByText('Uusia 2, siirtyy 7, lähtee 2')).toBeTruthy();
    const moved = within(school).getByRole('table', {
      name: 'Luokka-asteen ylöspäin siirtyvät luokat',
    });
    expect(within(moved).getByRole('row', { name: /5–6.*6–7/ })).toBeTruthy();
    const leaving = within(school).getByRole('table', { name: 'Lähtevät luokat' });
    expect(within(leaving).getByText('Päättää peruskoulun')).toBeTruthy();
    expect(await db.schoolYears.get(Y27)).toBeUndefined();

    await userEv.click(screen.getByRole('button', { name: 'Luo lukuvuosi 2027–2028' }));
    await screen.findByText(/Lukuvuosi 2027–2028 luokkineen on luotu/);
    expect((await db.schoolYears.get(Y27))?.lastDay).toBe('2028-06-03');
    expect(
      (await db.groups.where('schoolYearId').equals(Y27).toArray()).map((g) => g.name).sort(),
    ).toEqual(['1A', '2A', '3A', '4A', '5A', '6–7', '8A', '9A', 'Eskari']);
    expect(screen.getByText('Lukuvuosi 2027–2028 on jo olemassa.')).toBeTruthy();

    await userEv.click(
      await screen.findByRole('button', { name: 'Peru lukuvuoden 2027–2028 luonti' }),
    );
    await screen.findByText('Lukuvuosi 2027–2028 ja sen luokat poistettiin.');
    expect(await db.schoolYears.get(Y27)).toBeUndefined();
    expect(await db.groups.where('schoolYearId').equals(Y27).count()).toBe(0);
    // The preview is back.
    expect(screen.getByRole('button', { name: 'Luo lukuvuosi 2027–2028' })).toBeTruthy();
  });

  it('offers no undo once a task of the new year is ticked, and says why', async () => {
    const db = await seededDb();
    const userEv = userEvent.setup();
    await renderAppAt(db, JUNE_DAY, '/rollover');
    await userEv.click(await screen.findByRole('button', { name: 'Luo lukuvuosi 2027–2028' }));
    await screen.findByRole('button', { name: 'Peru lukuvuoden 2027–2028 luonti' });
    const schedule = await db.schedules.where('schoolYearId').equals(Y27).first();
    const action = schedule && actionsOf(schedule)[0];
    if (action === undefined) throw new Error('the new year has actions');
    const actionId = action.id;
    await markProgress(db, { actionId, state: 'done', day: null, by: 'Opettaja' });
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Peru lukuvuoden 2027–2028 luonti' })).toBeNull(),
    );
    expect(screen.getByText(/Uuden vuoden tehtäviä on jo kuitattu/)).toBeTruthy();
  });
});

describe('roll-over view, a year made by hand', () => {
  it('offers no undo of a year the roll-over did not make, and says why', async () => {
    const db = await seededDb();
    const userEv = userEvent.setup();
    await renderAppAt(db, JUNE_DAY, '/rollover');
    await userEv.selectOptions(await screen.findByLabelText('Lähtövuosi'), 'sy-2025');
    await screen.findByText('Lukuvuosi 2026–2027 on jo olemassa.');
    await screen.findByText(/Lukuvuotta ei ole luotu siirtämällä tätä vuotta/);
    expect(screen.queryByRole('button', { name: /Peru/ })).toBeNull();
  });
});

describe('roll-over signed in as the coordinator', () => {
  it("adds the teachers' new classes to their accounts on the server", async () => {
    const server = await startDemoServer();
    try {
      const db = await seededDb();
      const userEv = userEvent.setup();
      const { memory } = await renderAppAt(db, JUNE_DAY, '/settings', (ui) => (
        <SyncProvider db={db}>{ui}</SyncProvider>
      ));
      const account = await screen.findByRole('region', { name: 'Palvelin ja kirjautuminen' });
      const url = within(account).getByLabelText('Palvelimen osoite');
      await userEv.clear(url);
      await userEv.type(url, server.url);
      await userEv.type(within(account).getByLabelText('Käyttäjätunnus'), 'koordinaattori');
      await userEv.type(within(account).getByLabelText('Salasana'), DEMO_TEST_PASSWORD);
      const signIn = within(account).getByRole('button', { name: 'Kirjaudu sisään' });
      await waitFor(() => expect(signIn).toHaveProperty('disabled', false));
      await userEv.click(signIn);
      await within(account).findByText(/^Kirjautunut: /, {}, { timeout: 5000 });
      // The server's three schools are on the device before the roll-over is planned.
      await waitFor(async () => expect(await db.schools.count()).toBe(3), { timeout: 10_000 });

      memory.navigate('/rollover');
      await userEv.click(
        await screen.findByRole('button', { name: 'Luo lukuvuosi 2027–2028' }, { timeout: 5000 }),
      );
      // The roll-over writes a year and derives its schedules: seconds on a loaded machine.
      await screen.findByText(/Lukuvuosi 2027–2028 luokkineen on luotu/, {}, { timeout: 10_000 });
      expect(
        await screen.findByText(
          'Opettajien luokat päivitettiin: 1 käyttäjä.',
          {},
          { timeout: 5000 },
        ),
      ).toBeTruthy();
      expect((await server.accounts.findAccount('opettaja'))?.groups).toEqual([
        'g-2026-3a',
        'g-2026-4a',
        'g-2027-school-demo-4a',
        'g-2027-school-demo-5a',
      ]);
    } finally {
      cleanup();
      await server.close();
    }
  }, 30_000);
});
