// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalDate } from '@/domain/local-date';
import { changeLanguage } from '@/i18n/i18n';
import { renderAppAt, seededDb } from './render-app';

afterEach(cleanup);

const NOVEMBER_2026 = '2026-11-10' as LocalDate;
/** jsdom builds the whole plan's wheel (hundreds of SVG arcs and table rows) slowly on a busy machine. */
const SLOW_DOM = 60_000;

/**
 * The wheel named `name` (its <title>, which names the group). Found by selector: a role query
 * computes the role of each of the figure's thousands of SVG elements, which takes seconds in jsdom.
 */
function figure(name: string | RegExp = /^Vuosikello 2026–2027/): Promise<HTMLElement> {
  return waitFor(() => {
    const svg = document.querySelector<HTMLElement>('svg.wheel-figure[role="group"]');
    const title = svg?.querySelector(`#${svg.getAttribute('aria-labelledby')}`)?.textContent;
    if (!svg || !title || !(typeof name === 'string' ? title === name : name.test(title))) {
      throw new Error(`no wheel named ${String(name)} (${title})`);
    }
    return svg;
  });
}
/** The wheel's button: the arc in the tab order (a role query over SVG is slow in jsdom). */
const button = (fig: HTMLElement) => fig.querySelector<HTMLElement>('[role="button"]');
/** How many arc outlines the figure draws (the arcs of a colour are one path). */
const outlines = (fig: HTMLElement) =>
  [...fig.querySelectorAll('[data-arcs] > path')].reduce(
    (n, path) => n + (path.getAttribute('d')?.match(/Z/g)?.length ?? 0),
    0,
  );
const focused = () => document.activeElement?.getAttribute('aria-label') ?? '';
/** Moves the focused arc button with ArrowRight until its name starts with `task`. */
async function arrowTo(user: ReturnType<typeof userEvent.setup>, task: string) {
  for (let i = 0; i < 120 && !focused().startsWith(`${task},`); i++) {
    await user.keyboard('{ArrowRight}');
  }
  return focused();
}
/** The key's ring list, inside out. */
const rings = () =>
  [...document.querySelectorAll('.wheel-legend-rings li')].map(
    (li) => li.lastElementChild?.textContent,
  );

/** The task's details, once open (waitFor retries until they are). */
const openDetail = () =>
  waitFor(() => {
    const detail = document.querySelector<HTMLElement>('.wheel-detail');
    if (!detail) throw new Error('no details open');
    return detail;
  });

