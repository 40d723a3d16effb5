// @vitest-environment jsdom
/**
 * The task library: list and filters, the template form (errors, preview, save), retiring with
 * every tick kept, and the themes editor, against the seeded sample in a fake IndexedDB.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { markProgress } from '@/db/progress-writes';
import { savePlanRow } from '@/db/plan-writes';
import { listSchools, listTemplates } from '@/db/queries';
import { adjustmentIdFor } from '@/domain/adjustment-ids';
import { classActions } from '@/db/test-fixtures';
import { templateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { renderAppAt, seededDb } from './render-app';

afterEach(cleanup);

const SETTLE = { timeout: 5_000 };
/** Typing into a jsdom form is slow on the shared machine. */
const SLOW = 30_000;
const NOVEMBER_DAY = '2026-11-10' as LocalDate;

async function openLibrary(path = '/library') {
  const db = await seededDb();
  const user = userEvent.setup();
  const view = await renderAppAt(db, NOVEMBER_DAY, path);
  return { db, user, ...view };
}

describe('the task library list', () => {
  it(
    'says which schools changed a task for themselves, and how',
    async () => {
      const db = await seededDb();
      const [school] = await listSchools(db);
      const [first, second] = await listTemplates(db);
      if (!school || !first || !second) expect.unreachable();
      await savePlanRow(db, 'adjustment', {
        id: adjustmentIdFor(school.id, first.id),
        schoolId: school.id,
        templateId: first.id,
        kind: 'move',
        timing: { kind: 'month', month: 10, part: 'whole' },
      });
      await savePlanRow(db, 'adjustment', {
        id: adjustmentIdFor(school.id, second.id),
        schoolId: school.id,
        templateId: second.id,
        kind: 'off',
        timing: null,
      });
      await renderAppAt(db, NOVEMBER_DAY, '/library');
      const itemOf = (id: string) =>
        document.querySelector(`a[href="/library/${encodeURIComponent(id)}"]`)?.closest('li');
      await waitFor(
        () => expect(itemOf(first.id)?.textContent).toContain(`${school.name}: koulun oma ajoitus`),
        SETTLE,
      );
      expect(itemOf(second.id)?.textContent).toContain(`${school.name}: ei käytössä koulussa`);
    },
    SLOW,
  );

  it(
    'lists every task, and search and filters narrow it with the count announced',
    async () => {
      const { db, user } = await openLibrary();
      await screen.findByRole('heading', { level: 1, name: 'Tehtäväkirjasto' }, SETTLE);
      const total = (await listTemplates(db)).length;
      const count = () => document.querySelector('.library-count');
      await waitFor(() => expect(count()?.textContent).toBe(`${total} tehtävää`), SETTLE);
      expect(count()?.getAttribute('aria-live')).toBe('polite');
      expect(screen.getAllByRole('listitem').length).toBeGreaterThanOrEqual(total);

      await user.type(screen.getByLabelText('Hae otsikosta tai kuvauksesta'), 'kouluterveyskysely');
      await waitFor(() =>
        expect(count()?.textContent).toMatch(new RegExp(`^\\d+ / ${total} tehtävää$`)),
      );
      const found = within(screen.getByRole('list', { name: '' })).getAllByRole('heading', {
        level: 3,
      });
      expect(found.length).toBeGreaterThan(0);
      for (const h of found) expect(h.textContent?.toLowerCase()).toContain('kouluterveyskysely');

      await user.click(screen.getByRole('button', { name: 'Tyhjennä rajaukset' }));
      await user.selectOptions(screen.getByLabelText('Kuukausi'), 'joulukuu');
      await user.selectOptions(screen.getByLabelText('Luokka-aste'), 'esiopetus');
      await waitFor(() => expect(count()?.textContent).not.toBe(`${total} tehtävää`));
      for (const meta of document.querySelectorAll('.library-item')) {
        expect(meta.textContent).toContain('esiopetus');
        expect(meta.textContent).toContain('joulukuu');
      }
    },
    SLOW,
  );

  it(
    'keeps the search and filters in the address: a reload or a link shows the same list',
    async () => {
      const { db, user, memory } = await openLibrary();
      await screen.findByRole('heading', { level: 1, name: 'Tehtäväkirjasto' }, SETTLE);
      await user.type(screen.getByLabelText('Hae otsikosta tai kuvauksesta'), 'kysely');
      await user.selectOptions(screen.getByLabelText('Luokka-aste'), '8. luokka');
      await waitFor(() => expect(memory.history.at(-1)).toBe('/library?q=kysely&grade=8'));
      const count = () => document.querySelector('.library-count')?.textContent;
      await waitFor(() => expect(count()).toMatch(/^\d+ \/ \d+ tehtävää$/));
      const narrowed = count();
      const titles = () =>
        [...document.querySelectorAll('.library-item h3')].map((h) => h.textContent);
      const listed = titles();
      // A task's way back returns to the same list.
      await user.click(screen.getAllByRole('link', { name: listed[0]! })[0]!);
      const back = await screen.findByRole('link', { name: 'Takaisin kirjastoon' }, SETTLE);
      expect(back.getAttribute('href')).toBe('/library?q=kysely&grade=8');
      await user.click(back);
      await waitFor(() => expect(count()).toBe(narrowed), SETTLE);

      cleanup();
      await renderAppAt(db, NOVEMBER_DAY, '/library?q=kysely&grade=8');
      await screen.findByRole('heading', { level: 1, name: 'Tehtäväkirjasto' }, SETTLE);
      await waitFor(() => expect(count()).toBe(narrowed), SETTLE);
      expect(titles()).toEqual(listed);
      expect(screen.getByLabelText<HTMLInputElement>('Hae otsikosta tai kuvauksesta').value).toBe(
        'kysely',
      );
      expect(screen.getByLabelText<HTMLSelectElement>('Luokka-aste').selectedOptions[0]?.text).toBe(
        '8. luokka',
      );

      // A theme that is none of the themes, a grade of another form: they narrow nothing, and
      // the address drops them.
      cleanup();
      const total = (await listTemplates(db)).length;
      const bad = await renderAppAt(db, NOVEMBER_DAY, '/library?theme=nope&grade=77&q=');
      await waitFor(() => expect(count()).toBe(`${total} tehtävää`), SETTLE);
      expect(screen.getByLabelText<HTMLSelectElement>('Teema').value).toBe('');
      await waitFor(() => expect(bad.memory.history.at(-1)).toBe('/library'));
    },
    SLOW,
  );

  it(
    'shows a missing translation as missing, in English',
    async () => {
      const { db } = await openLibrary();
      const [first] = await listTemplates(db);
      if (!first) throw new Error('no templates');
      const { saveTemplate } = await import('@/db/plan-writes');
      await saveTemplate(db, { ...first, title: { ...first.title, en: '' } });
      await screen.findByRole('heading', { level: 1, name: 'Tehtäväkirjasto' }, SETTLE);
      const { changeLanguage } = await import('@/i18n/i18n');
      await changeLanguage('en');
      const link = await screen.findByRole(
        'link',
        { name: `${first.title.fi} (no translation)` },
        SETTLE,
      );
      expect(link).toBeTruthy();
      await changeLanguage('fi');
    },
    SLOW,
  );
});

