// @vitest-environment jsdom
/**
 * The accounts and plan history views against the real demo server: the admin signs in and lands
 * on the accounts, creates one (the generated password shown once), disables one, sets scopes;
 * the principal hands a class to a teacher; the history lists plan changes; in local mode the
 * views say they need a server.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LocalDate } from '@/domain/local-date';
import { SyncProvider } from '@/ui/sync-context';
import { DEMO_TEST_PASSWORD, api, startDemoServer, type TestServer } from '../server/harness';
import { renderAppAt, seededDb } from './render-app';

let t: TestServer;
beforeEach(async () => {
  t = await startDemoServer();
});
afterEach(async () => {
  cleanup();
  await t.close();
});

const DAY = '2026-11-10' as LocalDate;

/** Opens Settings, signs in as `username` through the form. */
async function renderSignedIn(username: string) {
  const db = await seededDb();
  const user = userEvent.setup();
  const view = await renderAppAt(db, DAY, '/settings', (ui) => (
    <SyncProvider db={db}>{ui}</SyncProvider>
  ));
  await screen.findByRole('heading', { level: 1, name: 'Asetukset' });
  const account = screen.getByRole('region', { name: 'Palvelin ja kirjautuminen' });
  const server = within(account).getByLabelText('Palvelimen osoite');
  await user.clear(server);
  await user.type(server, t.url);
  await user.type(within(account).getByLabelText('Käyttäjätunnus'), username);
  await user.type(within(account).getByLabelText('Salasana'), DEMO_TEST_PASSWORD);
  const button = within(account).getByRole('button', { name: 'Kirjaudu sisään' });
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
  await user.click(button);
  return { db, user, ...view };
}

async function openAccounts(user: UserEvent, memory: { navigate: (to: string) => void }) {
  void user;
  memory.navigate('/accounts');
  await screen.findByRole('heading', { level: 1, name: 'Tunnukset' });
}

