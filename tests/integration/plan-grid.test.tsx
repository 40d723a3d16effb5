// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { savePlanRow } from '@/db/plan-writes';
import { adjustmentIdFor } from '@/domain/adjustment-ids';
import { schoolId, templateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { renderAppAt, seededDb } from './render-app';

afterEach(cleanup);

/** A task's title (not the same words inside its Move button). */
const TASK = { selector: '.year-plan-task' };

const NOVEMBER_2025 = '2025-11-10' as LocalDate;
const MONTHS = [
  'elo',
  'syys',
  'loka',
  'marras',
  'joulu',
  'tammi',
  'helmi',
  'maalis',
  'huhti',
  'touko',
  'kesä',
  'heinä',
];

/** The cell of the row headed `row` in the month `month` (a Finnish month-name stem). */
function cell(row: string, month: string): HTMLElement {
  const tr = screen.getByRole('rowheader', { name: row }).closest('tr');
  const index = MONTHS.indexOf(month);
  const td = tr?.querySelectorAll('td')[index];
  if (!td || index < 0) throw new Error(`no cell ${row} ${month}`);
  return td;
}

async function grid() {
  return screen.findByRole('table', { name: /Tehtävät luokka-asteittain ja kuukausittain/ });
}

/** The seeded app's year plan in November 2025, the grid shown. */
async function openPlan() {
  const db = await seededDb();
  const user = userEvent.setup();
  await renderAppAt(db, NOVEMBER_2025, '/plan');
  await grid();
  return { db, user };
}

describe('the year plan grid', () => {
  it('shows grades against August-July, themes by colour and name, empty months as a dash', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_2025, '/plan');
    const table = await grid();
    expect(table.getAttribute('class')).toBe('year-plan-grid');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      'Luokka-aste',
      'elokuu',
      'syyskuu',
      'lokakuu',
      'marraskuu',
      'joulukuu',
      'tammikuu',
      'helmikuu',
      'maaliskuu',
      'huhtikuu',
      'toukokuu',
      'kesäkuu',
      'heinäkuu',
    ]);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual([
      'esiopetus',
      '1. luokka',
      '2. luokka',
      '3. luokka',
      '4. luokka',
      '5. luokka',
      '6. luokka',
      '7. luokka',
      '8. luokka',
      '9. luokka',
      'Koulun tehtävät',
      'Kunnan tehtävät',
    ]);
    // Week 45 of 2025 is in November; the theme's name is text beside its colour.
    const november3 = cell('3. luokka', 'marras');
    expect(within(november3).getByText('Terveiden valintojen viikko', TASK)).toBeTruthy();
    expect(within(november3).getByText('Hyvinvointi ja terveys')).toBeTruthy();
    expect(
      within(cell('6. luokka', 'huhti')).getByText(
        'Yläkoulun henkilöstö vierailee 6. luokalla',
        TASK,
      ),
    ).toBeTruthy();
    // July has no school days: every grade's July is visibly empty, with words for screen readers.
    const july = cell('1. luokka', 'heinä');
    expect(july.textContent).toBe('–Ei tehtäviä');
  });

  it('keeps the school year chosen in the address, over a reload; drops one that is none of the years', async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    const { memory } = await renderAppAt(db, NOVEMBER_2025, '/plan');
    await grid();
    const year = () => screen.getByLabelText<HTMLSelectElement>('Lukuvuosi');
    expect(year().selectedOptions[0]?.text).toBe('2025–2026');
    await user.selectOptions(year(), '2026–2027');
    await waitFor(() => expect(memory.history.at(-1)).toBe('/plan?year=sy-2026'));
    expect(year().selectedOptions[0]?.text).toBe('2026–2027');

    cleanup();
    await renderAppAt(db, NOVEMBER_2025, '/plan?year=sy-2026');
    await grid();
    expect(year().selectedOptions[0]?.text).toBe('2026–2027');

    cleanup();
    const unknown = await renderAppAt(db, NOVEMBER_2025, '/plan?year=sy-1999');
    await grid();
    await waitFor(() => expect(unknown.memory.history.at(-1)).toBe('/plan'));
    expect(year().selectedOptions[0]?.text).toBe('2025–2026');
  });

  it('moves a month task by keyboard: the rule gets the new month, the grid and the focus follow', async () => {
    const { db, user } = await openPlan();
    const visit = 'Yläkoulun henkilöstö vierailee 6. luokalla';
    const button = within(cell('6. luokka', 'huhti')).getByRole('button', {
      name: `Siirrä… ${visit}`,
    });
    button.focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: `Siirrä tehtävä: ${visit}` });
    const select = within(form).getByLabelText('Uusi kuukausi');
    expect(document.activeElement).toBe(select);
    // A task of one grade says nothing of others.
    expect(within(form).queryByText(/Siirto koskee niitä kaikkia/)).toBeNull();
    expect(
      within(form).getByText('Tehtävä on jo tässä kuussa. Valitse toinen kuukausi.'),
    ).toBeTruthy();
    await user.selectOptions(select, '3');
    expect(within(form).getByText('Ajoitus muuttuu: huhtikuu → maaliskuu.')).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Siirrä' }));
    await waitFor(() =>
      expect(within(cell('6. luokka', 'maalis')).queryByText(visit, TASK)).toBeTruthy(),
    );
    expect(within(cell('6. luokka', 'huhti')).queryByText(visit, TASK)).toBeNull();
    expect(screen.getByRole('status').textContent).toBe(
      `Tehtävä ”${visit}” siirrettiin: maaliskuu.`,
    );
    await waitFor(() =>
      expect(document.activeElement?.getAttribute('data-move')).toBe(
        'g6|tpl-transition-6-7-receiving-staff-visit|7',
      ),
    );
    expect(
      (await db.templates.get(templateId('tpl-transition-6-7-receiving-staff-visit')))?.timing,
    ).toEqual({
      kind: 'month',
      month: 3,
      part: 'whole',
    });
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => [e.entity, e.entityId, e.op])).toEqual([
      ['template', 'tpl-transition-6-7-receiving-staff-visit', 'patch'],
    ]);
  });

  it('moves an every-3rd-year task over New Year and keeps it in the same school years', async () => {
    const { db, user } = await openPlan();
    // October 2025, every third year (2025 % 3 = 0): in the school year 2025-2026.
    const inspection = 'Kouluympäristön terveellisyyden ja turvallisuuden tarkastus';
    const [button] = screen.getAllByRole('button', { name: `Siirrä… ${inspection}` });
    button?.focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: `Siirrä tehtävä: ${inspection}` });
    await user.selectOptions(within(form).getByLabelText('Uusi kuukausi'), '2');
    // February of the same school year is in 2026: the years named move with it.
    expect(
      within(form).getByText(
        'Ajoitus muuttuu: lokakuu, joka 3. vuosi: 2025, 2028, 2031 → helmikuu, joka 3. vuosi: 2026, 2029, 2032.',
      ),
    ).toBeTruthy();
    await user.click(within(form).getByRole('button', { name: 'Siirrä' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        `Tehtävä ”${inspection}” siirrettiin: helmikuu.`,
      ),
    );
    expect((await db.templates.get(templateId('tpl-health-safety-inspection')))?.timing).toEqual({
      kind: 'everyNthYear',
      every: 3,
      remainder: 1,
      rule: { kind: 'month', month: 2, part: 'whole' },
    });
    // Still in this school year's plan, now in February (column 6 from August).
    await waitFor(() =>
      expect(
        document.querySelector('[data-move$="|tpl-health-safety-inspection|6"]'),
      ).not.toBeNull(),
    );
  });

  it('asks before replacing another kind of rule, showing the old rule in words; Escape leaves it', async () => {
    const { db, user } = await openPlan();
    const week = 'Terveiden valintojen viikko';
    const button = within(cell('3. luokka', 'marras')).getByRole('button', {
      name: `Siirrä… ${week}`,
    });
    await user.click(button);
    let form = screen.getByRole('form', { name: `Siirrä tehtävä: ${week}` });
    await user.selectOptions(within(form).getByLabelText('Uusi kuukausi'), '12');
    expect(
      within(form).getByText(
        'Tehtävän ajoitus on nyt: viikko 45. Siirto korvaa sen kuukausiajoituksella: joulukuu.',
      ),
    ).toBeTruthy();
    // Opened in the 3rd grade's row, the task is the 1st to 6th grades' too: the form says so.
    const shared = within(form).getByText(
      'Tehtävä on yhteinen: 1.–6. luokka. Siirto koskee niitä kaikkia.',
    );
    expect(within(form).getByLabelText('Uusi kuukausi').getAttribute('aria-describedby')).toContain(
      shared.id,
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('form')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(await db.outbox.count()).toBe(0);

    await user.click(button);
    form = screen.getByRole('form', { name: `Siirrä tehtävä: ${week}` });
    await user.selectOptions(within(form).getByLabelText('Uusi kuukausi'), '12');
    await user.click(within(form).getByRole('button', { name: 'Korvaa ajoitus ja siirrä' }));
    await waitFor(() =>
      expect(within(cell('3. luokka', 'joulu')).queryByText(week, TASK)).toBeTruthy(),
    );
    expect((await db.templates.get(templateId('tpl-healthy-choices-week-1-6')))?.timing).toEqual({
      kind: 'month',
      month: 12,
      part: 'whole',
    });
  });

  it('says beside a task how many schools have their own change of it', async () => {
    const db = await seededDb();
    await renderAppAt(db, NOVEMBER_2025, '/plan');
    await grid();
    const november = () => cell('3. luokka', 'marras');
    expect(within(november()).queryByText(/Koulun oma muutos/)).toBeNull();
    await savePlanRow(db, 'adjustment', {
      id: adjustmentIdFor(schoolId('school-demo'), templateId('tpl-healthy-choices-week-1-6')),
      schoolId: schoolId('school-demo'),
      templateId: templateId('tpl-healthy-choices-week-1-6'),
      kind: 'off',
      timing: null,
    });
    expect(await within(november()).findByText('Koulun oma muutos: 1 koulu')).toBeTruthy();
  });

  it('is read-only for a teacher: no move buttons', async () => {
    const db = await seededDb();
    // As a sign-in leaves it (the sync engine's writer is not what this test is about).
    await db.meta.put({
      key: 'sessionUser',
      value: {
        username: 'teacher',
        displayName: 'Opettaja',
        role: 'teacher',
        organizationId: 'org-demo',
        schools: ['school-demo'],
        groups: [],
      },
    });
    await renderAppAt(db, NOVEMBER_2025, '/plan');
    const table = await grid();
    expect(
      screen.getByText('Voit katsoa suunnitelmaa. Vain koordinaattori muuttaa sitä.'),
    ).toBeTruthy();
    expect(within(table).queryAllByRole('button')).toEqual([]);
    expect(
      within(cell('3. luokka', 'marras')).getByText('Terveiden valintojen viikko', TASK),
    ).toBeTruthy();
  });
});
