// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectToServer } from '@/db/connect';
import { unsyncedCount } from '@/db/queries';
import { schoolId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { SessionUser } from '@/domain/sync/protocol';
import { renderAppAt, seededDb } from './render-app';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const NOVEMBER_DAY = '2026-11-10' as LocalDate;
const THREE_A = '/month/g-2026-3a/2026-11';
const EARLIER = /^Myöhässä aiemmilta kuukausilta: (\d+) tehtävä/;

// The section renders once the browser is idle after the month's own cards (useIdle): on a
// loaded machine jsdom took over findBy's default second for it once in a full run.
const overdueSection = () => screen.findByRole('region', { name: EARLIER }, { timeout: 10_000 });
const countIn = (section: HTMLElement) =>
  Number(EARLIER.exec(within(section).getByRole('heading').textContent ?? '')?.[1]);

function user(role: SessionUser['role'], schools: string[], groups: string[]): SessionUser {
  return {
    username: role,
    displayName: 'Olli Opettaja',
    role,
    organizationId: 'org-demo',
    schools,
    groups,
  };
}

describe('overdue tasks of earlier months', () => {
  it('come after this month’s, in a section whose heading counts them', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY, THREE_A);
    const overdue = await overdueSection();
    const month = screen.getByRole('region', { name: 'Tehtävät: marraskuu 2026' });
    // The month is first in the document, the earlier months' overdue ones after it.
    expect(month.compareDocumentPosition(overdue) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const cards = within(overdue).getAllByRole('listitem');
    expect(cards.length).toBeGreaterThan(1);
    expect(countIn(overdue)).toBe(cards.length);
    for (const card of cards) expect(within(card).getByText('Myöhässä')).toBeTruthy();
  });

  it('follow once the browser is idle, not with the month’s own cards', async () => {
    // The browser's idle callbacks, run when the test says the browser is idle.
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY, THREE_A);
    await screen.findAllByRole('checkbox');
    // Whatever renders right after the first render has rendered (the browser not yet idle): a
    // tick made now does not wait for a dozen more cards to render and lay out.
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(screen.queryByRole('region', { name: EARLIER })).toBeNull();
    expect(idle.length).toBeGreaterThan(0);
    act(() => idle.splice(0).forEach((callback) => callback()));
    expect(countIn(await overdueSection())).toBeGreaterThan(1);
  });

  it('a ticked one stays in place as done, with its undo and the focus, until the view is left', async () => {
    const db = await seededDb();
    const userEv = userEvent.setup();
    await renderAppAt(db, NOVEMBER_DAY, THREE_A);
    const overdue = await overdueSection();
    const before = countIn(overdue);
    const card = within(overdue).getAllByRole('listitem')[0]!;
    const box = within(card).getByRole<HTMLInputElement>('checkbox');
    await userEv.click(box);
    expect(await within(card).findByText(/^Tehty 10\.11\.2026/)).toBeTruthy();
    await waitFor(() => expect(countIn(overdue)).toBe(before - 1));
    expect(card.isConnected).toBe(true);
    expect(box.checked).toBe(true);
    expect(document.activeElement).toBe(box);
    expect(within(card).getByRole('button', { name: 'Kumoa' })).toBeTruthy();
    expect(within(card).queryByText('Myöhässä')).toBeNull();

    // Leaving the month and coming back: the done card is no longer among the overdue ones.
    await userEv.click(screen.getByRole('button', { name: /Seuraava kuukausi/ }));
    await screen.findByRole('region', { name: 'Tehtävät: joulukuu 2026' });
    await userEv.click(screen.getByRole('button', { name: /Edellinen kuukausi/ }));
    const again = await overdueSection();
    expect(within(again).getAllByRole('listitem')).toHaveLength(before - 1);
  });
});

