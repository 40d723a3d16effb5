// @vitest-environment jsdom
/**
 * The calendars view: in local mode it downloads the chosen class's, grade's or school's calendar
 * made from this device's plan (read back with ical.js: the events the summary counts, in the
 * chosen language) and says that feeds need a server; signed in to the real demo server as the
 * teacher, it makes a feed of their own class, lists its address (which serves the calendar),
 * offers none for a grade, and revokes it after a confirmation.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { savePlanRow } from '@/db/plan-writes';
import { groupId, schoolYearId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { SyncProvider } from '@/ui/sync-context';
import { parseIcs } from '../support/ics';
import { DEMO_TEST_PASSWORD, startDemoServer, type TestServer } from '../server/harness';
import { addOtherSchool, renderAppAt, seededDb } from './render-app';

const DAY = '2026-11-10' as LocalDate;

/** A Blob's text (jsdom's Blob has no text()). */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

/** The files the view hands to the browser as downloads: name and text. */
let downloads: { name: string; text: Promise<string> }[];
beforeEach(() => {
  downloads = [];
  let blob: Blob | null = null;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blob = b as Blob;
    return 'blob:calendar';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, text: readText(blob!) });
  });
});
afterEach(cleanup);

describe('the calendars view in local mode', () => {
  it('names each class with its school when there are several schools', async () => {
    const db = await seededDb();
    const other = await addOtherSchool(db);
    await savePlanRow(db, 'group', {
      id: groupId('g-other-3a'),
      schoolId: other,
      schoolYearId: schoolYearId('sy-2026'),
      name: '3A',
      grades: [3],
    });
    await renderAppAt(db, DAY, '/calendars');
    const picker = await screen.findByLabelText<HTMLSelectElement>('Luokka');
    await waitFor(() =>
      expect([...picker.options].map((o) => o.text)).toContain('3A, Toinen koulu'),
    );
    expect([...picker.options].map((o) => o.text)).toContain('3A, Esimerkkikoulu');
  });

  it("downloads a class's calendar in the chosen language, and a grade's", async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    await renderAppAt(db, DAY, '/calendars');
    await screen.findByRole('heading', { level: 1, name: 'Kalenterit' });
    expect(await screen.findByLabelText('Lukuvuosi')).toHaveProperty('value', 'sy-2026');
    await user.selectOptions(screen.getByLabelText('Luokka'), '3A');
    await user.selectOptions(screen.getByLabelText('Kalenterin kieli'), 'svenska');
    const summary = await screen.findByText(/^3A \(Esimerkkikoulu\): \d+ tehtävää$/);
    const count = Number(/(\d+) tehtävää/.exec(summary.textContent!)![1]);
    expect(count).toBeGreaterThan(10);

    await user.click(screen.getByRole('button', { name: 'Lataa kalenteritiedosto (.ics)' }));
    expect(downloads.map((d) => d.name)).toEqual(['vuosikello-3a-esimerkkikoulu-2026-2027.ics']);
    const calendar = parseIcs(await downloads[0]!.text);
    expect(calendar.name).toBe('3A (Esimerkkikoulu) — läsåret 2026–2027');
    expect(calendar.events.length).toBe(count);
    expect(calendar.events.every((e) => e.uid.startsWith('sy-2026~g:g-2026-3a~'))).toBe(true);
    expect(calendar.events[0]!.description).toMatch(/^Tidpunkt: /);
    expect(calendar.events.every((e) => e.allDay && e.start < e.end)).toBe(true);

    // A grade: the school and the grade are asked instead of the class.
    await user.click(screen.getByRole('radio', { name: 'Vuosiluokan' }));
    expect(screen.queryByLabelText('Luokka')).toBeNull();
    expect(screen.getByLabelText('Koulu')).toHaveProperty('value', 'school-demo');
    await user.selectOptions(screen.getByLabelText('Vuosiluokka'), '6. luokka');
    await screen.findByText(/^Årskurs 6 \(Esimerkkikoulu\): \d+ tehtävää$/);
    await user.click(screen.getByRole('button', { name: 'Lataa kalenteritiedosto (.ics)' }));
    expect(downloads[1]!.name).toBe('vuosikello-arskurs-6-esimerkkikoulu-2026-2027.ics');
    const grade = parseIcs(await downloads[1]!.text);
    expect(grade.events.every((e) => e.uid.startsWith('sy-2026~grade:school-demo:6~'))).toBe(true);
  });

  it('says that subscription feeds need a server', async () => {
    const db = await seededDb();
    await renderAppAt(db, DAY, '/calendars');
    const feeds = await screen.findByRole('region', { name: 'Tilattavat kalenterit' });
    expect(await within(feeds).findByText(/^Tilausosoitteet tehdään palvelimella\./)).toBeTruthy();
    expect(within(feeds).getByRole('link', { name: 'Asetuksiin' }).getAttribute('href')).toBe(
      '/settings',
    );
    expect(within(feeds).queryByRole('button')).toBeNull();
  });
});

