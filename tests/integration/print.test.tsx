// @vitest-environment jsdom
/**
 * The print view against the seeded sample in a fake IndexedDB: each choice's pages, the tasks
 * they hold against the derived actions, the checklist's ticks, the choice kept in the address.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { markProgress } from '@/db/progress-writes';
import { listGroups, listTemplates } from '@/db/queries';
import { actionsOfSchoolYear } from '@/db/year-actions';
import type { VuosikelloDb } from '@/db/database';
import { schoolId, schoolYearId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Grade } from '@/domain/model';
import { gradeCalendarActions } from '@/domain/print/print-calendar';
import { renderAppAt, seededDb } from './render-app';

afterEach(cleanup);

const SETTLE = { timeout: 5_000 };
const NOVEMBER_DAY = '2026-11-10' as LocalDate;
/** Ten pages with their wheels take seconds in jsdom on the shared machine. */
const SLOW = 40_000;
const YEAR = schoolYearId('sy-2026');

/** The Finnish titles of a grade's tasks in the sample school, from the derived actions. */
async function gradeTitles(db: VuosikelloDb, grade: Grade): Promise<string[]> {
  const [actions, groups, templates] = await Promise.all([
    actionsOfSchoolYear(db, YEAR),
    listGroups(db, YEAR),
    listTemplates(db),
  ]);
  const byId = new Map(templates.map((x) => [x.id, x]));
  return gradeCalendarActions({
    actions,
    groups,
    templates: byId,
    schoolId: schoolId('school-demo'),
    grade,
  }).map((a) => byId.get(a.templateId)?.title.fi ?? '');
}

const pages = () => screen.getAllByRole('article');
const taskTexts = (page: HTMLElement) =>
  [...page.querySelectorAll('.print-task')].map((el) => el.textContent ?? '');

