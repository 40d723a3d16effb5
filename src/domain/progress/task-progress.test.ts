import { describe, expect, it } from 'vitest';
import { templateId } from '../ids';
import { NO_PROGRESS_FILTER, type ProgressFilter } from './progress-filter';
import { indexProgressPlan } from './progress-plan';
import { progressSummary } from './progress-summary';
import { taskProgress } from './task-progress';
import { GRADE5, LESSON, NORTH, ORG_TASK, PLAN, RECORDS, SOUTH, TODAY, mark } from './test-plan';

const index = indexProgressPlan(PLAN);
const task = (id: string, filter: Partial<ProgressFilter> = {}, records = RECORDS) =>
  taskProgress(index, records, templateId(id), TODAY, { ...NO_PROGRESS_FILTER, ...filter });

describe('taskProgress', () => {
  it('counts the classes that did it, skipped it and not yet, with each class’s figures', () => {
    const lesson = task(LESSON)!;
    expect(lesson.targets).toEqual({ total: 7, didIt: 5, skippedIt: 0, notYet: 2 });
    expect(
      lesson.byTarget.map((t) => [
        t.school?.name,
        t.group?.name,
        t.tally.done,
        t.tally.skipped,
        t.tally.open,
        t.tally.overdue,
        t.actions.map((a) => `${a.action.occurrence}:${a.state}${a.overdue ? '!' : ''}`).join(' '),
      ]),
    ).toEqual([
      ['Etelä', '1A', 1, 0, 2, 0, 'm09:todo m10:done m11:todo'],
      ['Etelä', '5A', 0, 0, 3, 1, 'm09:todo m10:todo! m11:todo'],
      ['Etelä', '6A', 1, 0, 2, 0, 'm09:todo m10:done m11:todo'],
      ['Pohjoinen', '1A', 2, 0, 1, 0, 'm09:done m10:done m11:todo'],
      ['Pohjoinen', '1B', 2, 1, 0, 0, 'm09:done m10:skipped m11:done'],
      ['Pohjoinen', '1C', 0, 0, 3, 2, 'm09:todo! m10:todo! m11:todo'],
      ['Pohjoinen', '5–6', 2, 0, 1, 0, 'm09:done m10:done m11:todo'],
    ]);
  });

  it('gives the notes of the skipped ones, with whose they are, never a todo record’s note', () => {
    expect(
      task(LESSON)!.skipNotes.map((n) => [n.school?.name, n.group?.name, n.day, n.note]),
    ).toEqual([['Pohjoinen', '1B', '2025-10-09', 'Retkipäivä, tunti siirtyi']]);
    const grade5 = task(GRADE5)!;
    expect(grade5.targets).toEqual({ total: 2, didIt: 1, skippedIt: 1, notYet: 0 });
    expect(grade5.skipNotes.map((n) => n.note)).toEqual(['Terveydenhoitaja sairaana']);
  });

  it('has the same figures as the task’s row of the summary, under each filter', () => {
    for (const filter of [{}, { schools: new Set([SOUTH]) }, { month: 10 as const }]) {
      const summary = progressSummary({
        index,
        progress: RECORDS,
        today: TODAY,
        filter: { ...NO_PROGRESS_FILTER, ...filter },
      });
      for (const row of summary.byTask) {
        expect(task(row.template.id, filter)!.tally).toEqual(row.tally);
        expect(task(row.template.id, filter)!.ratings).toEqual(row.ratings);
      }
    }
  });

  it('keeps to the schools in view: another school’s notes are not shown', () => {
    const south = task(GRADE5, { schools: new Set([SOUTH]) })!;
    expect(south.targets).toEqual({ total: 1, didIt: 1, skippedIt: 0, notYet: 0 });
    expect(south.skipNotes).toEqual([]);
    expect(task(ORG_TASK, { schools: new Set([NORTH]) })!.targets.total).toBe(0);
  });

  it('is null for a task the plan does not have', () => {
    expect(task('t-unknown')).toBeNull();
  });

  it('a skip with no note adds no note; a note on a skip another class made later is added', () => {
    const records = [
      ...RECORDS,
      mark('sy-2025~g:s-5a~t-lesson~m09', 'skipped'),
      mark('sy-2025~g:s-6a~t-lesson~m09', 'skipped', 'Ei ehditty', '2025-10-20'),
    ];
    expect(task(LESSON, {}, records)!.skipNotes.map((n) => [n.group?.name, n.note])).toEqual([
      ['6A', 'Ei ehditty'],
      ['1B', 'Retkipäivä, tunti siirtyi'],
    ]);
    expect(task(LESSON, {}, records)!.targets).toEqual({
      total: 7,
      didIt: 5,
      skippedIt: 1,
      notYet: 1,
    });
  });
});