describe('the accounts view', () => {
  it('in local mode says it needs a server', async () => {
    const db = await seededDb();
    await renderAppAt(db, DAY, '/accounts');
    expect(
      await screen.findByText(/^Tunnuksia hallitaan palvelimella\. Kirjaudu palvelimelle/),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Asetuksiin' }).getAttribute('href')).toBe('/settings');
  });

  it('lands the admin on the accounts after sign-in, and creates an account with a generated password', async () => {
    const { user, memory } = await renderSignedIn('admin');
    await screen.findByRole('heading', { level: 1, name: 'Tunnukset' }, { timeout: 5000 });
    expect(memory.history?.at(-1)).toBe('/accounts');
    const table = await screen.findByRole('table');
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((c) => c.textContent),
    ).toEqual(['admin', 'koordinaattori', 'opettaja', 'rehtori']);
    expect(within(table).getByText('Esimerkkikoulu: 3A, 4A')).toBeTruthy();

    const form = screen.getByRole('form', { name: 'Uusi tunnus' });
    // Bad input: errors next to the fields, nothing sent.
    await user.type(within(form).getByLabelText('Käyttäjätunnus'), 'ä');
    await user.click(within(form).getByRole('button', { name: 'Luo tunnus' }));
    expect(
      within(form).getByText('Käyttäjätunnus on 2–100 merkkiä: kirjaimia a–z, numeroita ja . _ -'),
    ).toBeTruthy();
    expect(within(form).getByText('Täytä tämä kenttä.')).toBeTruthy();
    expect(within(form).getByText('Valitse opettajalle vähintään yksi luokka.')).toBeTruthy();
    expect(within(form).getByLabelText('Käyttäjätunnus').getAttribute('aria-invalid')).toBe('true');
    expect((await t.accounts.listAccounts()).length).toBe(4);

    await user.clear(within(form).getByLabelText('Käyttäjätunnus'));
    await user.type(within(form).getByLabelText('Käyttäjätunnus'), 'maija');
    await user.type(within(form).getByLabelText('Nimi'), 'Maija Meikäläinen');
    const school = within(form).getByRole('group', { name: 'Mäkelän koulu: luokat' });
    await user.click(within(school).getByLabelText('1–2'));
    await user.click(within(form).getByRole('button', { name: 'Luo tunnus' }));

    const notice = await screen.findByText('Tunnus maija luotiin.');
    const box = notice.closest('.account-notice') as HTMLElement;
    const password = within(box).getByText(/^[A-Za-z0-9_-]{16}$/).textContent!;
    expect(await t.accounts.findAccount('maija')).toMatchObject({
      displayName: 'Maija Meikäläinen',
      role: 'teacher',
      schools: ['school-makela'],
      groups: ['g-2026-makela-1-2'],
    });
    const signIn = await api(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'maija', password }),
    });
    expect(signIn.status).toBe(200);
    await user.click(within(box).getByRole('button', { name: 'Selvä' }));
    expect(screen.queryByText(password)).toBeNull();
    expect(await within(table).findByText('maija')).toBeTruthy();

    // A taken name: said next to the field, nothing created.
    await user.type(within(form).getByLabelText('Käyttäjätunnus'), 'opettaja');
    await user.type(within(form).getByLabelText('Nimi'), 'Toinen');
    await user.selectOptions(within(form).getByLabelText('Rooli'), 'koordinaattori');
    await user.click(within(form).getByRole('button', { name: 'Luo tunnus' }));
    expect(
      await within(form).findByText('Tämä käyttäjätunnus on jo käytössä. Valitse toinen.'),
    ).toBeTruthy();
    expect((await t.accounts.findAccount('opettaja'))?.role).toBe('teacher');
  }, 30_000);

  it('disables and enables an account, resets a password and sets classes', async () => {
    const { user } = await renderSignedIn('admin');
    const table = await screen.findByRole('table', {}, { timeout: 5000 });
    await user.click(within(table).getByRole('button', { name: 'Poista käytöstä: Olli Opettaja' }));
    expect(
      await screen.findByText('Tunnus opettaja poistettiin käytöstä ja sen istunnot päättyivät.'),
    ).toBeTruthy();
    expect((await t.accounts.findAccount('opettaja'))?.disabled).toBe(true);
    await user.click(
      await within(table).findByRole('button', { name: 'Ota käyttöön: Olli Opettaja' }),
    );
    await screen.findByText('Tunnus opettaja on taas käytössä.');
    expect((await t.accounts.findAccount('opettaja'))?.disabled).toBe(false);
    // The admin cannot disable themselves: not offered.
    expect(within(table).queryByRole('button', { name: 'Poista käytöstä: Ylläpitäjä' })).toBeNull();

    const before = (await t.accounts.findAccount('rehtori'))!.passwordHash;
    await user.click(within(table).getByRole('button', { name: 'Uusi salasana: Riitta Rehtori' }));
    await screen.findByText('Tunnuksen rehtori salasana vaihdettiin. Sen istunnot päättyivät.');
    expect((await t.accounts.findAccount('rehtori'))!.passwordHash).not.toBe(before);

    await user.click(
      within(table).getByRole('button', { name: 'Koulut ja luokat: Olli Opettaja' }),
    );
    const editor = screen.getByRole('form', { name: 'Koulut ja luokat: Olli Opettaja' });
    const school = within(editor).getByRole('group', { name: 'Esimerkkikoulu: luokat' });
    await user.click(within(school).getByLabelText('3A'));
    await user.click(within(school).getByLabelText('4A'));
    await user.click(within(editor).getByRole('button', { name: 'Tallenna' }));
    expect(
      await within(editor).findByText('Valitse opettajalle vähintään yksi luokka.'),
    ).toBeTruthy();
    expect((await t.accounts.findAccount('opettaja'))?.groups).toEqual(['g-2026-3a', 'g-2026-4a']);
    await user.click(within(school).getByLabelText('5–6'));
    await user.click(within(editor).getByRole('button', { name: 'Tallenna' }));
    await screen.findByText('Tunnuksen opettaja koulut ja luokat tallennettiin.');
    expect((await t.accounts.findAccount('opettaja'))?.groups).toEqual(['g-2026-5-6']);
  }, 30_000);

  it("lets the principal hand own school's classes to its teachers", async () => {
    const { user, memory } = await renderSignedIn('rehtori');
    await screen.findByText(/^Kirjautunut: /, {}, { timeout: 5000 });
    await openAccounts(user, memory);
    const teacher = await screen.findByRole('group', { name: 'Olli Opettaja (opettaja)' });
    expect(within(teacher).getByLabelText<HTMLInputElement>('3A').checked).toBe(true);
    await user.click(within(teacher).getByLabelText('3A'));
    await user.click(within(teacher).getByLabelText('Eskari'));
    await user.click(within(teacher).getByRole('button', { name: 'Tallenna' }));
    await screen.findByText('Tunnuksen opettaja koulut ja luokat tallennettiin.');
    expect((await t.accounts.findAccount('opettaja'))?.groups.toSorted()).toEqual([
      'g-2026-4a',
      'g-2026-eskari',
    ]);
    // Only the teachers of the principal's school, not the admin's list.
    expect(screen.queryByRole('table')).toBeNull();
  }, 30_000);
});

