import { describe, expect, it } from 'vitest';
import { actionId, groupId, schoolId, schoolYearId, templateId } from './ids';
import { mustParseLocalDate as d } from './local-date';
import type { Action, Progress, ProgressState } from './model';
import { classReminders } from './reminders';

function action(id: string, start: string, end: string): Action {
  return {
    id: actionId(id),
    templateId: templateId(`t-${id}`),
    schoolYearId: schoolYearId('sy-2026'),
    scope: 'class',
    groupId: groupId('g-3a'),
    schoolId: schoolId('s-north'),
    occurrence: '',
    start: d(start),
    end: d(end),
    themeId: null,
    adjustment: null,
  };
}
const mark = (id: string, state: ProgressState): [Action['id'], Progress] => [
  actionId(id),
  { actionId: actionId(id), state, day: d('2026-12-01'), by: 'Opettaja', note: '', updatedAt: 1 },
];

// Around ISO week 53 of 2026: Monday 28 December 2026 to Sunday 3 January 2027.
const ACTIONS = [
  action('ended-week-52', '2026-12-14', '2026-12-27'), // Sunday of week 52
  action('ends-mon-53', '2026-12-21', '2026-12-28'),
  action('ends-wed-53', '2026-12-28', '2026-12-30'),
  action('ends-thu-53', '2026-12-01', '2026-12-31'),
  action('ends-sun-53', '2026-12-28', '2027-01-03'), // a window ending on Sunday
  action('ends-mon-w1', '2026-12-28', '2027-01-04'), // Monday of week 1 of 2027
  action('done-wed-53', '2026-12-28', '2026-12-30'),
  action('skipped-mon-53', '2026-12-28', '2026-12-28'),
  action('done-week-52', '2026-12-21', '2026-12-22'),
];
const PROGRESS = new Map([
  mark('done-wed-53', 'done'),
  mark('skipped-mon-53', 'skipped'),
  mark('done-week-52', 'done'),
  // A note without a mark: still open.
  mark('ends-thu-53', 'todo'),
]);

const remind = (today: string, trackingFrom: string | null = null) => {
  const r = classReminders({
    actions: ACTIONS,
    progress: PROGRESS,
    today: d(today),
    trackingFrom: trackingFrom === null ? null : d(trackingFrom),
  });
  return {
    week: `${r.week.isoYear}-W${r.week.week} ${r.week.monday}..${r.week.sunday}`,
    due: r.dueThisWeek.map((a) => a.id),
    overdue: r.overdue.map((a) => a.id),
  };
};

describe('classReminders', () => {
  // Each list by the day its window ends.
  it.each([
    [
      'Monday of week 53',
      '2026-12-28',
      '2026-W53 2026-12-28..2027-01-03',
      ['ends-mon-53', 'ends-wed-53', 'ends-thu-53', 'ends-sun-53'],
      ['ended-week-52'],
    ],
    [
      'Wednesday of week 53: what ended on Monday is overdue, not due',
      '2026-12-30',
      '2026-W53 2026-12-28..2027-01-03',
      ['ends-wed-53', 'ends-thu-53', 'ends-sun-53'],
      ['ended-week-52', 'ends-mon-53'],
    ],
    [
      'Friday 1 January 2027, still in week 53 of 2026',
      '2027-01-01',
      '2026-W53 2026-12-28..2027-01-03',
      ['ends-sun-53'],
      ['ended-week-52', 'ends-mon-53', 'ends-wed-53', 'ends-thu-53'],
    ],
    [
      'Sunday 3 January 2027: a window ending today is due, not overdue',
      '2027-01-03',
      '2026-W53 2026-12-28..2027-01-03',
      ['ends-sun-53'],
      ['ended-week-52', 'ends-mon-53', 'ends-wed-53', 'ends-thu-53'],
    ],
    [
      'Monday of week 1 of 2027: the Sunday window is overdue, the Monday one due',
      '2027-01-04',
      '2027-W1 2027-01-04..2027-01-10',
      ['ends-mon-w1'],
      ['ended-week-52', 'ends-mon-53', 'ends-wed-53', 'ends-thu-53', 'ends-sun-53'],
    ],
    [
      'Sunday of week 52: its own last day is due; next week is not yet',
      '2026-12-27',
      '2026-W52 2026-12-21..2026-12-27',
      ['ended-week-52'],
      [],
    ],
  ])('on %s', (_, today, week, due, overdue) => {
    expect(remind(today)).toEqual({ week, due, overdue });
  });

  it('counts no action overdue that ended before the school started tracking', () => {
    expect(remind('2026-12-30', '2026-12-28').overdue).toEqual(['ends-mon-53']);
  });

  it('reminds of nothing when every action is done or skipped', () => {
    const r = classReminders({
      actions: ACTIONS.filter((a) => PROGRESS.get(a.id)?.state === 'done'),
      progress: PROGRESS,
      today: d('2026-12-30'),
      trackingFrom: null,
    });
    expect([r.dueThisWeek, r.overdue]).toEqual([[], []]);
  });
});
