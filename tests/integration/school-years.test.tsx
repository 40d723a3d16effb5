// @vitest-environment jsdom
/**
 * The school year editor (/school-years): the year of today in a form, the school days counted
 * as the user edits, translated errors next to the fields and nothing saved from an invalid
 * draft, a new year from the Finnish defaults, and read-only for a principal.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { connectToServer } from '@/db/connect';
import type { VuosikelloDb } from '@/db/database';
import { listSchoolYears, unsyncedCount } from '@/db/queries';
import type { LocalDate } from '@/domain/local-date';
import { renderAppAt, seededDb } from './render-app';

afterEach(cleanup);

const SETTLE = { timeout: 5_000 };
const NOVEMBER_DAY = '2026-11-10' as LocalDate;

async function open(db: VuosikelloDb, path = '/school-years') {
  const view = await renderAppAt(db, NOVEMBER_DAY, path);
  await screen.findByRole('heading', { level: 1, name: 'Lukuvuodet' }, SETTLE);
  return view;
}

const count = () => document.querySelector('.sy-count')?.textContent;
/** The n-th break's group of fields (1-based, as the form numbers them). */
const breakGroup = (n: number) => screen.getByRole('group', { name: new RegExp(`^Loma ${n}:`) });

describe('the school year editor', () => {
  it('opens today’s year with its school days, breaks and computed holidays', async () => {
    const db = await seededDb();
    await open(db);
    expect(await screen.findByRole('heading', { name: 'Lukuvuosi 2026–2027' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Ensimmäinen koulupäivä').value).toBe(
      '2026-08-12',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Viimeinen koulupäivä').value).toBe(
      '2027-06-05',
    );
    // Jämsä publishes 189: 190 less Epiphany on a Wednesday.
    expect(count()).toBe('Koulupäiviä: 189');
    expect(document.querySelector('.sy-warnings')).toBeNull();
    expect(within(breakGroup(3)).getByLabelText<HTMLInputElement>('Alkaa').value).toBe(
      '2027-03-01',
    );
    const table = screen.getByRole('table');
    const row = (name: string) =>
      [...within(table).getByRole('rowheader', { name }).closest('tr')!.cells].map(
        (c) => c.textContent,
      );
    // Ascension Day is a weekday of the spring term; Epiphany is in the Christmas break.
    expect(row('Helatorstai')).toEqual(['to 6.5.2027', 'Helatorstai', 'kyllä']);
    expect(row('Loppiainen')).toEqual(['ke 6.1.2027', 'Loppiainen', 'ei']);
    expect(row('Juhannuspäivä')).toEqual(['la 26.6.2027', 'Juhannuspäivä', 'ei']);
  });

  it('counts the school days as the user edits and saves the moved winter break', async () => {
    const db = await seededDb();
    await open(db);
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: 'Lukuvuosi 2026–2027' });
    await user.click(screen.getByRole('button', { name: 'Poista loma 3' }));
    expect(count()).toBe('Koulupäiviä: 194');
    expect(screen.getByText('Koulupäiviä on 194, laskennallinen määrä on 189.')).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Talvilomaviikko'), '8');
    await user.click(screen.getByRole('button', { name: 'Aseta talviloma' }));
    expect(count()).toBe('Koulupäiviä: 189');
    expect(within(breakGroup(3)).getByLabelText<HTMLInputElement>('Alkaa').value).toBe(
      '2027-02-22',
    );
    const before = await unsyncedCount(db);
    await user.click(screen.getByRole('button', { name: 'Tallenna lukuvuosi' }));
    expect(await screen.findByText('Tallennettu.', {}, SETTLE)).toBeTruthy();
    const [, stored] = await listSchoolYears(db);
    expect(stored?.breaks.find((b) => b.kind === 'winter')).toEqual({
      kind: 'winter',
      start: '2027-02-22',
      end: '2027-02-26',
    });
    expect(await unsyncedCount(db)).toBe(before + 1);
  });

  it('shows translated errors next to the fields and saves nothing from an invalid draft', async () => {
    const db = await seededDb();
    await open(db);
    await screen.findByRole('heading', { name: 'Lukuvuosi 2026–2027' });
    const last = screen.getByLabelText<HTMLInputElement>('Viimeinen koulupäivä');
    fireEvent.change(last, { target: { value: '2026-08-01' } });
    fireEvent.blur(last);
    expect(
      await screen.findByText('Viimeisen koulupäivän on oltava ensimmäisen jälkeen.'),
    ).toBeTruthy();
    expect(last.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(last.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Viimeisen koulupäivän on oltava ensimmäisen jälkeen.',
    );
    fireEvent.change(last, { target: { value: '2027-06-05' } });
    const end = within(breakGroup(1)).getByLabelText<HTMLInputElement>('Päättyy');
    fireEvent.change(end, { target: { value: '2026-10-01' } });
    const before = await unsyncedCount(db);
    const yearBefore = await listSchoolYears(db);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tallenna lukuvuosi' }));
    expect(await screen.findByText('Lukuvuotta ei tallennettu: korjaa 1 virhe.')).toBeTruthy();
    expect(
      within(breakGroup(1)).getByText('Loma ei voi päättyä ennen kuin se alkaa.'),
    ).toBeTruthy();
    expect(document.activeElement).toBe(end);
    expect(await unsyncedCount(db)).toBe(before);
    expect(await listSchoolYears(db)).toEqual(yearBefore);
  });

  it('makes a new school year from the Finnish defaults and saves it', async () => {
    const db = await seededDb();
    const { memory } = await open(db, '/school-years/new');
    const user = userEvent.setup();
    const year = await screen.findByLabelText<HTMLInputElement>('Syksyn vuosi');
    expect(year.value).toBe('2027');
    const form = year.closest('form')!;
    await user.selectOptions(within(form).getByLabelText('Talvilomaviikko'), '10');
    await user.click(screen.getByRole('button', { name: 'Tee luonnos' }));
    expect(await screen.findByRole('heading', { name: 'Lukuvuosi 2027–2028' })).toBeTruthy();
    expect(screen.getByLabelText<HTMLInputElement>('Ensimmäinen koulupäivä').value).toBe(
      '2027-08-18',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Viimeinen koulupäivä').value).toBe(
      '2028-06-03',
    );
    await user.click(screen.getByRole('button', { name: 'Tallenna lukuvuosi' }));
    await waitFor(() => expect(memory.history?.at(-1)).toBe('/school-years/sy-2027'), SETTLE);
    const stored = (await listSchoolYears(db)).find((y) => y.startYear === 2027);
    expect(stored?.breaks).toEqual([
      { kind: 'autumn', start: '2027-10-18', end: '2027-10-22' },
      { kind: 'christmas', start: '2027-12-18', end: '2028-01-06' },
      { kind: 'winter', start: '2028-03-06', end: '2028-03-10' },
    ]);
    expect(stored?.extraSchoolDays).toEqual(['2028-06-03']);
    // A year that exists is refused.
    await user.click(await screen.findByRole('link', { name: 'Uusi lukuvuosi' }));
    const again = await screen.findByLabelText<HTMLInputElement>('Syksyn vuosi');
    await user.clear(again);
    await user.type(again, '2026');
    await user.click(screen.getByRole('button', { name: 'Tee luonnos' }));
    expect(await screen.findByText('Lukuvuosi 2026–2027 on jo olemassa.')).toBeTruthy();
  });

  it('is read-only for a principal', async () => {
    const db = await seededDb();
    await connectToServer(db, {
      serverUrl: 'https://vk.test',
      user: {
        username: 'rehtori',
        displayName: 'Riitta',
        role: 'principal',
        organizationId: 'org-demo',
        schools: ['school-demo'],
        groups: [],
      },
    });
    await open(db);
    await screen.findByRole('heading', { name: 'Lukuvuosi 2026–2027' });
    expect(
      screen.getByText('Vain koordinaattori voi muuttaa lukuvuosia. Näet lukuvuoden tiedot alla.'),
    ).toBeTruthy();
    // Disabled by its fieldset.
    expect(screen.getByLabelText('Ensimmäinen koulupäivä').matches(':disabled')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Tallenna lukuvuosi' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Uusi lukuvuosi' })).toBeNull();
    expect(count()).toBe('Koulupäiviä: 189');
  });
});