describe('the print view', () => {
  it("prints one grade on one page: heading, months August to July, the grade's tasks, the legend", async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_DAY, '/print?what=grade&grade=4');
    const page = await screen.findByRole('article', { name: 'Esimerkkikoulu: 4. luokka' }, SETTLE);
    expect(pages()).toHaveLength(1);
    expect(
      within(page).getByText(/Lukuvuosi 2026–2027 · 55 tehtävää · Tulostettu 10\.11\.2026/),
    ).toBeTruthy();
    expect(
      within(page)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent)
        .filter((text) => text !== 'Selitteet'),
    ).toEqual([
      'elokuu 2026',
      'syyskuu 2026',
      'lokakuu 2026',
      'marraskuu 2026',
      'joulukuu 2026',
      'tammikuu 2027',
      'helmikuu 2027',
      'maaliskuu 2027',
      'huhtikuu 2027',
      'toukokuu 2027',
      'kesäkuu 2027: ei tehtäviä',
      'heinäkuu 2027: ei tehtäviä',
    ]);
    const titles = await gradeTitles(db, 4);
    expect(titles).toHaveLength(55);
    // Each task by its title, a school task marked (K).
    expect(taskTexts(page).map((text) => text.replace(/ \(K\)$/, ''))).toEqual(titles);
    expect(taskTexts(page)).toContain('Koulun poissaolotilanne (K)');
    // Its window and weeks, and its theme's mark (the name for screen readers).
    const entry = within(page).getByText('Terveiden valintojen viikko').closest('li');
    expect(entry?.textContent).toMatch(/^BHyvinvointi ja terveys2\.11\.–6\.11\. vk 45 Terveiden/);
    // The legend: the page's themes with their marks, the breaks with dates and weeks.
    expect(within(page).getByText('syysloma ma 12.10.–pe 16.10. (vk 42)')).toBeTruthy();
    expect(within(page).getByText('(K) = koko koulun yhteinen tehtävä')).toBeTruthy();
    const wheel = within(page).getByRole('img', {
      name: /Vuosikello 2026–2027, Esimerkkikoulu, 4\. luokka/,
    });
    // An arc too short for its title carries its theme's mark, as the list gives it.
    const written = [...wheel.querySelectorAll('textPath')].map((p) => p.textContent ?? '');
    const letters = written.filter((text) => /^[A-Z]{1,2}$/.test(text));
    const listed = new Set(
      [...page.querySelectorAll('.print-theme-mark')].map((m) => m.children[1]?.textContent),
    );
    expect(letters.length).toBeGreaterThan(10);
    expect(letters.filter((letter) => !listed.has(letter))).toEqual([]);
  });

  it(
    'prints every grade of the school, a page each in grade order',
    { timeout: SLOW },
    async () => {
      const db = await seededDb();
      await renderAppAt(db, NOVEMBER_DAY, '/print?what=school');
      await screen.findByRole('article', { name: 'Esimerkkikoulu: 9. luokka' }, SETTLE);
      expect(
        pages().map((p) => p.getAttribute('aria-labelledby') && p.querySelector('h2')?.textContent),
      ).toEqual([
        'Esimerkkikoulu: esiopetus',
        ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((g) => `Esimerkkikoulu: ${g}. luokka`),
      ]);
      expect(screen.getByText('Esikatselu: 10 A4-sivua pystysuunnassa.')).toBeTruthy();
      expect(document.querySelector('.print-intro')?.textContent).toContain(
        'koulun kaikki luokka-asteet kerralla',
      );
      // The combined class 5–6 gives each of its grades its own tasks.
      const [five, six] = [pages()[5], pages()[6]];
      if (!five || !six) expect.unreachable();
      expect(taskTexts(five).map((x) => x.replace(/ \(K\)$/, ''))).toEqual(
        await gradeTitles(db, 5),
      );
      expect(taskTexts(six).map((x) => x.replace(/ \(K\)$/, ''))).toEqual(await gradeTitles(db, 6));
    },
  );

  it("prints a teacher's every grade as their own classes' grades, not the school's", async () => {
    const db = await seededDb();
    // A signed-in teacher's device: their classes (3A, 4A) and no other of the year.
    await db.meta.put({
      key: 'sessionUser',
      value: {
        username: 'opettaja',
        displayName: 'Olli Opettaja',
        role: 'teacher',
        organizationId: 'org-demo',
        schools: ['school-demo'],
        groups: ['g-2026-3a', 'g-2026-4a'],
      },
    });
    await db.groups
      .where('schoolYearId')
      .equals(YEAR)
      .filter((g) => g.id !== 'g-2026-3a' && g.id !== 'g-2026-4a')
      .delete();
    await renderAppAt(db, NOVEMBER_DAY, '/print?what=school');
    await screen.findByRole('article', { name: 'Esimerkkikoulu: 4. luokka' }, SETTLE);
    expect(pages().map((p) => p.querySelector('h2')?.textContent)).toEqual([
      'Esimerkkikoulu: 3. luokka',
      'Esimerkkikoulu: 4. luokka',
    ]);
    expect(screen.getByText('Esikatselu: 2 A4-sivua pystysuunnassa.')).toBeTruthy();
    expect(document.querySelector('.print-note')).toBeNull();
    expect(
      (screen.getByLabelText('Omien luokkien luokka-asteet') as HTMLInputElement).checked,
    ).toBe(true);
    // The introduction says what this teacher's "all" is.
    expect(document.querySelector('.print-intro')?.textContent).toContain(
      'omien luokkiesi luokka-asteet kerralla',
    );
  });

  it("ticks a class's checklist where done or skipped, with the day; blank on request", async () => {
    const db = await seededDb();
    const [rules] = (await actionsOfSchoolYear(db, YEAR)).filter(
      (a) => a.groupId === 'g-2026-3a' && a.templateId === 'tpl-class-rules-1-6',
    );
    if (!rules) expect.unreachable();
    await markProgress(db, {
      actionId: rules.id,
      state: 'done',
      day: NOVEMBER_DAY,
      by: 'Opettaja',
    });
    const { memory } = await renderAppAt(db, NOVEMBER_DAY, '/print?what=class&class=g-2026-3a');
    const page = await screen.findByRole('article', { name: /luokka 3A, tarkistuslista/ }, SETTLE);
    const done = page.querySelector('.print-check-done');
    expect(done?.textContent).toMatch(
      /^✓tehty: .*Luokan yhteiset pelisäännöt \(tehty ti 10\.11\.\)$/,
    );
    expect(page.querySelectorAll('.print-check-todo').length).toBe(taskTexts(page).length - 1);
    // Blank boxes for a fresh sheet: the choice goes into the address.
    await userEvent.setup().click(screen.getByLabelText('Merkitse tehdyt ja ohitetut'));
    await waitFor(() => expect(memory.history?.at(-1)).toMatch(/done=0/));
    const blank = await screen.findByRole('article', { name: /luokka 3A, tarkistuslista/ });
    await waitFor(() => expect(blank.querySelectorAll('.print-check-done')).toHaveLength(0));
  });

  it('keeps the choice in the address and prints with the browser', { timeout: SLOW }, async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const { memory } = await renderAppAt(db, NOVEMBER_DAY, '/print');
    await screen.findByRole('article', { name: 'Esimerkkikoulu: esiopetus' }, SETTLE);
    await user.click(screen.getByLabelText('Yksi luokka-aste'));
    await user.selectOptions(screen.getByLabelText('Luokka-aste'), '7. luokka');
    await screen.findByRole('article', { name: 'Esimerkkikoulu: 7. luokka' });
    expect(pages()).toHaveLength(1);
    expect(memory.history?.at(-1)).toBe('/print?what=grade&grade=7');
    await user.click(screen.getByRole('button', { name: 'Tulosta' }));
    expect(print).toHaveBeenCalledOnce();
  });

  it('drops from the address what names nothing, printing the defaults', async () => {
    const db = await seededDb();
    const { memory } = await renderAppAt(
      db,
      NOVEMBER_DAY,
      '/print?what=grade&school=nope&grade=42&class=g-nowhere',
    );
    await screen.findByRole('region', { name: 'Tulosteen esikatselu' }, SETTLE);
    await waitFor(() => expect(memory.history?.at(-1)).toBe('/print?what=grade'));
  });
});
