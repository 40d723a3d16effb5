import { describe, expect, it } from 'vitest';
import { actionId, groupId, schoolId, schoolYearId, templateId } from './ids';
import type { ActionId } from './ids';
import { mustParseLocalDate as d } from './local-date';
import type { Action, Progress, ProgressState } from './model';
import { isOverdue, monthActions, monthRange, nextMonthOf, nextMonthPreview } from './month-view';
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
const october = (today: string): MonthViewInput => ({
  actions,
  progress: progressMap,
  today: d(today),
  year: 2025,
  month: 10,
});

describe('monthActions', () => {
  it('puts overdue ones first, from earlier months too, then the month by start', () => {
    const items = monthActions(october('2025-10-08'));
    expect(items.map((x) => [x.action.id, x.state, x.overdue])).toEqual([
      ['sep-open', 'todo', true],
      ['oct-early-open', 'todo', true],
      ['oct-early-done', 'done', false],
      ['oct-late', 'todo', false],
      ['across', 'todo', false],
    ]);
  });

  it('brings no earlier overdue actions into a month that does not hold today', () => {
    const items = monthActions(october('2025-11-20'));
    expect(items.map((x) => [x.action.id, x.overdue])).toEqual([
      ['oct-early-open', true],
      ['oct-late', true],
      ['across', true],
      ['oct-early-done', false],
    ]);
  });

  it('keeps the progress record', () => {
    const items = monthActions({ ...october('2025-10-08'), month: 9 });
    expect(items.find((x) => x.action.id === 'sep-done')?.progress?.by).toBe('Opettaja');
  });
});

describe('nextMonthPreview', () => {
  it('lists next month without what already shows this month', () => {
    expect(nextMonthPreview(october('2025-10-08')).map((x) => x.action.id)).toEqual(['nov']);
  });
  it('crosses the new year', () => {
    const items = nextMonthPreview({
      actions: [action('jan', '2026-01-07', '2026-01-13')],
      progress: new Map(),
      today: d('2025-12-01'),
      year: 2025,
      month: 12,
    });
    expect(items.map((x) => x.action.id)).toEqual(['jan']);
  });
});

describe('helpers', () => {
  it.each([
    ['2025-10-24', 'todo', '2025-10-25', true],
    ['2025-10-24', 'todo', '2025-10-24', false],
    ['2025-10-24', 'done', '2025-11-01', false],
    ['2025-10-24', 'skipped', '2025-11-01', false],
  ] as const)('window ending %s, %s, today %s: overdue %s', (end, state, today, expected) => {
    expect(isOverdue(action('x', '2025-10-20', end), state, d(today))).toBe(expected);
  });
  it('knows month bounds and the next month', () => {
    expect(monthRange(2028, 2)).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(nextMonthOf(2025, 12)).toEqual({ year: 2026, month: 1 });
    expect(nextMonthOf(2026, 7)).toEqual({ year: 2026, month: 8 });
  });
});