describe('the annual wheel', () => {
  it(
    'draws the year’s tasks in a ring per grade, with the school’s and the municipality’s',
    async () => {
      const db = await seededDb();
      await renderAppAt(db, NOVEMBER_2026, '/wheel');
      const fig = await figure();
      expect(rings()).toEqual([
        'esiopetus',
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((g) => `${g}. luokka`),
        'Koulun tehtävät',
        'Kunnan tehtävät',
      ]);
      // The table lists as many tasks as the figure draws arcs, and says so.
      const table = document.querySelector('table.wheel-table')!;
      expect(table.querySelector('caption')?.textContent).toBe(
        'Vuosikellon tehtävät 2026–2027: sama sisältö kuin kuvassa',
      );
      const count = outlines(fig);
      expect(count).toBeGreaterThan(100);
      expect(table.querySelectorAll('tbody tr')).toHaveLength(count);
      expect(document.querySelector('.wheel-count[role="status"]')?.textContent).toBe(
        `${count} tehtävää vuosikellossa`,
      );
      // One arc at a time is in the tab order: a button named by its task, window, weeks and ring.
      expect(fig.querySelectorAll('[tabindex]')).toHaveLength(1);
      const rowNames = [...table.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.children]
          .slice(0, 4)
          .map((td) => td.textContent)
          .join(', '),
      );
      expect(rowNames).toContain(
        'Terveiden valintojen viikko, ma 2.11. – pe 6.11.2026, viikko 45, 3. luokka',
      );
      expect(rowNames).toContain(button(fig)?.getAttribute('aria-label'));
      // The breaks and holidays are named with their dates.
      expect(screen.getByText('syysloma ma 12.10. – 16.10.2026')).toBeTruthy();
      expect(screen.getByText('Helatorstai to 6.5.')).toBeTruthy();
    },
    SLOW_DOM,
  );

  it(
    'narrows to a class, keeping the choice in the address; the class’s progress shows',
    async () => {
      const db = await seededDb();
      const user = userEvent.setup();
      const { memory } = await renderAppAt(db, NOVEMBER_2026, '/wheel?grade=3');
      await figure('Vuosikello 2026–2027, 3. luokka');
      await user.selectOptions(screen.getByLabelText('Luokka'), 'g-2026-3a');
      await waitFor(() => expect(rings()).toEqual(['3. luokka', 'Koulun tehtävät']));
      expect(memory.history?.at(-1)).toBe(
        '/wheel?year=sy-2026&school=school-demo&class=g-2026-3a&grade=3',
      );
      const fig = await figure('Vuosikello 2026–2027, 3A, 3. luokka');
      // An August task is overdue in November, with a mark and words.
      expect([...fig.querySelectorAll('[data-arcs] text')].map((m) => m.textContent)).toContain(
        '!',
      );
      button(fig)!.focus();
      expect(await arrowTo(user, 'Luokan yhteiset pelisäännöt')).toMatch(
        /^Luokan yhteiset pelisäännöt, .*: myöhässä$/,
      );
      const headers = [...document.querySelectorAll('.wheel-table thead th')];
      expect(headers.map((th) => th.textContent)).toEqual([
        'Tehtävä',
        'Ajankohta',
        'Viikot',
        'Rengas',
        'Teema',
        'Tilanne',
      ]);
      // A reload of the address shows the same wheel.
      cleanup();
      await renderAppAt(db, NOVEMBER_2026, '/wheel?class=g-2026-3a&rings=theme');
      await figure('Vuosikello 2026–2027, 3A');
      expect((screen.getByLabelText('Luokka') as HTMLSelectElement).value).toBe('g-2026-3a');
      expect((screen.getByLabelText('Teemoittain') as HTMLInputElement).checked).toBe(true);
      expect(rings()).toContain('Koulun tehtävät');
      expect(rings()).toContain('Hyvinvointi ja terveys');
    },
    SLOW_DOM,
  );

  it(
    'says so when the class in the address is not in the school year shown, and shows the rest',
    async () => {
      const db = await seededDb();
      // Last year's 3A (an old bookmark) in the current year's wheel of grade 3.
      await renderAppAt(db, NOVEMBER_2026, '/wheel?class=g-2025-3a&grade=3');
      await figure('Vuosikello 2026–2027, 3. luokka');
      const notice = () => document.querySelector('.wheel-view .notice')?.textContent;
      expect(notice()).toBe(
        'Luokkaa 3A ei ole lukuvuonna 2026–2027: vuosikello näyttää kaikki luokat.',
      );
      expect((screen.getByLabelText('Luokka') as HTMLSelectElement).value).toBe('');
      expect(rings()).toEqual(['3. luokka', 'Koulun tehtävät', 'Kunnan tehtävät']);
      await changeLanguage('sv');
      await waitFor(() =>
        expect(notice()).toBe(
          'Klassen 3A finns inte under läsåret 2026–2027: årsklockan visar alla klasser.',
        ),
      );
      await changeLanguage('en');
      await waitFor(() =>
        expect(notice()).toBe(
          'Class 3A is not in school year 2026–2027: the wheel shows all classes.',
        ),
      );
      await changeLanguage('fi');
      cleanup();
      // A class the device does not know at all.
      await renderAppAt(db, NOVEMBER_2026, '/wheel?class=g-nowhere&grade=3');
      await figure('Vuosikello 2026–2027, 3. luokka');
      expect(notice()).toBe(
        'Osoitteen luokkaa ei ole lukuvuonna 2026–2027: vuosikello näyttää kaikki luokat.',
      );
      cleanup();
      // The class in its own year: no notice.
      await renderAppAt(db, NOVEMBER_2026, '/wheel?class=g-2025-3a&year=sy-2025');
      await figure('Vuosikello 2025–2026, 3A');
      expect(notice()).toBeUndefined();
    },
    SLOW_DOM,
  );

  it(
    'drops from the address the choices that name nothing, and keeps those that do',
    async () => {
      const db = await seededDb();
      const { memory } = await renderAppAt(
        db,
        NOVEMBER_2026,
        '/wheel?school=zz&grade=99&theme=nope&role=janitor&year=sy-1999&rings=theme',
      );
      await figure('Vuosikello 2026–2027');
      await waitFor(() => expect(memory.history.at(-1)).toBe('/wheel?rings=theme'));
      cleanup();
      const kept = await renderAppAt(db, NOVEMBER_2026, '/wheel?grade=3&school=school-demo');
      await figure('Vuosikello 2026–2027, Esimerkkikoulu, 3. luokka');
      // Only put in the address's own order: the same choices.
      await waitFor(() =>
        expect(kept.memory.history.at(-1)).toBe('/wheel?school=school-demo&grade=3'),
      );
    },
    SLOW_DOM,
  );

  it(
    'opens a task’s details by keyboard and ticks it done from there, stored with its outbox entry',
    async () => {
      const db = await seededDb();
      const user = userEvent.setup();
      await renderAppAt(db, NOVEMBER_2026, '/wheel?class=g-2026-3a');
      const fig = await figure('Vuosikello 2026–2027, 3A');
      // One arc is in the tab order: the first.
      const first = button(fig)!;
      expect(fig.querySelectorAll('[tabindex]')).toEqual(
        expect.objectContaining({ length: 1, 0: first }),
      );
      first.focus();
      const firstName = focused();
      // The arrow keys move along the year: a new button for the next arc, focused (a screen
      // reader says its name); back again with ArrowLeft. Enter opens the details.
      await user.keyboard('{ArrowRight}');
      const second = button(fig)!;
      expect(document.activeElement).toBe(second);
      expect(second).not.toBe(first);
      expect(first.isConnected).toBe(false);
      expect(focused()).not.toBe(firstName);
      await user.keyboard('{ArrowLeft}');
      expect(focused()).toBe(firstName);
      // Children's rights week (week 47) is still ahead in November.
      const task = 'Lapsen oikeuksien viikko';
      await arrowTo(user, task);
      await user.keyboard('{Enter}');
      const detail = await openDetail();
      const heading = within(detail).getByRole('heading', { level: 2, name: task });
      expect(detail.getAttribute('aria-labelledby')).toBe(heading.id);
      expect(document.activeElement).toBe(heading);
      expect(within(detail).getByText('viikko 47')).toBeTruthy();
      const progress = () => detail.querySelector('.wheel-progress')?.textContent;
      expect(progress()).toBe('○ avoin');
      await user.click(within(detail).getByLabelText('Tehty'));
      await waitFor(() => expect(progress()).toBe('✓ tehty'));
      const stored = await db.progress.toArray();
      expect(stored.map((p) => [p.state, p.day])).toEqual([['done', '2026-11-10']]);
      expect(stored[0]?.actionId).toMatch(/^sy-2026~g:g-2026-3a~tpl-childrens-rights-week/);
      expect((await db.outbox.toArray()).map((e) => [e.entity, e.op])).toEqual([
        ['progress', 'create'],
      ]);
      // The arc says so too: its button is the arc opened.
      await waitFor(() =>
        expect(button(fig)?.getAttribute('aria-label')).toMatch(/^Lapsen.*: tehty$/),
      );
      // Close returns to the details' arc.
      fireEvent.click(within(detail).getByRole('button', { name: 'Sulje tiedot' }));
      expect(document.querySelector('.wheel-detail')).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(button(fig)));
      // Escape closes the details too, from where the focus is in them.
      await user.keyboard('{Enter}');
      const again = await openDetail();
      within(again).getByLabelText('Tehty').focus();
      await user.keyboard('{Escape}');
      expect(document.querySelector('.wheel-detail')).toBeNull();
      await waitFor(() => expect(document.activeElement).toBe(button(fig)));
    },
    SLOW_DOM,
  );
});
