import { describe, expect, it } from 'vitest';
import { actionId, groupId, schoolId, schoolYearId, templateId } from './ids';
import type { ActionId } from './ids';
import { mustParseLocalDate as d } from './local-date';
import type { Action, Progress, ProgressState } from './model';
import { monthView } from './month-view';
import { isOverdue } from './overdue';
import type { MonthViewInput } from './month-view';

function action(id: string, start: string, end: string): Action {
  return {
    id: actionId(id),
    templateId: templateId(`t-${id}`),
    schoolYearId: schoolYearId('sy-2025'),
    scope: 'class',
    groupId: groupId('g-1a'),
    schoolId: schoolId('s-north'),
    occurrence: '',
    start: d(start),
    end: d(end),
    themeId: null,
    adjustment: null,
  };
}
function progress(id: string, state: ProgressState): [ActionId, Progress] {
  return [
    actionId(id),
    { actionId: actionId(id), state, day: d('2025-10-01'), by: 'Opettaja', note: '', updatedAt: 1 },
  ];
}

const actions = [
  action('aug-open', '2025-08-11', '2025-08-15'),
  action('sep-done', '2025-09-01', '2025-09-30'),
  action('sep-open', '2025-09-08', '2025-09-12'),
  action('sep-skipped', '2025-09-15', '2025-09-19'),
  action('oct-late', '2025-10-20', '2025-10-24'),
  action('oct-early-open', '2025-10-01', '2025-10-03'),
  action('oct-early-done', '2025-10-01', '2025-10-02'),
  action('across', '2025-10-27', '2025-11-07'),
  action('nov', '2025-11-10', '2025-11-14'),
  action('dec', '2025-12-01', '2025-12-05'),
];
const progressMap = new Map([
  progress('sep-done', 'done'),
  progress('sep-skipped', 'skipped'),
  progress('oct-early-done', 'done'),
]);
const october = (today: string, trackingFrom: string | null = null): MonthViewInput => ({
  actions,
  progress: progressMap,
  today: d(today),
  year: 2025,
  month: 10,
  trackingFrom: trackingFrom === null ? null : d(trackingFrom),
});
const ids = (items: readonly { action: Action }[]) => items.map((x) => x.action.id);

describe('monthView', () => {
  it('shows the month first, by start, and the overdue ones of earlier months apart', () => {
    const view = monthView(october('2025-10-08'));
    expect(view.month.map((x) => [x.action.id, x.state, x.overdue])).toEqual([
      ['oct-early-done', 'done', false],
      ['oct-early-open', 'todo', true],
      ['oct-late', 'todo', false],
      ['across', 'todo', false],
    ]);
    expect(ids(view.earlierOverdue)).toEqual(['aug-open', 'sep-open']);
    expect(view.earlierOverdueCount).toBe(2);
  });

  it('brings no earlier overdue actions into a month that does not hold today', () => {
    const view = monthView(october('2025-11-20'));
    expect(view.month.map((x) => [x.action.id, x.overdue])).toEqual([
      ['oct-early-done', false],
      ['oct-early-open', true],
      ['oct-late', true],
      ['across', true],
    ]);
    expect(view.earlierOverdue).toEqual([]);
    expect(view.earlierOverdueCount).toBe(0);
  });

  it.each([
    // [tracking from, earlier overdue, overdue in the month]
    [null, ['aug-open', 'sep-open'], ['oct-early-open']],
    ['2025-09-01', ['sep-open'], ['oct-early-open']],
    ['2025-09-12', ['sep-open'], ['oct-early-open']],
    ['2025-09-13', [], ['oct-early-open']],
    ['2025-10-04', [], []],
  ] as const)(
    'tracking from %s: earlier overdue %j, overdue this month %j',
    (from, earlier, now) => {
      const view = monthView(october('2025-10-08', from));
      expect(ids(view.earlierOverdue)).toEqual(earlier);
      expect(ids(view.month.filter((x) => x.overdue))).toEqual(now);
    },
  );

  it('keeps an earlier action marked during the visit in the overdue section, not counted', () => {
    const ticked = new Map([...progressMap, progress('sep-open', 'done')]);
    const kept = new Set([actionId('sep-open')]);
    const input = { ...october('2025-10-08'), progress: ticked };
    expect(ids(monthView(input).earlierOverdue)).toEqual(['aug-open']);
    const view = monthView({ ...input, keptOverdue: kept });
    expect(view.earlierOverdue.map((x) => [x.action.id, x.state, x.overdue])).toEqual([
      ['aug-open', 'todo', true],
      ['sep-open', 'done', false],
    ]);
    expect(view.earlierOverdueCount).toBe(1);
  });

  it('keeps the progress record', () => {
    const view = monthView({ ...october('2025-10-08'), month: 9 });
    expect(view.month.find((x) => x.action.id === 'sep-done')?.progress?.by).toBe('Opettaja');
  });

  it('previews next month without what already shows this month', () => {
    expect(ids(monthView(october('2025-10-08')).nextMonth)).toEqual(['nov']);
  });

  it('previews across the new year and into a leap February', () => {
    const view = (year: number, month: number, list: Action[]) =>
      ids(
        monthView({
          actions: list,
          progress: new Map(),
          today: d('2025-12-01'),
          year,
          month,
          trackingFrom: null,
        }).nextMonth,
      );
    expect(view(2025, 12, [action('jan', '2026-01-07', '2026-01-13')])).toEqual(['jan']);
    expect(view(2028, 1, [action('feb29', '2028-02-29', '2028-02-29')])).toEqual(['feb29']);
    expect(view(2028, 2, [action('feb29', '2028-02-29', '2028-02-29')])).toEqual([]);
  });
});

describe('isOverdue', () => {
  it.each([
    ['2025-10-24', 'todo', '2025-10-25', null, true],
    ['2025-10-24', 'todo', '2025-10-24', null, false],
    ['2025-10-24', 'done', '2025-11-01', null, false],
    ['2025-10-24', 'skipped', '2025-11-01', null, false],
    ['2025-10-24', 'todo', '2025-11-01', '2025-10-24', true],
    ['2025-10-24', 'todo', '2025-11-01', '2025-10-25', false],
    ['2025-10-24', 'todo', '2025-11-01', '2026-01-07', false],
  ] as const)(
    'window ending %s, %s, today %s, tracking from %s: overdue %s',
    (end, state, today, from, expected) => {
      expect(
        isOverdue(action('x', '2025-10-20', end), state, d(today), from === null ? null : d(from)),
      ).toBe(expected);
    },
  );
});
