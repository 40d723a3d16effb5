import { describe, expect, it } from 'vitest';
import { schoolId, themeId } from '../ids';
import { mustParseLocalDate as d } from '../local-date';
import { NO_PROGRESS_FILTER, type ProgressFilter } from './progress-filter';
import { indexProgressPlan } from './progress-plan';
import { progressSummary } from './progress-summary';
import type { Tally } from './tally';
import { NORTH, PLAN, RECORDS, SOUTH, TODAY, mark } from './test-plan';

/** A tally written as [total, done, skipped, open, due, overdue, percentDone, percentKeptUp]. */
type Figures = [number, number, number, number, number, number, number | null, number | null];
const figures = (t: Tally): Figures => [
  t.total,
  t.done,
  t.skipped,
  t.open,
  t.due,
  t.overdue,
  t.percentDone,
  t.percentKeptUp,
];

const index = indexProgressPlan(PLAN);
const summarize = (filter: Partial<ProgressFilter> = {}, records = RECORDS, today = TODAY) =>
  progressSummary({
    index,
    progress: records,
    today,
    filter: { ...NO_PROGRESS_FILTER, ...filter },
  });

describe('progressSummary of the test year on 10 Nov 2025', () => {
  const summary = summarize();

  it('counts every current action once; Etelä’s tasks that ended before it started tracking are not due', () => {
    expect(figures(summary.total)).toEqual([26, 10, 2, 14, 14, 3, 38, 78]);
  });

  it('by school, by name; the organization’s own task is in no school', () => {
    expect(summary.bySchool.map((r) => [r.school.name, ...figures(r.tally)])).toEqual([
      ['Etelä', 11, 3, 0, 8, 4, 1, 27, 75],
      ['Pohjoinen', 14, 7, 2, 5, 10, 2, 50, 80],
    ]);
  });

  it('by level: a combined class’s task of both its grades is in both; schools’ and the organization’s own apart', () => {
    expect(summary.byLevel.map((r) => [r.level, ...figures(r.tally)])).toEqual([
      [1, 12, 5, 1, 6, 7, 2, 41, 71],
      [5, 8, 3, 1, 4, 5, 1, 37, 80],
      [6, 6, 3, 0, 3, 3, 0, 50, 100],
      ['school', 2, 1, 0, 1, 1, 0, 50, 100],
      ['organization', 1, 0, 0, 1, 0, 0, 0, null],
    ]);
  });

  it('by class: by school, then lowest grade and name (other years’ classes left out)', () => {
    expect(summary.byClass.map((r) => [r.school.name, r.group.name, ...figures(r.tally)])).toEqual([
      ['Etelä', '1A', 3, 1, 0, 2, 1, 0, 33, 100],
      ['Etelä', '5A', 4, 1, 0, 3, 2, 1, 25, 50],
      ['Etelä', '6A', 3, 1, 0, 2, 1, 0, 33, 100],
      ['Pohjoinen', '1A', 3, 2, 0, 1, 2, 0, 66, 100],
      ['Pohjoinen', '1B', 3, 2, 1, 0, 2, 0, 66, 100],
      ['Pohjoinen', '1C', 3, 0, 0, 3, 2, 2, 0, 0],
      ['Pohjoinen', '5–6', 4, 2, 1, 1, 3, 0, 50, 100],
    ]);
  });

  it('by the month an action falls due (its window ends), August to July', () => {
    expect(summary.byMonth.map((r) => [r.month, ...figures(r.tally)])).toEqual([
      [9, 9, 4, 0, 5, 5, 1, 44, 80],
      [10, 9, 5, 2, 2, 9, 2, 55, 77],
      [11, 7, 1, 0, 6, 0, 0, 14, null],
      [12, 1, 0, 0, 1, 0, 0, 0, null],
    ]);
  });

  it('by theme, those without one last', () => {
    expect(summary.byTheme.map((r) => [r.themeId, ...figures(r.tally)])).toEqual([
      ['th-a', 21, 8, 1, 12, 11, 3, 38, 72],
      ['th-b', 2, 1, 1, 0, 2, 0, 50, 100],
      [null, 3, 1, 0, 2, 1, 0, 33, 100],
    ]);
  });

  it('by task, with how many classes or schools have it', () => {
    expect(summary.byTask.map((r) => [r.template.id, r.targets, ...figures(r.tally)])).toEqual([
      ['t-lesson', 7, 21, 8, 1, 12, 11, 3, 38, 72],
      ['t-grade5', 2, 2, 1, 1, 0, 2, 0, 50, 100],
      ['t-school', 2, 2, 1, 0, 1, 1, 0, 50, 100],
      ['t-org', 1, 1, 0, 0, 1, 0, 0, 0, null],
    ]);
  });

  it('sums up how each task worked from the ratings of its done actions, those without one apart', () => {
    expect(summary.byTask.map((r) => [r.template.id, r.ratings])).toEqual([
      ['t-lesson', { well: 2, partly: 1, not: 0, unrated: 5 }],
      ['t-grade5', { well: 0, partly: 0, not: 1, unrated: 0 }],
      ['t-school', { well: 0, partly: 0, not: 0, unrated: 1 }],
      ['t-org', { well: 0, partly: 0, not: 0, unrated: 0 }],
    ]);
  });

  it('counts a rating only while its action is done: a rated task marked back to todo is not summed', () => {
    const undone = RECORDS.map((r) =>
      r.rating === 'not' ? { ...r, state: 'todo' as const, day: null } : r,
    );
    expect(summarize({}, undone).byTask[1]!.ratings).toEqual({
      well: 0,
      partly: 0,
      not: 0,
      unrated: 0,
    });
  });

  it('lists the overdue actions by school (by name) and class', () => {
    expect(
      summary.attention.overdue.map((t) => [
        t.school?.name,
        t.group?.name,
        t.actions.map((a) => a.occurrence),
      ]),
    ).toEqual([
      ['Etelä', '5A', ['m10']],
      ['Pohjoinen', '1C', ['m09', 'm10']],
    ]);
  });

  it('lists a school’s own overdue tasks before its classes’, the organization’s last', () => {
    const december = summarize({}, [], d('2025-12-10'));
    expect(
      december.attention.overdue.map((t) => [
        t.school?.name ?? null,
        t.group?.name ?? null,
        t.actions.length,
      ]),
    ).toEqual([
      ['Etelä', '1A', 2],
      ['Etelä', '5A', 3],
      ['Etelä', '6A', 2],
      ['Pohjoinen', null, 1],
      ['Pohjoinen', '1A', 3],
      ['Pohjoinen', '1B', 3],
      ['Pohjoinen', '1C', 3],
      ['Pohjoinen', '5–6', 4],
      [null, null, 1],
    ]);
  });

  it('counts a mark on a task no longer in the plan apart, in its school; another year’s not at all', () => {
    expect(summary.noLongerPlanned).toBe(1);
    expect(summarize({ schools: new Set([NORTH]) }).noLongerPlanned).toBe(1);
    expect(summarize({ schools: new Set([SOUTH]) }).noLongerPlanned).toBe(0);
  });
});

