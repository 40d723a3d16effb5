// @vitest-environment jsdom
/**
 * Marks on tasks the plan no longer has are kept and shown in the month of the class they belong
 * to, with the task's title when the template is known, else a generic label.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteTemplate, saveGroup } from '@/db/plan-writes';
import { markProgress } from '@/db/progress-writes';
import { getGroup, listTemplates } from '@/db/queries';
import { classActions } from '@/db/test-fixtures';
import { groupId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { changeLanguage } from '@/i18n/i18n';
import { seededDb } from './render-app';
import { renderMonth } from './render-month';

afterEach(cleanup);

/** The machine running the tests is shared: give a view time to settle before failing. */
const SETTLE = { timeout: 5_000 };

const NOVEMBER_DAY = '2026-11-10' as LocalDate;
const SECTION = 'Ei enää suunnitelmassa';

/** Class 3A's month rendered, with one of its tasks (for grade 3 but not 7) ticked. */
async function tickedMonth() {
  const db = await seededDb();
  const templates = await listTemplates(db);
  const actions = await classActions(db, 'g-2026-3a');
  const action = actions.find((a) => {
    const grades: readonly number[] = templates.find((t) => t.id === a.templateId)?.grades ?? [];
    return grades.includes(3) && !grades.includes(7);
  });
  const template = templates.find((t) => t.id === action?.templateId);
  if (!action || !template) throw new Error('the sample has no task for grade 3 but not 7');
  await markProgress(db, {
    actionId: action.id,
    state: 'done',
    day: '2026-09-15' as LocalDate,
    by: 'Maija',
    note: 'Koko luokka mukana',
  });
  await renderMonth(db, NOVEMBER_DAY);
  await userEvent
    .setup()
    .selectOptions(await screen.findByLabelText('Luokka', {}, SETTLE), 'g-2026-3a');
  // 3A's month is on screen once a task of grades 1-6 in November shows.
  await screen.findByText('Teematunti: hyvinvointi ja terveys', {}, SETTLE);
  return { db, action, template };
}

describe('marks no longer in the plan', () => {
  it('show with the task’s title when the class no longer gets the task', async () => {
    const { db, template } = await tickedMonth();
    const group = (await getGroup(db, groupId('g-2026-3a')))!;
    await saveGroup(db, { ...group, name: '7B', grades: [7] });
    const section = await screen.findByRole('region', { name: SECTION }, SETTLE);
    const [item] = within(section).getAllByRole('listitem');
    expect(within(item!).getByText(template.title.fi)).toBeTruthy();
    expect(item!.textContent).toContain('Tehty 15.9.2026');
    expect(item!.textContent).toContain('Merkitsijä: Maija');
    expect(item!.textContent).toContain('Muistiinpano: Koko luokka mukana');

    // With its grade back the class has the task again: the tick is in place, the section goes.
    await saveGroup(db, group);
    await waitFor(() => expect(screen.queryByRole('region', { name: SECTION })).toBeNull(), SETTLE);
  });

  it('show with a generic label when the task was retired, in the user’s language', async () => {
    const { db, template } = await tickedMonth();
    await deleteTemplate(db, template.id);
    const section = await screen.findByRole('region', { name: SECTION }, SETTLE);
    expect(within(section).getByText('Tehtävä, jota ei enää ole tehtäväkirjastossa')).toBeTruthy();
    try {
      await changeLanguage('sv');
      const swedish = await screen.findByRole('region', { name: 'Inte längre i planen' }, SETTLE);
      expect(swedish.textContent).toContain('Gjord 15.9.2026');
      expect(swedish.textContent).toContain('Anteckning: Koko luokka mukana');
    } finally {
      await changeLanguage('fi');
    }
  });
});