describe('the template form', () => {
  it(
    'an empty form: errors next to the fields, the first focused, nothing saved',
    async () => {
      const { db, user } = await openLibrary('/library/new');
      await screen.findByRole('heading', { level: 1, name: 'Uusi tehtävä' }, SETTLE);
      const outboxBefore = await db.outbox.count();
      const templatesBefore = await db.templates.count();
      await user.click(screen.getByRole('button', { name: 'Tallenna' }));
      const title = screen.getByLabelText('Otsikko suomeksi');
      await waitFor(() => expect(document.activeElement).toBe(title));
      expect(title.getAttribute('aria-invalid')).toBe('true');
      const described = title.getAttribute('aria-describedby') ?? '';
      expect(document.getElementById(described)?.textContent).toBe('Täytä tämä kenttä.');
      const grades = screen.getByRole('group', { name: 'Luokka-asteet' });
      expect(within(grades).getByText('Valitse vähintään yksi.')).toBeTruthy();
      expect(screen.getByRole('alert').textContent).toContain('Lomakkeessa on virheitä');

      await user.selectOptions(
        screen.getByLabelText('Milloin tehtävä tehdään?'),
        'Tietyllä viikolla (viikkonumero)',
      );
      await user.type(screen.getByLabelText('Viikko'), '54');
      expect(screen.getByText('Anna kokonaisluku väliltä 1–53.')).toBeTruthy();
      expect(await db.outbox.count()).toBe(outboxBefore);
      expect(await db.templates.count()).toBe(templatesBefore);
    },
    SLOW,
  );

  it(
    'previews the dates, weeks, classes and a move out of the autumn break, then saves',
    async () => {
      const { db, user, memory } = await openLibrary('/library/new');
      await screen.findByRole('heading', { level: 1, name: 'Uusi tehtävä' }, SETTLE);
      await user.type(screen.getByLabelText('Otsikko suomeksi'), 'Hyvinvointikysely');
      await user.type(screen.getByLabelText('Otsikko englanniksi'), 'Wellbeing survey');
      await user.click(screen.getByRole('checkbox', { name: '3. luokka' }));
      await user.selectOptions(screen.getByLabelText('Milloin tehtävä tehdään?'), 'isoWeek');
      const week = screen.getByLabelText('Viikko');
      await user.clear(week);
      await user.type(week, '42');
      const preview = screen.getByRole('region', { name: 'Esikatselu: lukuvuosi 2026–2027' });
      // Jämsä 2026: autumn break 12-16 Oct 2026 (week 42).
      await waitFor(() =>
        expect(within(preview).getByRole('listitem').textContent).toBe(
          'ma 19.10.2026 – pe 23.10.2026 (viikko 43) Siirretty, koska ajankohta osui lomalle (syysloma).',
        ),
      );
      expect(within(preview).getByText('1 luokka: 3A')).toBeTruthy();

      await user.clear(week);
      await user.type(week, '45');
      await waitFor(() =>
        expect(within(preview).getByRole('listitem').textContent).toBe(
          'ma 2.11.2026 – pe 6.11.2026 (viikko 45)',
        ),
      );
      await user.click(screen.getByRole('button', { name: 'Tallenna' }));
      await waitFor(() => expect(memory.history?.at(-1)).toMatch(/^\/library\?saved=tpl-/), SETTLE);
      await screen.findByText('Tallennettu: Hyvinvointikysely', {}, SETTLE);
      expect(screen.getByRole('link', { name: 'Hyvinvointikysely' })).toBeTruthy();
      const saved = (await listTemplates(db)).find((t) => t.title.fi === 'Hyvinvointikysely');
      expect(saved).toMatchObject({
        title: { fi: 'Hyvinvointikysely', sv: '', en: 'Wellbeing survey' },
        grades: [3],
        scope: 'class',
        timing: { kind: 'isoWeek', week: 45 },
      });
      const actions = await classActions(db, 'g-2026-3a');
      expect(actions.find((a) => a.templateId === saved?.id)).toMatchObject({
        start: '2026-11-02',
        end: '2026-11-06',
      });
      expect((await db.outbox.toArray()).filter((e) => e.entityId === saved?.id)).toHaveLength(1);
    },
    SLOW,
  );

  it(
    'a December task in the Christmas break: "before" moves the preview before the break, and saves',
    async () => {
      const { db, user, memory } = await openLibrary('/library/new');
      await screen.findByRole('heading', { level: 1, name: 'Uusi tehtävä' }, SETTLE);
      await user.type(screen.getByLabelText('Otsikko suomeksi'), 'Joulujuhla');
      await user.click(screen.getByRole('checkbox', { name: '3. luokka' }));
      await user.selectOptions(screen.getByLabelText('Milloin tehtävä tehdään?'), 'isoWeek');
      await user.type(screen.getByLabelText('Viikko'), '52');
      const shift = screen.getByLabelText<HTMLSelectElement>('Jos ajankohta osuu lomalle');
      expect(shift.value).toBe('after');
      const preview = screen.getByRole('region', { name: 'Esikatselu: lukuvuosi 2026–2027' });
      // Jämsä 2026: the autumn term ends Sat 19 Dec (a school day), the spring term starts Thu 7 Jan.
      await waitFor(() =>
        expect(within(preview).getByRole('listitem').textContent).toBe(
          'to 7.1.2027 – ke 13.1.2027 (viikko 1–2) Siirretty, koska ajankohta osui lomalle (joululoma).',
        ),
      );
      await user.selectOptions(shift, 'siirrä ennen lomaa');
      await waitFor(() =>
        expect(within(preview).getByRole('listitem').textContent).toBe(
          'ti 15.12.2026 – la 19.12.2026 (viikko 51) Siirretty ennen lomaa, koska ajankohta osui lomalle (joululoma).',
        ),
      );
      await user.click(screen.getByRole('button', { name: 'Tallenna' }));
      await waitFor(() => expect(memory.history?.at(-1)).toMatch(/^\/library\?saved=tpl-/), SETTLE);
      const saved = (await listTemplates(db)).find((t) => t.title.fi === 'Joulujuhla');
      expect(saved).toMatchObject({ timing: { kind: 'isoWeek', week: 52 }, breakShift: 'before' });
      const actions = await classActions(db, 'g-2026-3a');
      expect(actions.find((a) => a.templateId === saved?.id)).toMatchObject({
        start: '2026-12-15',
        end: '2026-12-19',
      });
      // The list says so next to the task.
      const item = (await screen.findByRole('link', { name: 'Joulujuhla' }, SETTLE)).closest('li');
      expect(item?.textContent).toContain('Lomalle osuva ajankohta siirtyy ennen lomaa');
    },
    SLOW,
  );

  it(
    'saving a task unchanged writes nothing new: no breakShift appears on a template without one',
    async () => {
      const db = await seededDb();
      const user = userEvent.setup();
      const [first] = (await listTemplates(db)).filter((t) => t.breakShift === undefined);
      if (!first) throw new Error('no template without breakShift');
      await renderAppAt(db, NOVEMBER_DAY, `/library/${first.id}`);
      await screen.findByRole('heading', { level: 1, name: 'Muokkaa tehtävää' }, SETTLE);
      expect(screen.getByLabelText<HTMLSelectElement>('Jos ajankohta osuu lomalle').value).toBe(
        'after',
      );
      const outboxBefore = await db.outbox.count();
      await user.click(screen.getByRole('button', { name: 'Tallenna' }));
      await screen.findByText(`Tallennettu: ${first.title.fi}`, {}, SETTLE);
      const stored = await db.templates.get(first.id);
      expect(stored).toEqual(first);
      expect(stored && 'breakShift' in stored).toBe(false);
      expect(await db.outbox.count()).toBe(outboxBefore);
    },
    SLOW,
  );

  it(
    'duplicates a task as a new one, the original unchanged',
    async () => {
      const { db, user } = await openLibrary();
      const [first] = (await listTemplates(db)).filter((t) => t.title.fi !== '');
      if (!first) throw new Error('no templates');
      cleanup();
      const view = await renderAppAt(db, NOVEMBER_DAY, `/library/${first.id}`);
      await screen.findByRole('heading', { level: 1, name: 'Muokkaa tehtävää' }, SETTLE);
      await user.click(screen.getByRole('link', { name: 'Tee kopio' }));
      await screen.findByRole('heading', { level: 1, name: 'Kopio tehtävästä' }, SETTLE);
      expect(screen.getByLabelText<HTMLInputElement>('Otsikko suomeksi').value).toBe(
        `${first.title.fi} (kopio)`,
      );
      const before = (await listTemplates(db)).length;
      await user.click(screen.getByRole('button', { name: 'Tallenna' }));
      await waitFor(
        () => expect(view.memory.history?.at(-1)).toMatch(/^\/library\?saved=/),
        SETTLE,
      );
      const after = await listTemplates(db);
      expect(after).toHaveLength(before + 1);
      const copy = after.find((t) => t.title.fi === `${first.title.fi} (kopio)`);
      expect(copy).toMatchObject({
        timing: first.timing,
        grades: first.grades,
        scope: first.scope,
      });
      expect(copy?.id).not.toBe(first.id);
      expect(after.find((t) => t.id === first.id)).toEqual(first);
    },
    SLOW,
  );
});