describe('the calendars view signed in', () => {
  let t: TestServer;
  beforeEach(async () => {
    t = await startDemoServer();
  });
  afterEach(async () => {
    cleanup();
    await t.close();
  });

  it("makes, lists and revokes a feed of the teacher's own class", async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    const { memory } = await renderAppAt(db, DAY, '/settings', (ui) => (
      <SyncProvider db={db}>{ui}</SyncProvider>
    ));
    await screen.findByRole('heading', { level: 1, name: 'Asetukset' });
    const account = screen.getByRole('region', { name: 'Palvelin ja kirjautuminen' });
    const server = within(account).getByLabelText('Palvelimen osoite');
    await user.clear(server);
    await user.type(server, t.url);
    await user.type(within(account).getByLabelText('Käyttäjätunnus'), 'opettaja');
    await user.type(within(account).getByLabelText('Salasana'), DEMO_TEST_PASSWORD);
    const signIn = within(account).getByRole('button', { name: 'Kirjaudu sisään' });
    await waitFor(() => expect(signIn).toHaveProperty('disabled', false));
    await user.click(signIn);
    await within(account).findByText(/^Kirjautunut: /, {}, { timeout: 5000 });

    memory.navigate('/calendars');
    await screen.findByRole('heading', { level: 1, name: 'Kalenterit' });
    const feeds = await screen.findByRole('region', { name: 'Tilattavat kalenterit' });
    expect(await within(feeds).findByText('Ei tilausosoitteita.')).toBeTruthy();
    // The teacher's own class is chosen: 3A.
    expect(screen.getByLabelText('Luokka')).toHaveProperty('value', 'g-2026-3a');

    // A grade: no feed offered to a teacher.
    await user.click(screen.getByRole('radio', { name: 'Vuosiluokan' }));
    expect(
      within(feeds).getByText('Tilausosoitteen voit luoda omien luokkiesi kalentereista.'),
    ).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: 'Luokan' }));

    await user.click(
      within(feeds).getByRole('button', { name: 'Luo tilausosoite tälle kalenterille' }),
    );
    const name = '3A (Esimerkkikoulu) — lukuvuosi 2026–2027';
    expect(await within(feeds).findByText(`Tilausosoite luotiin: ${name}.`)).toBeTruthy();
    const list = within(feeds).getByRole('list', { name: 'Tilausosoitteesi' });
    const address = (await within(list).findByLabelText('Osoite')) as HTMLInputElement;
    await waitFor(() => expect(document.activeElement).toBe(address));
    expect(address.value).toMatch(new RegExp(`^${t.url}/feeds/[A-Za-z0-9_-]{43}\\.ics$`));
    const served = await fetch(address.value);
    expect(served.status).toBe(200);
    expect(parseIcs(await served.text()).name).toBe(name);
    // The same calendar again: the view says there is one, and offers another only as such.
    expect(within(feeds).getByText(/^Sinulla on jo tilausosoite tälle kalenterille/)).toBeTruthy();
    expect(within(feeds).getByRole('button', { name: 'Luo toinen tilausosoite' })).toBeTruthy();

    // Revoking asks first; cancelling keeps it, confirming removes it and the address stops.
    await user.click(within(list).getByRole('button', { name: 'Poista' }));
    await user.click(within(list).getByRole('button', { name: 'Peruuta' }));
    await user.click(within(list).getByRole('button', { name: 'Poista' }));
    await user.click(within(list).getByRole('button', { name: 'Poista tilausosoite' }));
    expect(await within(feeds).findByText(`Tilausosoite poistettiin: ${name}.`)).toBeTruthy();
    expect(await within(feeds).findByText('Ei tilausosoitteita.')).toBeTruthy();
    expect((await fetch(address.value)).status).toBe(404);
    expect(
      within(feeds).getByRole('button', { name: 'Luo tilausosoite tälle kalenterille' }),
    ).toBeTruthy();
  });
});
