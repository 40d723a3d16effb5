// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import i18next from 'i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppHeader } from '@/app/app-header';
import { connectToServer } from '@/db/connect';
import { getMeta, setMeta } from '@/db/meta';
import { unsyncedCount } from '@/db/queries';
import { groupId } from '@/domain/ids';
import { whenIdle } from '@/ui/idle';
import type { LocalDate } from '@/domain/local-date';
import { leavingAsks, openAppAt, renderAppAt, seededDb, watchOptionChoices } from './render-app';

afterEach(cleanup);

const NOVEMBER_DAY = '2026-11-10' as LocalDate;

async function monthSection() {
  return screen.findByRole('region', { name: 'Tehtävät: marraskuu 2026' });
}

describe('the teacher’s month', () => {
  it('shows the chosen class’s November tasks with their windows in Finnish', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY);
    const section = await monthSection();
    const items = await within(section).findAllByRole('listitem');
    expect(items.length).toBeGreaterThan(2);
    // Week 45 is the substance-abuse prevention week; every window names its ISO weeks.
    expect(within(section).getAllByText(/viikko 45|viikot 4[45]/).length).toBeGreaterThan(0);
    // Jämsä 2026-2027: 190 less Epiphany on a Wednesday (school-calendar.test.ts counts them).
    expect(screen.getByText('Lukuvuosi 12.8.2026–5.6.2027, 189 koulupäivää')).toBeTruthy();
  });

  it('keeps the pickers and the language choice each in a form of their own that submits nothing', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY, '/', (ui) => (
      <>
        <AppHeader />
        {ui}
      </>
    ));
    await monthSection();
    // Chromium's autofill reads a changed select's form (choice-form.tsx): not every control.
    const forms = ['Lukuvuosi', 'Luokka', 'Teema', 'Kieli'].map((label) =>
      screen.getByLabelText(label).closest('form')!,
    );
    expect(forms[0]).not.toBeNull();
    expect(new Set(forms).size).toBe(2);
    expect(forms[3]).not.toBe(forms[0]);
    expect(forms[0]!.contains(screen.getByRole('button', { name: /Seuraava kuukausi/ }))).toBe(
      true,
    );
    expect(
      screen.getByRole('region', { name: 'Tehtävät: marraskuu 2026' }).closest('form'),
    ).toBeNull();
    for (const form of new Set(forms)) expect(fireEvent.submit(form!)).toBe(false);
  });

  it('ticks a task: a local write with one outbox entry, then undo', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY);
    const user = userEvent.setup();
    const section = await monthSection();
    const [checkbox] = await within(section).findAllByRole('checkbox');
    await user.click(checkbox!);
    await waitFor(() => expect((checkbox as HTMLInputElement).checked).toBe(true));
    // Shown at once; stored once the frame showing it has painted (after-paint.ts).
    expect(await within(section).findByText(/Tehty 10\.11\.2026/)).toBeTruthy();
    expect(await unsyncedCount(db)).toBe(1);

    await user.click(within(section).getAllByRole('button', { name: 'Kumoa' })[0]!);
    await waitFor(() => expect((checkbox as HTMLInputElement).checked).toBe(false));
    await waitFor(async () => expect(await unsyncedCount(db)).toBe(2));
  });

  it('shows a tick at once, before its durable write has committed', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY);
    const section = await monthSection();
    const [checkbox] = await within(section).findAllByRole('checkbox');
    fireEvent.click(checkbox!);
    // Nothing awaited yet: the IndexedDB transaction is still running, and closing would ask.
    expect((checkbox as HTMLInputElement).checked).toBe(true);
    expect(leavingAsks()).toBe(true);
    expect(await within(section).findByText(/Tehty 10\.11\.2026/)).toBeTruthy();
    expect((checkbox as HTMLInputElement).checked).toBe(true);
    expect(await unsyncedCount(db)).toBe(1);
    expect(leavingAsks()).toBe(false);
  });

  it('starts a tick’s durable write once the frame showing the tick has painted', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY);
    const section = await monthSection();
    const [checkbox] = await within(section).findAllByRole('checkbox');
    // The browser's next frame comes when the test says, and the limit for a tab that paints
    // none does not pass meanwhile (after-paint.ts).
    const frame: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frame.push(callback),
    );
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      fireEvent.click(checkbox!);
      expect((checkbox as HTMLInputElement).checked).toBe(true);
      // Time enough for a write started at the click to commit.
      const until = performance.now() + 300;
      while (performance.now() < until) await new Promise((resolve) => setImmediate(resolve));
      expect(await unsyncedCount(db)).toBe(0);
      for (const callback of frame.splice(0)) callback(0);
    } finally {
      vi.useRealTimers();
      vi.unstubAllGlobals();
    }
    expect(await within(section).findByText(/Tehty 10\.11\.2026/)).toBeTruthy();
    expect(await unsyncedCount(db)).toBe(1);
  });

  it('holds work left for idle moments until the tick shows stored', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY);
    const section = await monthSection();
    const [checkbox] = await within(section).findAllByRole('checkbox');
    fireEvent.click(checkbox!);
    // Asked while the write is under way (here the next timer turn is an idle moment): it runs
    // only once the card shows its stored "done" line.
    const storedWhenRun: boolean[] = [];
    whenIdle(() => storedWhenRun.push(within(section).queryByText(/Tehty 10\.11\.2026/) !== null));
    expect(await within(section).findByText(/Tehty 10\.11\.2026/)).toBeTruthy();
    await waitFor(() => expect(storedWhenRun).toEqual([true]));
  });

  it('a tick renders its card’s state again, not its facts (window, theme, who is responsible)', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY);
    const section = await monthSection();
    const [checkbox] = await within(section).findAllByRole('checkbox');
    const translated = vi.spyOn(i18next, 't');
    try {
      fireEvent.click(checkbox!);
      expect(await within(section).findByText(/Tehty 10\.11\.2026/)).toBeTruthy();
      const keys = translated.mock.calls.map(([key]) => String(key));
      // The card rendered again (its undo button and its "done" line)...
      expect(keys).toContain('action.undo');
      expect(keys).toContain('action.doneOn');
      // ...and its facts did not, neither with the click nor once the write was stored.
      expect(keys.filter((key) => key === 'action.responsible' || key.startsWith('role.'))).toEqual(
        [],
      );
    } finally {
      translated.mockRestore();
    }
  });

  it('a tick and its stored write leave the year, class and theme choices as they are', async () => {
    const db = await seededDb();
    const { memory } = await renderAppAt(db, NOVEMBER_DAY);
    const section = await monthSection();
    const [checkbox] = await within(section).findAllByRole('checkbox');
    const choices = watchOptionChoices();
    try {
      fireEvent.click(checkbox!);
      // The month's count comes from the stored rows: the page rendered again with them.
      expect(await within(section).findByText(/^1 \/ \d+ tehty$/)).toBeTruthy();
      expect(choices.selects).toEqual([]);
    } finally {
      choices.stop();
    }
    // The handlers the choices kept still act on the place shown: the theme narrows this class's
    // November, the other school year opens the same class's November there.
    const place = memory.history.at(-1)!;
    const theme = screen.getByLabelText('Teema') as HTMLSelectElement;
    const themeId = theme.options[1]!.value;
    fireEvent.change(theme, { target: { value: themeId } });
    await waitFor(() => expect(memory.history.at(-1)).toBe(`${place}?theme=${themeId}`));
    fireEvent.change(screen.getByLabelText('Lukuvuosi'), { target: { value: 'sy-2025' } });
    await waitFor(() =>
      expect(memory.history.at(-1)).toMatch(/^\/month\/g-2025-[^/]+\/2025-11\?theme=/),
    );
  });

  it('settles on the last of two quick clicks, and stops asking before closing', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY);
    const section = await monthSection();
    const [checkbox] = await within(section).findAllByRole<HTMLInputElement>('checkbox');
    fireEvent.click(checkbox!);
    fireEvent.click(checkbox!);
    expect(checkbox!.checked).toBe(false);
    await waitFor(async () => expect(await unsyncedCount(db)).toBe(2));
    await waitFor(() => expect(leavingAsks()).toBe(false));
    expect(checkbox!.checked).toBe(false);
    expect(within(section).queryByText(/Tehty 10\.11\.2026/)).toBeNull();
  });

  it('a tick whose write fails shows the stored state again with a translated error', async () => {
    const db = await seededDb();
    // A name longer than allowed (set past the settings form's check) makes the tick refuse.
    await db.meta.put({ key: 'userName', value: 'x'.repeat(81) });
    await renderAppAt(db, NOVEMBER_DAY);
    const user = userEvent.setup();
    const section = await monthSection();
    const [checkbox] = await within(section).findAllByRole('checkbox');
    await user.click(checkbox!);
    expect(await within(section).findByRole('alert')).toHaveProperty(
      'textContent',
      'Nimi on liian pitkä (enintään 80 merkkiä).',
    );
    expect((checkbox as HTMLInputElement).checked).toBe(false);
    expect(await unsyncedCount(db)).toBe(0);
  });

  it('rejects a note that is too long with a translated error and writes nothing', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY);
    const user = userEvent.setup();
    const section = await monthSection();
    // A card's note field is in its details, built (its code loaded) when they are opened.
    await user.click(within(section).getAllByText('Kuvaus')[0]!);
    const [note] = await within(section).findAllByLabelText('Muistiinpano');
    await user.click(note!);
    await user.paste('x'.repeat(501));
    await user.click(within(section).getAllByRole('button', { name: 'Tallenna muistiinpano' })[0]!);
    expect(await within(section).findByRole('alert')).toHaveProperty(
      'textContent',
      'Muistiinpano on liian pitkä (enintään 500 merkkiä).',
    );
    expect(await unsyncedCount(db)).toBe(0);
  });

  it('filters by theme, kept in the address, and moves between months with next month previewed', async () => {
    const db = await seededDb();
    const { memory } = await renderAppAt(db, NOVEMBER_DAY);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Luokka'), 'g-2026-3a');
    const section = await monthSection();
    await within(section).findByText('Teematunti: hyvinvointi ja terveys');
    const preview = screen.getByRole('region', { name: 'Ensi kuussa: joulukuu 2026' });
    expect(within(preview).getByText(/Teematunti: itsetuntemus ja itsetunto/)).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Teema'), 'Poissaolojen ehkäisy');
    await waitFor(() =>
      expect(within(section).queryByText('Teematunti: hyvinvointi ja terveys')).toBeNull(),
    );
    expect(within(section).getByText('Poissaolokatsaus')).toBeTruthy();
    const narrowed = '/month/g-2026-3a/2026-11?theme=theme-absence-prevention';
    await waitFor(() => expect(memory.history.at(-1)).toBe(narrowed));

    // The next month keeps the theme.
    await user.click(screen.getByRole('button', { name: /Seuraava kuukausi/ }));
    await screen.findByRole('region', { name: 'Tehtävät: joulukuu 2026' });
    await waitFor(() =>
      expect(memory.history.at(-1)).toBe('/month/g-2026-3a/2026-12?theme=theme-absence-prevention'),
    );
    await user.selectOptions(screen.getByLabelText('Teema'), 'Kaikki teemat');
    const december = await screen.findByRole('region', { name: 'Tehtävät: joulukuu 2026' });
    await waitFor(() =>
      expect(within(december).getByText(/Teematunti: itsetuntemus ja itsetunto/)).toBeTruthy(),
    );
    expect(memory.history.at(-1)).toBe('/month/g-2026-3a/2026-12');
    // Only the month holding today carries the overdue ones of earlier months.
    expect(screen.queryByRole('region', { name: /^Myöhässä aiemmilta kuukausilta/ })).toBeNull();

    // Opened again at the narrowed address (a reload), the month is narrowed to the theme.
    cleanup();
    await renderAppAt(db, NOVEMBER_DAY, narrowed);
    const again = await monthSection();
    await within(again).findByText('Poissaolokatsaus');
    expect(screen.getByLabelText<HTMLSelectElement>('Teema').selectedOptions[0]?.text).toBe(
      'Poissaolojen ehkäisy',
    );
    expect(within(again).queryByText('Teematunti: hyvinvointi ja terveys')).toBeNull();
  });

  it('drops a theme that is none of the themes from the address, showing every task', async () => {
    const db = await seededDb();
    const { memory } = await renderAppAt(db, NOVEMBER_DAY, '/month/g-2026-3a/2026-11?theme=nope');
    const section = await monthSection();
    await within(section).findByText('Teematunti: hyvinvointi ja terveys');
    await waitFor(() => expect(memory.history.at(-1)).toBe('/month/g-2026-3a/2026-11'));
    expect(screen.getByLabelText<HTMLSelectElement>('Teema').value).toBe('');
  });

  it('opened on a returning device, reads the month through the early connection and follows it', async () => {
    const db = await seededDb();
    await setMeta(db, 'selectedGroupId', groupId('g-2026-3a'));
    // A plain connection, as early-open.ts opens it: the first read goes through it alone.
    const early = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(db.name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    // Dexie's connection closed: the month can only come through the early one.
    db.close();
    const { memory } = await openAppAt(db, NOVEMBER_DAY, '/', early);
    early.close();
    const section = await monthSection();
    await within(section).findByText('Poissaolokatsaus');
    await waitFor(() => expect(memory.history.at(-1)).toBe('/month/g-2026-3a/2026-11'));
    await db.open();
    // The watch follows the month from that read: a tick is stored and read back.
    const [checkbox] = await within(section).findAllByRole('checkbox');
    fireEvent.click(checkbox!);
    expect(await within(section).findByText(/Tehty 10\.11\.2026/)).toBeTruthy();
    expect(await unsyncedCount(db)).toBe(1);
  });

  it.each([
    [
      '/?theme=theme-absence-prevention',
      '/month/g-2026-3a/2026-11?theme=theme-absence-prevention',
      'Poissaolojen ehkäisy',
    ],
    ['/?theme=nope', '/month/g-2026-3a/2026-11', 'Kaikki teemat'],
    [
      '/month/g-2026-3a?theme=theme-absence-prevention',
      '/month/g-2026-3a/2026-11?theme=theme-absence-prevention',
      'Poissaolojen ehkäisy',
    ],
  ])('opened at %s, shows the month at %s narrowed to %s', async (path, address, theme) => {
    const db = await seededDb();
    await setMeta(db, 'selectedGroupId', groupId('g-2026-3a'));
    const { memory } = await openAppAt(db, NOVEMBER_DAY, path);
    const section = await monthSection();
    await within(section).findByText('Poissaolokatsaus');
    await waitFor(() => expect(memory.history.at(-1)).toBe(address));
    expect(screen.getByLabelText<HTMLSelectElement>('Teema').selectedOptions[0]?.text).toBe(theme);
    expect(within(section).queryByText('Teematunti: hyvinvointi ja terveys') === null).toBe(
      theme !== 'Kaikki teemat',
    );
  });

  it.each([
    [
      'a teacher',
      { role: 'teacher', schools: ['school-demo'], groups: ['g-2026-7a', 'g-2026-3a'] },
      ['3A', '7A'],
      'g-2026-3a',
    ],
    [
      'a principal',
      { role: 'principal', schools: ['school-demo'], groups: [] },
      'all',
      'g-2026-eskari',
    ],
    ['a coordinator', { role: 'coordinator', schools: [], groups: [] }, 'none', 'g-2026-eskari'],
  ] as const)(
    'lists the own classes of %s first and opens the first of them',
    async (_, scope, own, selected) => {
      const db = await seededDb();
      const user = {
        username: 'u',
        displayName: 'U',
        organizationId: 'org-demo',
        ...scope,
        schools: [...scope.schools],
        groups: [...scope.groups],
      };
      await connectToServer(db, { serverUrl: 'https://vk.test', user });
      await renderAppAt(db, NOVEMBER_DAY);
      const picker = await screen.findByLabelText<HTMLSelectElement>('Luokka');
      await waitFor(() => expect(picker.value).toBe(selected));
      const groups = [...picker.querySelectorAll('optgroup')].map((g) => [
        g.label,
        [...g.querySelectorAll('option')].map((o) => o.textContent?.split(' (')[0]),
      ]);
      const all = [...picker.querySelectorAll('option')].map((o) => o.textContent?.split(' (')[0]);
      if (own === 'none') expect(groups).toEqual([]);
      else if (own === 'all') expect(groups).toEqual([['Omat luokat', all]]);
      else {
        expect(groups).toEqual([
          ['Omat luokat', own],
          ['Muut luokat', all.filter((name) => !own.includes(name as never))],
        ]);
      }
    },
  );

  it('shows as view-only what the signed-in teacher may not mark, as the server would refuse', async () => {
    const db = await seededDb();
    await connectToServer(db, {
      serverUrl: 'https://vk.test',
      user: {
        username: 'opettaja',
        displayName: 'Olli',
        role: 'teacher',
        organizationId: 'org-demo',
        schools: ['school-demo'],
        groups: ['g-2026-3a'],
      },
    });
    await renderAppAt(db, NOVEMBER_DAY);
    const picker = await screen.findByLabelText<HTMLSelectElement>('Luokka');
    await waitFor(() => expect(picker.value).toBe('g-2026-3a'));
    const section = await monthSection();
    await within(section).findByText('Teematunti: hyvinvointi ja terveys');
    const cards = within(section).getAllByRole('listitem');
    const isSchoolTask = (card: HTMLElement) => within(card).queryByText('Koko koulu') !== null;
    const own = cards.filter((card) => !isSchoolTask(card));
    const school = cards.filter(isSchoolTask);
    expect(own.length).toBeGreaterThan(0);
    expect(school.length).toBeGreaterThan(0);
    const box = (card: HTMLElement) => within(card).getByRole<HTMLInputElement>('checkbox');
    for (const card of own) expect(box(card).disabled).toBe(false);
    for (const card of school) {
      expect(box(card).disabled).toBe(true);
      const described = box(card).getAttribute('aria-describedby')!.split(' ');
      expect(described.map((id) => document.getElementById(id)?.textContent)).toContain(
        'Vain katseltavissa: tunnuksesi ei voi merkitä tätä tehtävää.',
      );
      expect(within(card).queryByRole('button', { name: 'Ohita' })).toBeNull();
    }

    await userEvent.setup().selectOptions(picker, 'g-2026-7a');
    await waitFor(() =>
      expect(screen.queryByText('Teematunti: hyvinvointi ja terveys')).toBeNull(),
    );
    const other = await monthSection();
    const boxes = await within(other).findAllByRole<HTMLInputElement>('checkbox');
    expect(boxes.map((b) => b.disabled)).toEqual(boxes.map(() => true));
    expect(within(other).queryAllByRole('button', { name: 'Ohita' })).toEqual([]);
    expect(within(other).queryAllByLabelText('Muistiinpano')).toEqual([]);
  });

  it('remembers the chosen class', async () => {
    const db = await seededDb();
    const first = await renderAppAt(db, NOVEMBER_DAY);
    const user = userEvent.setup();
    await user.selectOptions(await screen.findByLabelText('Luokka'), 'g-2026-7a');
    await waitFor(async () => expect(await getMeta(db, 'selectedGroupId')).toBe('g-2026-7a'));
    first.unmount();
    await renderAppAt(db, NOVEMBER_DAY);
    await waitFor(async () =>
      expect((await screen.findByLabelText<HTMLSelectElement>('Luokka')).value).toBe('g-2026-7a'),
    );
  });
});