describe('retiring a task', () => {
  it(
    'is not planned from the chosen year on, earlier years and every tick stay, and it comes back',
    async () => {
      const db = await seededDb();
      const user = userEvent.setup();
      const actions2026 = await classActions(db, 'g-2026-3a');
      const templates = await listTemplates(db);
      const action = actions2026.find(
        (a) => templates.find((t) => t.id === a.templateId)?.timing.kind === 'month',
      );
      if (!action) throw new Error('no month task for 3A');
      const id = action.templateId;
      await markProgress(db, {
        actionId: action.id,
        state: 'done',
        day: '2026-11-05' as LocalDate,
        by: 'Opettaja',
      });
      await renderAppAt(db, NOVEMBER_DAY, `/library/${id}`);
      let section = await screen.findByRole('region', { name: 'Käytöstä poistaminen' }, SETTLE);
      await user.selectOptions(
        within(section).getByLabelText('Poista käytöstä lukuvuodesta'),
        '2026–2027',
      );
      await user.click(within(section).getByRole('button', { name: 'Poista käytöstä' }));
      await within(section).findByText(
        'Tehtävä poistettu käytöstä lukuvuodesta 2026–2027 alkaen.',
        {},
        SETTLE,
      );
      expect((await db.templates.get(templateId(id)))?.retiredFrom).toBe(2026);
      expect((await classActions(db, 'g-2026-3a')).some((a) => a.templateId === id)).toBe(false);
      expect((await classActions(db, 'g-2025-3a')).some((a) => a.templateId === id)).toBe(true);
      expect(await db.progress.get(action.id)).toMatchObject({ state: 'done' });
      expect(
        screen.getByText(
          'Tehtävä on poistettu käytöstä tästä lukuvuodesta alkaen: sitä ei suunnitella.',
        ),
      ).toBeTruthy();

      // The tick shows in 3A's November among the marks no longer in the plan.
      cleanup();
      await renderAppAt(db, NOVEMBER_DAY, '/month/g-2026-3a/2026-11');
      const unplanned = await screen.findByRole(
        'region',
        { name: 'Ei enää suunnitelmassa' },
        SETTLE,
      );
      const template = templates.find((t) => t.id === id);
      expect(within(unplanned).getByText(template?.title.fi ?? '?')).toBeTruthy();
      cleanup();
      await renderAppAt(db, NOVEMBER_DAY, `/library/${id}`);
      section = await screen.findByRole('region', { name: 'Käytöstä poistaminen' }, SETTLE);

      await user.click(within(section).getByRole('button', { name: 'Palauta käyttöön' }));
      await within(section).findByText('Tehtävä palautettu käyttöön.', {}, SETTLE);
      expect((await db.templates.get(templateId(id)))?.retiredFrom).toBeNull();
      expect((await classActions(db, 'g-2026-3a')).find((a) => a.id === action.id)).toBeTruthy();
    },
    SLOW,
  );
});