describe('tracking from a day (a year adopted mid-way)', () => {
  it('hides what ended before the day, as a school plan change with its outbox entry', async () => {
    const db = await seededDb();
    const userEv = userEvent.setup();
    await renderAppAt(db, NOVEMBER_DAY, THREE_A);
    const overdue = await overdueSection();
    await userEv.click(
      within(overdue).getByText(
        'Aloititteko kesken lukuvuoden? Seuraa tehtäviä vasta tietystä päivästä alkaen',
      ),
    );
    // The form's code and the later strings load when the prompt is first opened (in Vitest
    // they are transformed on first import, which takes seconds on a loaded machine).
    const day = await within(overdue).findByLabelText<HTMLInputElement>(
      'Seurannan alkupäivä',
      {},
      { timeout: 15_000 },
    );
    // The first weekday of the month is suggested (the 1st of November 2026 is a Sunday).
    expect(day.value).toBe('2026-11-02');
    await userEv.click(within(overdue).getByRole('button', { name: 'Tallenna alkupäivä' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: EARLIER })).toBeNull());
    expect(screen.getByText('Tehtäviä seurataan 2.11.2026 alkaen.')).toBeTruthy();
    expect(await db.schools.get(schoolId('school-demo'))).toMatchObject({
      trackingFrom: '2026-11-02',
    });
    const entries = await db.outbox.toArray();
    expect(entries.map((e) => [e.entity, e.op, e.patch])).toEqual([
      ['school', 'patch', { trackingFrom: '2026-11-02' }],
    ]);
  });

  it('refuses a day after today with a translated error and changes nothing', async () => {
    const db = await seededDb();
    const userEv = userEvent.setup();
    await renderAppAt(db, NOVEMBER_DAY, THREE_A);
    const overdue = await overdueSection();
    await userEv.click(within(overdue).getByText(/^Aloititteko kesken lukuvuoden\?/));
    const day = await within(overdue).findByLabelText(
      'Seurannan alkupäivä',
      {},
      { timeout: 15_000 },
    );
    fireEvent.change(day, {
      target: { value: '2026-11-11' },
    });
    await userEv.click(within(overdue).getByRole('button', { name: 'Tallenna alkupäivä' }));
    expect((await within(overdue).findByRole('alert')).textContent).toBe(
      'Valitse päivä, joka on viimeistään tänään.',
    );
    expect(await db.outbox.count()).toBe(0);
    expect((await db.schools.get(schoolId('school-demo')))?.trackingFrom).toBeUndefined();
  });

  it.each([
    ['a teacher', false, user('teacher', ['school-demo'], ['g-2026-3a'])],
    ['the principal', true, user('principal', ['school-demo'], [])],
    ['another school’s principal', false, user('principal', ['school-other'], [])],
  ])('is offered to %s: %s', async (_, offered, who) => {
    const db = await seededDb();
    await connectToServer(db, { serverUrl: 'https://vk.test', user: who });
    await renderAppAt(db, NOVEMBER_DAY, THREE_A);
    await overdueSection();
    expect(screen.queryByText(/^Aloititteko kesken lukuvuoden\?/) !== null).toBe(offered);
  });
});

describe('ticks and notes', () => {
  it('a signed-in user’s tick carries the account’s name, not the local one', async () => {
    const db = await seededDb();
    await db.meta.put({ key: 'userName', value: 'Paikallinen Nimi' });
    await connectToServer(db, {
      serverUrl: 'https://vk.test',
      user: user('teacher', ['school-demo'], ['g-2026-3a']),
    });
    await renderAppAt(db, NOVEMBER_DAY, THREE_A);
    const month = await screen.findByRole('region', { name: 'Tehtävät: marraskuu 2026' });
    const [box] = await within(month).findAllByRole('checkbox');
    await userEvent.setup().click(box!);
    expect(await within(month).findByText('Tehty 10.11.2026, Olli Opettaja')).toBeTruthy();
    expect((await db.outbox.toArray()).map((e) => e.patch)).toContainEqual(
      expect.objectContaining({ by: 'Olli Opettaja' }),
    );
  });

  it('refuses a note with a personal identity code, says why by the field, and keeps the text', async () => {
    const db = await seededDb();
    const userEv = userEvent.setup();
    await renderAppAt(db, NOVEMBER_DAY, THREE_A);
    const month = await screen.findByRole('region', { name: 'Tehtävät: marraskuu 2026' });
    // A card's note field is in its details, built (its code loaded) when they are opened.
    await userEv.click(within(month).getAllByText('Kuvaus')[0]!);
    const [note] = await within(month).findAllByLabelText<HTMLTextAreaElement>('Muistiinpano');
    await userEv.click(note!);
    await userEv.paste('Soita kotiin, 131052-308T');
    await userEv.click(within(month).getAllByRole('button', { name: 'Tallenna muistiinpano' })[0]!);
    const alert = await within(month).findByRole('alert');
    expect(alert.textContent).toBe(
      'Muistiinpanossa on henkilötunnus. Vuosikelloon ei tallenneta oppilaiden tietoja: poista tunnus ja tallenna uudelleen.',
    );
    expect(note!.getAttribute('aria-describedby')?.split(' ')).toContain(alert.id);
    expect(note!.value).toBe('Soita kotiin, 131052-308T');
    expect(await unsyncedCount(db)).toBe(0);
    expect(await db.progress.count()).toBe(0);
  });
});
