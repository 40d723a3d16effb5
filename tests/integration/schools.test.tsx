// @vitest-environment jsdom
import { adjustmentIdFor } from '@/domain/adjustment-ids';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { savePlanRow } from '@/db/plan-writes';
import { markProgress } from '@/db/progress-writes';
import { actionId, groupId, schoolId, templateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { actAsPrincipal, renderAppAt, seededDb } from './render-app';

afterEach(cleanup);

const NOVEMBER_2025 = '2025-11-10' as LocalDate;

async function classesOf(db: Awaited<ReturnType<typeof seededDb>>) {
  return (await db.groups.where('schoolYearId').equals('sy-2025').toArray())
    .map((g) => `${g.name} ${g.grades.join('+')}`)
    .sort();
}

describe('schools and classes', () => {
  it('adds a combined class, refusing one without grades with the reason next to the field', async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    await renderAppAt(db, NOVEMBER_2025, '/schools/school-demo');
    await screen.findByRole('heading', { level: 2, name: 'Esimerkkikoulu' });
    const classes = await screen.findByRole('region', { name: 'Luokat' });
    await within(classes).findByText('5–6');
    await user.click(within(classes).getByRole('button', { name: 'Uusi luokka' }));
    const form = within(classes).getByRole('form', { name: 'Uusi luokka' });
    await user.type(within(form).getByLabelText('Luokan nimi'), '1–2B');
    await user.click(within(form).getByRole('button', { name: 'Lisää luokka' }));
    expect(within(form).getByText('Valitse vähintään yksi luokka-aste.')).toBeTruthy();
    expect(await db.outbox.count()).toBe(0);
    await user.click(within(form).getByRole('checkbox', { name: '1. luokka' }));
    await user.click(within(form).getByRole('checkbox', { name: '2. luokka' }));
    await user.click(within(form).getByRole('button', { name: 'Lisää luokka' }));
    await within(classes).findByText('1–2B');
    expect(await classesOf(db)).toContain('1–2B 1+2');
    // Its schedule was derived with the tasks of both grades.
    const added = (await db.groups.toArray()).find((g) => g.name === '1–2B');
    expect(await db.schedules.where('schoolYearId').equals('sy-2025').count()).toBeGreaterThan(0);
    expect(await db.schedules.get(`sy-2025~g:${added?.id ?? ''}` as never)).toBeTruthy();
  });

  it('removes a class without ticks, and keeps one with ticks saying why', async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    await markProgress(db, {
      actionId: actionId('sy-2025~g:g-2025-3a~tpl-x~'),
      state: 'done',
      day: '2025-11-03' as LocalDate,
      by: 'Opettaja',
    });
    await renderAppAt(db, NOVEMBER_2025, '/schools/school-demo');
    const classes = await screen.findByRole('region', { name: 'Luokat' });
    await user.click(await within(classes).findByRole('button', { name: 'Poista luokka 3A' }));
    await within(classes).findByText(
      'Luokkaa 3A ei voi poistaa: sillä on 1 kuittaus. Kuittauksia ei koskaan poisteta.',
    );
    expect(await db.groups.get(groupId('g-2025-3a'))).toBeTruthy();
    await user.click(within(classes).getByRole('button', { name: 'Poista luokka 4A' }));
    await within(classes).findByText('Luokka 4A poistettiin.');
    expect(await db.groups.get(groupId('g-2025-4a'))).toBeUndefined();
    await waitFor(() => expect(within(classes).queryByText('4A')).toBeNull());
  });

  it('creates a school and opens it; a school without a name is refused', async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    const { memory } = await renderAppAt(db, NOVEMBER_2025, '/schools');
    await user.click(await screen.findByRole('button', { name: 'Uusi koulu' }));
    const form = screen.getByRole('form', { name: 'Uusi koulu' });
    await user.click(within(form).getByRole('checkbox', { name: '7. luokka' }));
    await user.click(within(form).getByRole('button', { name: 'Lisää koulu' }));
    expect(within(form).getByText('Kirjoita nimi.')).toBeTruthy();
    expect(within(form).getByLabelText('Nimi').getAttribute('aria-invalid')).toBe('true');
    await user.type(within(form).getByLabelText('Nimi'), 'Yläkoulu');
    await user.click(within(form).getByRole('button', { name: 'Lisää koulu' }));
    await screen.findByRole('heading', { level: 2, name: 'Yläkoulu' });
    const created = (await db.schools.toArray()).find((s) => s.name === 'Yläkoulu');
    expect(created).toMatchObject({ grades: [7], organizationId: 'org-demo' });
    expect(memory.history.at(-1)).toBe(`/schools/${created?.id ?? ''}`);
  });

  it("a principal sees their own school's classes to edit, the school itself read-only, no other school", async () => {
    const db = await seededDb();
    await actAsPrincipal(db);
    await renderAppAt(db, NOVEMBER_2025, '/schools/school-demo');
    await screen.findByRole('heading', { level: 2, name: 'Esimerkkikoulu' });
    expect(
      screen.getByText('Vain koordinaattori muuttaa koulun nimeä ja luokka-asteita.'),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Uusi koulu' })).toBeNull();
    const classes = screen.getByRole('region', { name: 'Luokat' });
    expect(await within(classes).findByRole('button', { name: 'Muokkaa luokkaa 3A' })).toBeTruthy();
    cleanup();
    await db.meta.put({
      key: 'sessionUser',
      value: {
        username: 'rehtori',
        displayName: 'Rehtori',
        role: 'principal',
        organizationId: 'org-demo',
        schools: ['school-other'],
        groups: [],
      },
    });
    await renderAppAt(db, NOVEMBER_2025, '/schools/school-demo');
    await screen.findByText('Koulua ei löydy tai se ei ole sinun koulusi.');
    expect(screen.queryByRole('link', { name: 'Esimerkkikoulu' })).toBeNull();
  });

  it('moves a task for the school, switches one off, and undoes it', async () => {
    const db = await seededDb();
    const user = userEvent.setup();
    await renderAppAt(db, NOVEMBER_2025, '/schools/school-demo');
    const section = await screen.findByRole('region', {
      name: 'Koulun omat muutokset kunnan suunnitelmaan',
    });
    await within(section).findByText('Koulu noudattaa kunnan suunnitelmaa sellaisenaan.');
    const form = within(section).getByRole('form', { name: 'Muuta tehtävää tällä koululla' });
    await user.click(within(form).getByRole('button', { name: 'Tallenna muutos' }));
    expect(within(form).getByText('Valitse tehtävä.')).toBeTruthy();
    expect(await db.outbox.count()).toBe(0);
    const task = within(form).getByLabelText('Tehtävä');
    expect(
      within(task).getByRole('option', { name: 'Terveiden valintojen viikko (viikko 45)' }),
    ).toBeTruthy();
    await user.selectOptions(task, 'tpl-healthy-choices-week-1-6');
    await user.selectOptions(within(form).getByLabelText('Kuukausi'), '12');
    await user.click(within(form).getByRole('button', { name: 'Tallenna muutos' }));
    await within(section).findByText('(Koulun oma ajoitus: joulukuu)');
    expect(await db.adjustments.toArray()).toEqual([
      {
        id: 'school-demo.adj.tpl-healthy-choices-week-1-6',
        schoolId: 'school-demo',
        templateId: 'tpl-healthy-choices-week-1-6',
        kind: 'move',
        timing: { kind: 'month', month: 12, part: 'whole' },
      },
    ]);

    await user.selectOptions(task, 'tpl-healthy-choices-week-1-6');
    await user.click(within(form).getByRole('radio', { name: 'Jätä pois tältä koululta' }));
    await user.click(within(form).getByRole('button', { name: 'Tallenna muutos' }));
    // The write, its schedules derived again and the live query re-read: over 1 s on a busy machine.
    await within(section).findByText('(Ei käytössä tällä koululla)', {}, { timeout: 10_000 });
    expect((await db.adjustments.toArray()).map((a) => [a.kind, a.timing])).toEqual([
      ['off', null],
    ]);

    await user.click(
      within(section).getByRole('button', {
        name: 'Palauta kunnan ajoitus: Terveiden valintojen viikko',
      }),
    );
    await within(section).findByText(
      'Tehtävä Terveiden valintojen viikko noudattaa taas kunnan suunnitelmaa.',
    );
    expect(await db.adjustments.count()).toBe(0);
  });

  it("shows a moved task on the class's month as the school's own timing", async () => {
    const db = await seededDb();
    await savePlanRow(db, 'adjustment', {
      id: adjustmentIdFor(schoolId('school-demo'), templateId('tpl-healthy-choices-week-1-6')),
      schoolId: schoolId('school-demo'),
      templateId: templateId('tpl-healthy-choices-week-1-6'),
      kind: 'move',
      timing: { kind: 'month', month: 12, part: 'whole' },
    });
    await renderAppAt(db, '2025-12-08' as LocalDate, '/month/g-2025-3a/2025-12');
    const title = await screen.findByText('Terveiden valintojen viikko');
    const card = title.closest('li') ?? title.parentElement!;
    expect(within(card as HTMLElement).getByText('Koulun oma ajoitus')).toBeTruthy();
  });
});