describe('themes', () => {
  it(
    'adds a theme: a Finnish name is needed, the order must be a number; it lists in its order',
    async () => {
      const { db, user } = await openLibrary('/library/themes');
      await screen.findByRole('heading', { level: 1, name: 'Teemat' }, SETTLE);
      await user.click(screen.getByRole('button', { name: 'Lisää teema' }));
      const form = screen.getByRole('form', { name: 'Uusi teema' });
      await user.type(within(form).getByLabelText('Järjestys'), 'x');
      await user.click(within(form).getByRole('button', { name: 'Tallenna teema' }));
      const name = within(form).getByLabelText('Nimi suomeksi');
      await waitFor(() => expect(document.activeElement).toBe(name));
      expect(within(form).getByText('Täytä tämä kenttä.')).toBeTruthy();
      expect(within(form).getByText('Anna kokonaisluku väliltä 0–10000.')).toBeTruthy();
      const before = await db.themes.count();
      await user.type(name, 'Liikunta');
      await user.click(within(form).getByRole('radio', { name: 'vihreä' }));
      const order = within(form).getByLabelText('Järjestys');
      await user.clear(order);
      await user.type(order, '0');
      await user.click(within(form).getByRole('button', { name: 'Tallenna teema' }));
      await screen.findByText('Teema tallennettu: Liikunta', {}, SETTLE);
      expect(await db.themes.count()).toBe(before + 1);
      const themes = await db.themes.toArray();
      expect(themes.find((t) => t.name.fi === 'Liikunta')).toMatchObject({
        color: '#2e7d32',
        order: 0,
      });
      // Order 0 comes first.
      const first = screen.getAllByRole('listitem')[0];
      expect(first?.textContent).toContain('Liikunta');
    },
    SLOW,
  );
});

describe('read-only for a teacher', () => {
  it(
    'shows the library and a task without a way to change them',
    async () => {
      const db = await seededDb();
      await db.meta.put({
        key: 'sessionUser',
        value: {
          username: 'opettaja',
          displayName: 'Opettaja',
          role: 'teacher',
          organizationId: 'org-demo',
          schools: ['school-demo'],
          groups: ['g-2026-3a'],
        },
      });
      await renderAppAt(db, NOVEMBER_DAY, '/library');
      await screen.findByText(
        'Voit katsella kirjastoa. Tehtäviä ja teemoja muokkaa koordinaattori.',
        {},
        SETTLE,
      );
      expect(screen.queryByRole('link', { name: 'Uusi tehtävä' })).toBeNull();
      const [first] = await listTemplates(db);
      cleanup();
      await renderAppAt(db, NOVEMBER_DAY, `/library/${first?.id}`);
      await screen.findByRole('heading', { level: 1, name: 'Tehtävä' }, SETTLE);
      expect(screen.queryByRole('button', { name: 'Tallenna' })).toBeNull();
      expect(screen.getByLabelText('Otsikko suomeksi').matches(':disabled')).toBe(true);
    },
    SLOW,
  );
});
