// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { setMeta } from '@/db/meta';
import { getMeta } from '@/db/meta';
import { groupId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { renderAppAt, seededDb } from './render-app';

afterEach(cleanup);

const NOVEMBER_DAY = '2026-11-10' as LocalDate;

const monthHeading = () => screen.findByRole('heading', { level: 2, name: /^Tehtävät: / });
const picker = (label: string) => screen.findByLabelText<HTMLSelectElement>(label);

describe('the month’s address', () => {
  it('completes a bare address with the first class and this month', async () => {
    const db = await seededDb();
    const { memory } = await renderAppAt(db, NOVEMBER_DAY);
    await waitFor(() => expect(memory.history).toEqual(['/month/g-2026-eskari/2026-11']));
    expect((await monthHeading()).textContent).toBe('Tehtävät: marraskuu 2026');
    await waitFor(async () => expect(await getMeta(db, 'selectedGroupId')).toBe('g-2026-eskari'));
  });

  it('opens the remembered class at the bare address', async () => {
    const db = await seededDb();
    await setMeta(db, 'selectedGroupId', groupId('g-2026-7a'));
    const { memory } = await renderAppAt(db, NOVEMBER_DAY);
    await waitFor(() => expect(memory.history).toEqual(['/month/g-2026-7a/2026-11']));
    expect((await picker('Luokka')).value).toBe('g-2026-7a');
  });

  it('opens a class and month from the address, and a new class keeps the month', async () => {
    const db = await seededDb();
    const { memory } = await renderAppAt(db, NOVEMBER_DAY, '/month/g-2026-3a/2027-03');
    expect((await monthHeading()).textContent).toBe('Tehtävät: maaliskuu 2027');
    expect((await picker('Luokka')).value).toBe('g-2026-3a');
    await userEvent.setup().selectOptions(await picker('Luokka'), 'g-2026-7a');
    await waitFor(() =>
      expect(memory.history).toEqual(['/month/g-2026-3a/2027-03', '/month/g-2026-7a/2027-03']),
    );
    await waitFor(async () => expect(await getMeta(db, 'selectedGroupId')).toBe('g-2026-7a'));
  });

  it('moves the class just chosen to the next month, also before its tasks have loaded', async () => {
    const db = await seededDb();
    const { memory } = await renderAppAt(db, NOVEMBER_DAY, '/month/g-2026-3a/2026-11');
    await monthHeading();
    // Both at once, as a quick hand does: the new class's read has not come back yet.
    fireEvent.change(await picker('Luokka'), { target: { value: 'g-2026-7a' } });
    fireEvent.click(screen.getByRole('button', { name: /Seuraava kuukausi/ }));
    await waitFor(() => expect(memory.history.at(-1)).toBe('/month/g-2026-7a/2026-12'));
    expect((await picker('Luokka')).value).toBe('g-2026-7a');
  });

  it.each([
    ['/month/g-2026-3a/2027-08', '/month/g-2026-3a/2027-06', 'kesäkuu 2027'],
    ['/month/g-2026-3a/2026-07', '/month/g-2026-3a/2026-08', 'elokuu 2026'],
    ['/month/g-2026-3a/marraskuu', '/month/g-2026-3a/2026-11', 'marraskuu 2026'],
    ['/month/g-2026-3a', '/month/g-2026-3a/2026-11', 'marraskuu 2026'],
  ])('corrects %s to %s, inside the school year', async (path, corrected, month) => {
    const db = await seededDb();
    const { memory } = await renderAppAt(db, NOVEMBER_DAY, path);
    await waitFor(() => expect(memory.history).toEqual([corrected]));
    expect((await monthHeading()).textContent).toBe(`Tehtävät: ${month}`);
  });

  it('moves month by month within the school year, and no further', async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    const { memory } = await renderAppAt(db, NOVEMBER_DAY, '/month/g-2026-3a/2027-05');
    const nav = await screen.findByRole('group', { name: 'Kuukauden valinta' });
    const next = within(nav).getByRole('button', { name: /Seuraava kuukausi/ });
    await user.click(next);
    await waitFor(async () => expect((await monthHeading()).textContent).toMatch(/kesäkuu 2027/));
    expect(next.getAttribute('aria-disabled')).toBe('true');
    await user.click(next);
    expect(memory.history).toEqual(['/month/g-2026-3a/2027-05', '/month/g-2026-3a/2027-06']);
    expect((await monthHeading()).textContent).toBe('Tehtävät: kesäkuu 2027');
    expect(document.activeElement).toBe(next);

    cleanup();
    await renderAppAt(db, NOVEMBER_DAY, '/month/g-2026-3a/2026-08');
    const previous = await screen.findByRole('button', { name: /Edellinen kuukausi/ });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
  });

  it('picks another school year: the same class and month there, its own school days', async () => {
    const db = await seededDb();
    const { memory } = await renderAppAt(db, NOVEMBER_DAY, '/month/g-2026-3a/2026-11');
    const years = await picker('Lukuvuosi');
    expect([...years.options].map((o) => o.textContent)).toEqual(['2025–2026', '2026–2027']);
    await userEvent.setup().selectOptions(years, '2025–2026');
    await waitFor(() => expect(memory.history.at(-1)).toBe('/month/g-2025-3a/2025-11'));
    expect((await monthHeading()).textContent).toBe('Tehtävät: marraskuu 2025');
    // Jämsä 2025-2026: 190 less Epiphany (Tue) and May Day (Fri); school-calendar.test.ts counts.
    expect(await screen.findByText('Lukuvuosi 6.8.2025–30.5.2026, 188 koulupäivää')).toBeTruthy();
  });

  it('says so when the address names a class this device does not have', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY, '/month/g-1999-9z/2026-11');
    expect(
      await screen.findByText('Osoitteen luokkaa ei ole tämän laitteen tiedoissa.'),
    ).toBeTruthy();
    expect(
      screen.getByRole('link', { name: 'Avaa oman luokan kuukausi' }).getAttribute('href'),
    ).toBe('/');
  });

  it('shows a translated page for an address that names no view', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY, '/no-such-view');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sivua ei löydy' })).toBeTruthy();
  });
});
