// @vitest-environment jsdom
/**
 * The progress view over the sample (and a second school) in a fake IndexedDB: a principal sees
 * their own school only, the filters (kept in the address) change the figures, and a tick made
 * elsewhere shows at once.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { VuosikelloDb } from '@/db/database';
import { savePlanRow } from '@/db/plan-writes';
import { markProgress } from '@/db/progress-writes';
import { actionsOfSchoolYear } from '@/db/year-actions';
import { groupId, schoolId, schoolYearId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { actAsPrincipal, addOtherSchool, renderAppAt, seededDb } from './render-app';

afterEach(cleanup);

const TODAY = '2026-11-10' as LocalDate;
const YEAR = schoolYearId('sy-2026');
const OTHER = schoolId('school-other');
const SETTLE = { timeout: 10_000 };

/** The sample with a second school (one class, 3B) and a few marks in each. */
async function twoSchools(): Promise<VuosikelloDb> {
  const db = await seededDb();
  await addOtherSchool(db);
  await savePlanRow(db, 'group', {
    id: groupId('g-other-3b'),
    schoolId: OTHER,
    schoolYearId: YEAR,
    name: '3B',
    grades: [3],
  });
  const actions = await actionsOfSchoolYear(db, YEAR);
  const due = actions.filter((a) => a.end < TODAY && a.scope === 'class');
  const mark = (id: string, state: 'done' | 'skipped', note = '') =>
    markProgress(db, {
      actionId: due.find((a) => a.id.includes(id))!.id,
      state,
      day: TODAY,
      by: 'Opettaja',
      note,
    });
  await mark('~g:g-2026-3a~', 'done');
  await mark('~g:g-2026-4a~', 'skipped', 'Siirtyi keväälle');
  await mark('~g:g-other-3b~', 'done');
  return db;
}

/** The figures of the totals line: done, total. */
function totals(): [number, number] | null {
  const text = document.querySelector('.progress-totals')?.textContent ?? '';
  const match = /Tehty (\d+)\/(\d+)/.exec(text);
  return match ? [Number(match[1]), Number(match[2])] : null;
}

describe('the progress view', () => {
  it('updates its figures at once when a tick is made elsewhere', async () => {
    const db = await twoSchools();
    await renderAppAt(db, TODAY, '/progress');
    await waitFor(() => expect(totals()).not.toBeNull(), SETTLE);
    const [done, total] = totals()!;
    const open = (await actionsOfSchoolYear(db, YEAR)).find(
      (a) => a.end < TODAY && a.id.includes('~g:g-2026-7a~'),
    )!;
    await markProgress(db, { actionId: open.id, state: 'done', day: TODAY, by: 'Opettaja' });
    await waitFor(() => expect(totals()).toEqual([done + 1, total]), SETTLE);
  });

  it('shows a principal their own school only', async () => {
    const db = await twoSchools();
    // As a sign-in leaves it (the sync engine's writer is not what this test is about).
    await actAsPrincipal(db);
    await renderAppAt(db, TODAY, '/progress');
    await waitFor(() => expect(totals()).not.toBeNull(), SETTLE);
    expect(screen.getByText('Näet oman koulusi luvut.')).toBeTruthy();
    // No school to choose, no other school's class or name anywhere.
    expect(screen.queryByLabelText('Koulu')).toBeNull();
    expect(document.body.textContent).not.toContain('Toinen koulu');
    const classes = screen.getByRole('table', { name: 'Luokittain: taulukko' });
    expect(
      within(classes)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Eskari', '1A', '2A', '3A', '4A', '5–6', '7A', '8A', '9A']);
    // The principal's figures: 2 marks of the sample school (3B's is the other school's).
    const [done] = totals()!;
    expect(done).toBe(1);
  });

  it('lets the coordinator choose a school and a grade: the figures and the address follow', async () => {
    const db = await twoSchools();
    const user = userEvent.setup();
    const { memory } = await renderAppAt(db, TODAY, '/progress');
    await waitFor(() => expect(totals()).not.toBeNull(), SETTLE);
    const [allDone, allTotal] = totals()!;
    expect(allDone).toBe(2);
    const schools = screen.getByRole('table', { name: 'Kouluittain: taulukko' });
    expect(
      within(schools)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Esimerkkikoulu', 'Toinen koulu']);
    await user.selectOptions(screen.getByLabelText('Koulu'), 'school-other');
    await waitFor(() => expect(totals()![1]).toBeLessThan(allTotal), SETTLE);
    expect(totals()![0]).toBe(1);
    expect(memory.history?.at(-1)).toBe('/progress?school=school-other');
    await user.selectOptions(screen.getByLabelText('Luokka-aste'), '4');
    // Toinen koulu has no grade 4 class.
    await waitFor(
      () =>
        expect(screen.getByRole('status').textContent).toBe('Rajaukseen ei osu yhtään tehtävää.'),
      SETTLE,
    );
    expect(memory.history?.at(-1)).toBe('/progress?school=school-other&level=4');
    await user.click(screen.getByRole('button', { name: 'Poista rajaukset' }));
    await waitFor(() => expect(totals()).toEqual([allDone, allTotal]), SETTLE);
    expect(memory.history?.at(-1)).toBe('/progress');
  });

  it('opens a task across the schools, with its skip notes and a link to each class’s month', async () => {
    const db = await twoSchools();
    const user = userEvent.setup();
    const skipped = (await db.progress.toArray()).find((r) => r.state === 'skipped')!;
    const template = (await db.templates.get(skipped.actionId.split('~')[2] as never))!;
    const { memory } = await renderAppAt(db, TODAY, '/progress?level=4');
    await waitFor(() => expect(totals()).not.toBeNull(), SETTLE);
    const tasks = screen.getByRole('table', { name: 'Tehtävittäin: taulukko' });
    // Its title is shared by the task of grades 7-9: the row says its grades.
    expect([template.title.fi, template.grades]).toEqual(['Poissaolokatsaus', [1, 2, 3, 4, 5, 6]]);
    await user.click(within(tasks).getByRole('link', { name: 'Poissaolokatsaus (1.–6. luokka)' }));
    await screen.findByRole('heading', { level: 1, name: template.title.fi });
    expect(screen.getByText('1.–6. luokka · 2026–2027')).toBeTruthy();
    expect(memory.history?.at(-1)).toBe(`/progress/${template.id}?level=4`);
    expect(screen.getByText('Siirtyi keväälle')).toBeTruthy();
    const byClass = screen.getByRole('table', { name: 'Luokittain: taulukko' });
    const link = within(byClass).getByRole('link', { name: '4A' });
    expect(link.getAttribute('href')).toMatch(/^\/month\/g-2026-4a\/2026-\d\d$/);
  });

  it('says so of a task the plan does not have, with the way back to every task', async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    const { memory } = await renderAppAt(db, TODAY, '/progress/nope?level=4');
    expect(
      await screen.findByText('Tehtävää ei ole tämän lukuvuoden suunnitelmassa.', {}, SETTLE),
    ).toBeTruthy();
    await user.click(screen.getByRole('link', { name: '← Kaikki tehtävät' }));
    await waitFor(() => expect(memory.history?.at(-1)).toBe('/progress?level=4'));
  });
});
