// @vitest-environment jsdom
/**
 * A change of the plan shows in the open month at once: the month reads the schedules and the
 * plan through live queries, and a plan write rewrites the schedules it touches in the same
 * transaction.
 */
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { saveGroup, saveSchoolYear, saveTemplate } from '@/db/plan-writes';
import { listSchoolYears, listTemplates } from '@/db/queries';
import { groupId, schoolId, schoolYearId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { seededDb } from './render-app';
import { renderMonth } from './render-month';

afterEach(cleanup);

/** The machine running the tests is shared: give a view time to settle before failing. */
const SETTLE = { timeout: 5_000 };

const NOVEMBER_DAY = '2026-11-10' as LocalDate;
const HEALTH_LESSON = 'Teematunti: hyvinvointi ja terveys';

/** The month of class 3A rendered, and the card of the November health lesson in it. */
async function monthOf3A() {
  const db = await seededDb();
  await renderMonth(db, NOVEMBER_DAY);
  await userEvent
    .setup()
    .selectOptions(await screen.findByLabelText('Luokka', {}, SETTLE), 'g-2026-3a');
  // The month's sections are rendered anew for the chosen class: find them once it shows.
  const title = await screen.findByText(HEALTH_LESSON, {}, SETTLE);
  const section = screen.getByRole('region', { name: /Tehtävät: marraskuu 2026/ });
  const template = (await listTemplates(db)).find((t) => t.title.fi === HEALTH_LESSON);
  if (!template) throw new Error('the sample has no health lesson');
  return { db, section, card: title.closest('li')!, template };
}

describe('a plan change in the open month', () => {
  it('shows a template’s new title', async () => {
    const { db, section, template } = await monthOf3A();
    await saveTemplate(db, { ...template, title: { ...template.title, fi: 'Terveystunti' } });
    expect(await within(section).findByText('Terveystunti', {}, SETTLE)).toBeTruthy();
    expect(within(section).queryByText(HEALTH_LESSON)).toBeNull();
  });

  it('shows a template’s new window', async () => {
    const { db, card, template } = await monthOf3A();
    expect(card.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-02');
    await saveTemplate(db, { ...template, timing: { kind: 'isoWeek', week: 47 } });
    await waitFor(
      () => expect(card.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-16'),
      SETTLE,
    );
    expect(within(card).getByText(/viikko 47/)).toBeTruthy();
  });

  it('shows the windows of a school year saved with a new day off', async () => {
    const { db, card } = await monthOf3A();
    const [, year] = await listSchoolYears(db);
    if (!year || year.id !== schoolYearId('sy-2026')) throw new Error('no 2026-2027 year');
    await saveSchoolYear(db, {
      ...year,
      extraDaysOff: [...year.extraDaysOff, '2026-11-02' as LocalDate],
    });
    await waitFor(
      () => expect(card.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-03'),
      SETTLE,
    );
  });

  it('says in words which break a window holds, and which way a window moved out of one', async () => {
    const { db, card, template } = await monthOf3A();
    // 2 Nov 2026 - 15 Jan 2027 holds the Christmas break (20 Dec - 6 Jan).
    await saveTemplate(db, {
      ...template,
      timing: { kind: 'dateRange', start: '11-02', end: '01-15' },
    });
    expect(await within(card).findByText('Sisältää joululoman.', {}, SETTLE)).toBeTruthy();
    // Week 47 of 2026 (16-20 Nov) made a break: the task goes to the week before it, 9-13 Nov.
    const [, year] = await listSchoolYears(db);
    await saveSchoolYear(db, {
      ...year!,
      breaks: [
        ...year!.breaks,
        { kind: 'other', start: '2026-11-16' as LocalDate, end: '2026-11-20' as LocalDate },
      ],
    });
    await saveTemplate(db, {
      ...template,
      timing: { kind: 'isoWeek', week: 47 },
      breakShift: 'before',
    });
    expect(
      await within(card).findByText(
        'Siirretty ennen lomaa, koska ajankohta osui lomalle (loma).',
        {},
        SETTLE,
      ),
    ).toBeTruthy();
    expect(card.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-09');
    expect(within(card).queryByText('Sisältää joululoman.')).toBeNull();
  });

  it('lists a class added to the year in the picker', async () => {
    const { db } = await monthOf3A();
    await saveGroup(db, {
      id: groupId('g-2026-3b'),
      schoolId: schoolId('school-demo'),
      schoolYearId: schoolYearId('sy-2026'),
      name: '3B',
      grades: [3],
    });
    const picker = screen.getByLabelText<HTMLSelectElement>('Luokka');
    await waitFor(
      () => expect([...picker.options].map((o) => o.value)).toContain('g-2026-3b'),
      SETTLE,
    );
    await userEvent.setup().selectOptions(picker, 'g-2026-3b');
    await waitFor(() => expect(picker.value).toBe('g-2026-3b'), SETTLE);
    const title = await screen.findByText(HEALTH_LESSON, {}, SETTLE);
    expect(title.closest('section')?.getAttribute('aria-labelledby')).toBe('month-heading');
  });
});