describe('progressSummary filters', () => {
  it.each<[string, Partial<ProgressFilter>, Figures]>([
    [
      'one school (its classes’ and its own tasks)',
      { schools: new Set([NORTH]) },
      [14, 7, 2, 5, 10, 2, 50, 80],
    ],
    ['no school: nothing', { schools: new Set() }, [0, 0, 0, 0, 0, 0, null, null]],
    [
      'an unknown school: nothing',
      { schools: new Set([schoolId('s-x')]) },
      [0, 0, 0, 0, 0, 0, null, null],
    ],
    ['grade 5', { level: 5 }, [8, 3, 1, 4, 5, 1, 37, 80]],
    ['the schools’ own tasks', { level: 'school' }, [2, 1, 0, 1, 1, 0, 50, 100]],
    ['a theme', { themeId: themeId('th-b') }, [2, 1, 1, 0, 2, 0, 50, 100]],
    ['no theme', { themeId: 'none' }, [3, 1, 0, 2, 1, 0, 33, 100]],
    ['a theme no task has', { themeId: themeId('th-x') }, [0, 0, 0, 0, 0, 0, null, null]],
    ['October', { month: 10 }, [9, 5, 2, 2, 9, 2, 55, 77]],
    ['July (nothing falls due)', { month: 7 }, [0, 0, 0, 0, 0, 0, null, null]],
    ['the nurse', { role: 'nurse' }, [2, 1, 1, 0, 2, 0, 50, 100]],
    [
      'the class teacher (the nurse’s task names one too)',
      { role: 'classTeacher' },
      [23, 9, 2, 12, 13, 3, 39, 76],
    ],
    ['Etelä in October', { schools: new Set([SOUTH]), month: 10 }, [4, 3, 0, 1, 4, 1, 75, 75]],
    ['grade 6 and the nurse', { level: 6, role: 'nurse' }, [0, 0, 0, 0, 0, 0, null, null]],
    [
      'a period, by the day windows end: the school tasks (19 Sep) to grade 5’s (17 Oct)',
      { endsWithin: { from: d('2025-09-19'), to: d('2025-10-17') } },
      [11, 6, 2, 3, 10, 2, 54, 80],
    ],
    [
      'a period a day short at both ends leaves both ends’ tasks out',
      { endsWithin: { from: d('2025-09-20'), to: d('2025-10-16') } },
      [7, 4, 1, 2, 7, 2, 57, 71],
    ],
    [
      'a period of one day',
      { endsWithin: { from: d('2025-12-05'), to: d('2025-12-05') } },
      [1, 0, 0, 1, 0, 0, 0, null],
    ],
    [
      'a period and a school',
      { endsWithin: { from: d('2025-09-19'), to: d('2025-10-17') }, schools: new Set([SOUTH]) },
      [5, 3, 0, 2, 4, 1, 60, 75],
    ],
  ])('%s', (_, filter, expected) => {
    expect(figures(summarize(filter).total)).toEqual(expected);
  });

  it('a period of a whole month counts what the month filter counts', () => {
    const september = summarize({ endsWithin: { from: d('2025-09-01'), to: d('2025-09-30') } });
    expect(september).toEqual(summarize({ month: 9 }));
  });

  it('with a grade filter, the level breakdown holds only that grade', () => {
    expect(summarize({ level: 5 }).byLevel.map((r) => r.level)).toEqual([5]);
  });

  it('a filtered summary’s breakdowns add up to its total where each action is in one row', () => {
    const s = summarize({ schools: new Set([NORTH]), month: 10 });
    const sum = (rows: readonly { tally: Tally }[]) => rows.reduce((n, r) => n + r.tally.total, 0);
    expect([sum(s.bySchool), sum(s.byMonth), sum(s.byTheme), sum(s.byTask)]).toEqual([5, 5, 5, 5]);
    expect(s.total.total).toBe(5);
  });
});