describe('the plan history view', () => {
  it("lists who changed which field of which row; a task's entry links to the task", async () => {
    const signIn = await api<{ token: string }>(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'koordinaattori', password: DEMO_TEST_PASSWORD }),
    });
    const template = String((await t.store.liveRows('org-demo', 'template'))[0]!['id']);
    const push = await api(`${t.url}/sync/v1/spaces/org-demo/push`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${signIn.body.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        protocolVersion: 1,
        schemaVersion: 1,
        clientId: 'history-client',
        mutations: [
          { id: 1, entity: 'group', entityId: 'g-2026-3a', op: 'patch', patch: { name: '3A/B' } },
          {
            id: 2,
            entity: 'template',
            entityId: template,
            op: 'patch',
            patch: { grades: [3, 4], timing: { kind: 'isoWeek', week: 48 }, themeId: null },
          },
          {
            id: 3,
            entity: 'template',
            entityId: template,
            op: 'patch',
            patch: { timing: { kind: 'isoWeek', week: 49 } },
          },
        ],
      }),
    });
    expect(push.status).toBe(200);
    const { user, memory } = await renderSignedIn('koordinaattori');
    await screen.findByText(/^Kirjautunut: /, {}, { timeout: 5000 });
    void user;
    memory.navigate('/history');
    await screen.findByRole('heading', { level: 1, name: 'Muutoshistoria' });
    const list = await screen.findByRole('list', {}, { timeout: 5000 });
    const [latest, moved, earlier] = within(list).getAllByRole('listitem');
    const fieldsOf = (item: HTMLElement) =>
      [...item.querySelectorAll('dt')].map((dt) => [
        dt.textContent,
        dt.nextElementSibling?.textContent,
      ]);
    // A field an earlier change wrote says what it was.
    expect(fieldsOf(latest!)).toEqual([['Ajoitus', 'viikko 49 (ennen viikko 48)']]);
    expect(moved!.textContent).toMatch(/Kaisa Koordinaattori \(koordinaattori\) muutti: tehtävä/);
    // Each field by its name in the UI's words, its value as the app says it (the seeded
    // values before were written by no change in the log: no "before").
    expect(fieldsOf(moved!)).toEqual([
      ['Luokka-asteet', '3.–4. luokka'],
      ['Ajoitus', 'viikko 48'],
      ['Teema', 'ei teemaa'],
    ]);
    expect(within(moved!).getByRole('link', { name: 'Tehtävä nyt' }).getAttribute('href')).toBe(
      `/library/${template}`,
    );
    expect(earlier!.textContent).toMatch(/muutti: luokka/);
    expect(within(earlier!).getByText('Nimi').nextSibling?.textContent).toBe('3A/B');
  }, 30_000);
});
