// @vitest-environment jsdom
/**
 * Ratings and reminders through the app's views over the sample in a fake IndexedDB: a teacher
 * rates a done task in the month, the rating is stored with its outbox patch and summed up in the
 * progress view's task view; opening the month reminds a teacher of the class's week and overdue
 * tasks and a principal of the classes falling behind, until hidden for the day.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getMeta, setMeta } from '@/db/meta';
import { readMonth } from '@/db/test-fixtures';
import { savePlanRow } from '@/db/plan-writes';
import { markProgress } from '@/db/progress-writes';
import { actionsOfSchoolYear } from '@/db/year-actions';
import { groupId as toGroupId, schoolId, schoolYearId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { leavingAsks, renderAppAt, seededDb } from './render-app';

afterEach(cleanup);

const TODAY = '2026-11-10' as LocalDate; // Tuesday of ISO week 46
const YEAR = schoolYearId('sy-2026');
const SETTLE = { timeout: 10_000 };

/** The class the bare address opened, from the address it settled on. */
function openedClass(history: readonly string[]): string {
  return /\/month\/([^/]+)\//.exec(history.at(-1) ?? '')![1]!;
}

describe('ratings', () => {
  it('rates a done task in the month: stored, synced as a patch, summed up in the task view', async () => {
    const db = await seededDb();
    const { unmount } = await renderAppAt(db, TODAY);
    const user = userEvent.setup();
    const section = await screen.findByRole('region', { name: 'Tehtävät: marraskuu 2026' });
    const [checkbox] = await within(section).findAllByRole('checkbox');
    // No rating offered before the task is done.
    expect(within(section).queryByRole('group', { name: /Miten tehtävä toimi/ })).toBeNull();
    await user.click(checkbox!);
    const card = checkbox!.closest('li')!;
    const rating = await within(card).findByRole('group', { name: /Miten tehtävä toimi/ }, SETTLE);
    // Shown without taking the focus from the tick.
    expect(document.activeElement).toBe(checkbox);
    expect(leavingAsks()).toBe(false);
    fireEvent.click(within(rating).getByRole('radio', { name: 'Toimi hyvin' }));
    // Nothing awaited yet: the rating's write is still running, and closing the tab would ask.
    expect(
      within(rating).getByRole<HTMLInputElement>('radio', { name: 'Toimi hyvin' }).checked,
    ).toBe(true);
    expect(leavingAsks()).toBe(true);
    const actionId = (await db.progress.toArray())[0]!.actionId;
    await waitFor(async () => expect((await db.progress.get(actionId))?.rating).toBe('well'));
    await waitFor(() => expect(leavingAsks()).toBe(false));
    expect((await db.outbox.toArray()).map((e) => e.patch).at(-1)).toEqual({ rating: 'well' });

    // Cleared from the keyboard: the focus stays in the choice.
    await user.click(within(rating).getByRole('button', { name: 'Poista arvio' }));
    await waitFor(async () => expect((await db.progress.get(actionId))?.rating).toBeNull());
    expect(within(rating).getByRole('radio', { name: 'Toimi hyvin' })).toBe(document.activeElement);
    // (Arrow keys move the choice in Chromium: tests/browser/ratings-reminders.test.ts.)
    await user.click(within(rating).getByRole('radio', { name: 'Osittain' }));
    await waitFor(async () => expect((await db.progress.get(actionId))?.rating).toBe('partly'));

    unmount();
    const templateId = (await db.progress.get(actionId))!.actionId.split('~')[2]!;
    await renderAppAt(db, TODAY, `/progress/${templateId}`);
    const ratings = await screen.findByRole('region', { name: 'Miten tehtävä toimi' }, SETTLE);
    expect(
      within(ratings).getByText(/^Toimi hyvin 0 · osittain 1 · ei toiminut 0 · ei arviota 0$/),
    ).toBeTruthy();
    const table = within(ratings).getByRole('table', { name: 'Miten tehtävä toimi: taulukko' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual(['Toimi hyvin0', 'Osittain1', 'Ei toiminut0', 'Ei arviota0']);
  });
});

describe('reminders on opening the app', () => {
  it('remind a teacher of the class’s tasks due this week and overdue, until hidden for the day', async () => {
    const db = await seededDb();
    const { memory } = await renderAppAt(db, TODAY);
    const panel = await screen.findByRole('region', { name: 'Muistutukset' }, SETTLE);
    const groupId = openedClass(memory.history);
    const read = await readMonth(db, groupId, TODAY);
    const actions = read.kind === 'ready' ? read.actions : [];
    // Independently of the domain: a literal week, Tuesday 10 to Sunday 15 November.
    const dueThisWeek = actions.filter((a) => a.end >= '2026-11-10' && a.end <= '2026-11-15');
    const overdue = actions.filter((a) => a.end < '2026-11-10');
    // The sample's class has one task ending this week and more than five overdue.
    expect([dueThisWeek.length, overdue.length > 5]).toEqual([1, true]);
    expect(
      within(panel).getByRole('heading', { name: 'Päättyy tällä viikolla (vko 46)' }),
    ).toBeTruthy();
    expect(within(panel).getByText(`…ja ${overdue.length - 5} muuta`)).toBeTruthy();
    expect(
      within(panel).getByRole('heading', { name: `Myöhässä (${overdue.length})` }),
    ).toBeTruthy();
    const links = within(panel).getAllByRole('link');
    expect(links.length).toBe(Math.min(dueThisWeek.length, 5) + Math.min(overdue.length, 5));
    expect(links[0]!.getAttribute('href')).toMatch(new RegExp(`^/month/${groupId}/2026-\\d\\d$`));

    await userEvent
      .setup()
      .click(within(panel).getByRole('button', { name: 'Piilota tältä päivältä' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Muistutukset' })).toBeNull());
    expect(document.activeElement?.id).toBe('main');
    expect(await getMeta(db, 'remindersHiddenOn')).toBe(TODAY);
  });

  it('show again on the next day', async () => {
    const db = await seededDb();
    await setMeta(db, 'remindersHiddenOn', '2026-11-09' as LocalDate);
    await renderAppAt(db, TODAY);
    expect(await screen.findByRole('region', { name: 'Muistutukset' }, SETTLE)).toBeTruthy();
  });

  it('show a principal the classes falling behind their grade, each linking to its month', async () => {
    const db = await seededDb();
    await setMeta(db, 'localRole', 'principal');
    // A second class of grade 3, so that 3A has a grade to fall behind.
    await savePlanRow(db, 'group', {
      id: toGroupId('g-2026-3b'),
      schoolId: schoolId('school-demo'),
      schoolYearId: YEAR,
      name: '3B',
      grades: [3],
    });
    // Every class kept up with its due tasks but 3A.
    const due = (await actionsOfSchoolYear(db, YEAR)).filter(
      (a) => a.scope === 'class' && a.end < TODAY && !a.groupId!.endsWith('-3a'),
    );
    for (const a of due) {
      await markProgress(db, { actionId: a.id, state: 'done', day: TODAY, by: 'Opettaja' });
    }
    await renderAppAt(db, TODAY);
    const panel = await screen.findByRole('region', { name: 'Muistutukset' }, SETTLE);
    expect(within(panel).getByRole('heading', { name: 'Jäljessä olevat luokat' })).toBeTruthy();
    const link = within(panel).getByRole('link', { name: '3A' });
    expect(link.getAttribute('href')).toBe('/month/g-2026-3a/2026-11');
    expect(within(panel).getByText('hoidettu 0 %, luokka-asteen mediaani 50 %')).toBeTruthy();
    expect(within(panel).getAllByRole('link')).toHaveLength(1);
  });
});