describe('progressSummary over time', () => {
  it('before the year begins nothing is due', () => {
    const s = summarize({}, [], d('2025-08-01'));
    expect(figures(s.total)).toEqual([26, 0, 0, 26, 0, 0, 0, null]);
    expect(s.attention.overdue).toEqual([]);
  });

  it('on the last day of a window it is not yet overdue; the day after it is', () => {
    const north1c = { schools: new Set([NORTH]), level: 1 as const, month: 9 as const };
    expect(figures(summarize(north1c, RECORDS, d('2025-09-05')).total)).toEqual([
      3,
      2,
      0,
      1,
      0,
      0,
      66,
      null,
    ]);
    expect(figures(summarize(north1c, RECORDS, d('2025-09-06')).total)).toEqual([
      3, 2, 0, 1, 3, 1, 66, 66,
    ]);
  });

  it('a tick moves the figures: a record replaced by a done one', () => {
    const ticked = [
      ...RECORDS.filter((r) => r.actionId !== 'sy-2025~g:n-1c~t-lesson~m09'),
      mark('sy-2025~g:n-1c~t-lesson~m09', 'done'),
    ];
    expect(figures(summarize({}, ticked).total)).toEqual([26, 11, 2, 13, 14, 2, 42, 85]);
  });

  it('a record marked back to todo counts as open', () => {
    const undone = RECORDS.map((r) =>
      r.actionId === 'sy-2025~s:s-north~t-school~' ? mark(r.actionId, 'todo') : r,
    );
    expect(figures(summarize({ level: 'school' }, undone).total)).toEqual([2, 0, 0, 2, 1, 1, 0, 0]);
  });
});

describe('progressSummary attention', () => {
  it('names the tasks due somewhere and done nowhere, a skip is not done; most due first', () => {
    const records = RECORDS.filter(
      (r) =>
        r.actionId !== 'sy-2025~g:s-5a~t-grade5~' && r.actionId !== 'sy-2025~s:s-north~t-school~',
    );
    const undone = summarize({}, records).attention.undoneTasks;
    expect(
      undone.map((r) => [r.template.id, r.tally.due, r.tally.skipped, r.tally.overdue]),
    ).toEqual([
      ['t-grade5', 2, 1, 1],
      ['t-school', 1, 0, 1],
    ]);
    // In Etelä alone the school task is not due (it ended before Etelä started tracking).
    expect(
      summarize({ schools: new Set([SOUTH]) }, records).attention.undoneTasks.map(
        (r) => r.template.id,
      ),
    ).toEqual(['t-grade5']);
  });

  it('finds a class behind its grade among the classes counted', () => {
    // On 1 Dec every lesson of Sep-Nov is due: Pohjoinen's grade 1 kept up 100, 100 and 0 %.
    const s = summarize({ schools: new Set([NORTH]), level: 1 }, RECORDS, d('2025-12-01'));
    expect(s.byClass.map((r) => [r.group.name, r.tally.due, r.tally.percentKeptUp])).toEqual([
      ['1A', 3, 66],
      ['1B', 3, 100],
      ['1C', 3, 0],
    ]);
    expect(s.attention.behind.map((b) => [b.group.name, b.grade, b.gradeMedian])).toEqual([
      ['1C', 1, 66],
    ]);
  });
});
