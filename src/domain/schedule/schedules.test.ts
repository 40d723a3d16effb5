import { describe, expect, it } from 'vitest';
import { actionId, groupId, scheduleId, schoolId, schoolYearId, templateId, themeId } from '../ids';
import { mustParseLocalDate as d } from '../local-date';
import type { Action } from '../model';
import type { ScheduleProblem } from './materialize-actions';
import { scheduleIdOfAction } from './schedule-ids';
import { actionsOf, type Schedule } from './schedule-record';
import {
  diffSchedules,
  nextProblems,
  nextSchedules,
  sameProblems,
  schedulesOf,
  type SchedulePart,
} from './schedules';

/** An action of class 1A's (or, by id, another target's) schedule in 2025-2026. */
function action(id: string, overrides: Partial<Action> = {}): Action {
  const [, target = '', template = 't-1', occurrence = ''] = id.split('~');
  const scope = target === 'org' ? 'organization' : target.startsWith('s:') ? 'school' : 'class';
  return {
    id: actionId(id),
    templateId: templateId(template),
    schoolYearId: schoolYearId('sy-2025'),
    scope,
    groupId: scope === 'class' ? groupId(target.slice(2)) : null,
    schoolId: scope === 'organization' ? null : schoolId('s-north'),
    occurrence,
    start: d('2025-11-03'),
    end: d('2025-11-07'),
    themeId: null,
    adjustment: null,
    ...overrides,
  };
}

const RULES_1A = action('sy-2025~g:g-1a~t-rules~', { start: d('2025-09-01') });
const SURVEY_1A = action('sy-2025~g:g-1a~t-survey~');
const RULES_1B = action('sy-2025~g:g-1b~t-rules~', { start: d('2025-09-01') });
const MEETING_NORTH = action('sy-2025~s:s-north~t-meeting~m09', { start: d('2025-09-01') });
const STEERING = action('sy-2025~org~t-steering~', { start: d('2026-05-18') });

const ids = (schedules: readonly Schedule[]) =>
  schedules.map((s) => [s.id, actionsOf(s).map((a) => a.id)]);

describe('scheduleIdOfAction', () => {
  it.each([
    ['sy-2025~g:g-1a~t-rules~', 'sy-2025~g:g-1a'],
    ['sy-2025~s:s-north~t-meeting~m09', 'sy-2025~s:s-north'],
    ['sy-2025~org~t-steering~', 'sy-2025~org'],
  ])('%s is in %s', (id, expected) => {
    expect(scheduleIdOfAction(actionId(id))).toBe(expected);
  });
});

describe('schedulesOf', () => {
  it('groups actions into one record per target, by id, each by window', () => {
    const schedules = schedulesOf([SURVEY_1A, STEERING, RULES_1B, RULES_1A, MEETING_NORTH]);
    expect(ids(schedules)).toEqual([
      ['sy-2025~g:g-1a', ['sy-2025~g:g-1a~t-rules~', 'sy-2025~g:g-1a~t-survey~']],
      ['sy-2025~g:g-1b', ['sy-2025~g:g-1b~t-rules~']],
      ['sy-2025~org', ['sy-2025~org~t-steering~']],
      ['sy-2025~s:s-north', ['sy-2025~s:s-north~t-meeting~m09']],
    ]);
    expect(schedules.map((s) => [s.scope, s.groupId, s.schoolId, s.schoolYearId])).toEqual([
      ['class', 'g-1a', 's-north', 'sy-2025'],
      ['class', 'g-1b', 's-north', 'sy-2025'],
      ['organization', null, null, 'sy-2025'],
      ['school', null, 's-north', 'sy-2025'],
    ]);
  });

  it('orders a schedule by start, then end, then id', () => {
    const early = action('sy-2025~g:g-1a~t-b~', { start: d('2025-09-01'), end: d('2025-09-05') });
    const later = action('sy-2025~g:g-1a~t-a~', { start: d('2025-09-01'), end: d('2025-09-30') });
    const tie = action('sy-2025~g:g-1a~t-c~', { start: d('2025-09-01'), end: d('2025-09-30') });
    const [schedule] = schedulesOf([tie, later, early]);
    expect(actionsOf(schedule!).map((a) => a.id)).toEqual([early.id, later.id, tie.id]);
  });

  it('makes no record for no actions', () => {
    expect(schedulesOf([])).toEqual([]);
  });

  it('keeps of an action only what is its own, and gives the whole action back', () => {
    const moved = { ...RULES_1A, adjustment: { kind: 'movedOffHoliday' } } as const;
    const [schedule] = schedulesOf([moved, SURVEY_1A]) as [Schedule];
    expect(schedule.actions[0]).toEqual({
      templateId: 't-rules',
      occurrence: '',
      start: '2025-09-01',
      end: '2025-11-07',
      themeId: null,
      adjustment: { kind: 'movedOffHoliday' },
    });
    expect(actionsOf(schedule)).toEqual([moved, SURVEY_1A]);
  });
});

describe('nextSchedules', () => {
  const stored = schedulesOf([RULES_1A, SURVEY_1A, RULES_1B, MEETING_NORTH, STEERING]);
  const movedRules1A = { ...RULES_1A, start: d('2025-12-01'), end: d('2025-12-19') };
  const movedRules1B = { ...RULES_1B, start: d('2025-12-01'), end: d('2025-12-19') };

  it.each<[string, readonly Schedule[], SchedulePart, Action[], [string, string[]][]]>([
    [
      'a template moved: its actions move, the others stay',
      stored,
      { kind: 'templates', templateIds: [templateId('t-rules')] },
      [movedRules1A, movedRules1B],
      [
        ['sy-2025~g:g-1a', ['sy-2025~g:g-1a~t-survey~', 'sy-2025~g:g-1a~t-rules~']],
        ['sy-2025~g:g-1b', ['sy-2025~g:g-1b~t-rules~']],
        ['sy-2025~org', ['sy-2025~org~t-steering~']],
        ['sy-2025~s:s-north', ['sy-2025~s:s-north~t-meeting~m09']],
      ],
    ],
    [
      'a template retired: a record left empty goes',
      stored,
      { kind: 'templates', templateIds: [templateId('t-rules')] },
      [],
      [
        ['sy-2025~g:g-1a', ['sy-2025~g:g-1a~t-survey~']],
        ['sy-2025~org', ['sy-2025~org~t-steering~']],
        ['sy-2025~s:s-north', ['sy-2025~s:s-north~t-meeting~m09']],
      ],
    ],
    [
      'a class added: its record is new',
      [],
      { kind: 'groups', groupIds: [groupId('g-1c')] },
      [action('sy-2025~g:g-1c~t-rules~')],
      [['sy-2025~g:g-1c', ['sy-2025~g:g-1c~t-rules~']]],
    ],
    [
      'a class removed: its record goes',
      stored.filter((s) => s.groupId === 'g-1b'),
      { kind: 'groups', groupIds: [groupId('g-1b')] },
      [],
      [],
    ],
    [
      'a year derived anew: the fresh actions only',
      stored,
      { kind: 'year' },
      [RULES_1A, STEERING],
      [
        ['sy-2025~g:g-1a', ['sy-2025~g:g-1a~t-rules~']],
        ['sy-2025~org', ['sy-2025~org~t-steering~']],
      ],
    ],
  ])('%s', (_, existing, part, fresh, expected) => {
    expect(ids(nextSchedules(existing, part, fresh))).toEqual(expected);
  });

  it('returns an untouched record as the same object', () => {
    const next = nextSchedules(
      stored,
      { kind: 'templates', templateIds: [templateId('t-rules')] },
      [movedRules1A, movedRules1B],
    );
    expect(next.find((s) => s.id === 'sy-2025~org')).toBe(
      stored.find((s) => s.id === 'sy-2025~org'),
    );
  });

  it('gives the same records incrementally as derived from scratch', () => {
    const incremental = nextSchedules(
      stored,
      { kind: 'templates', templateIds: [templateId('t-rules')] },
      [movedRules1A, movedRules1B],
    );
    const scratch = schedulesOf([movedRules1A, SURVEY_1A, movedRules1B, MEETING_NORTH, STEERING]);
    expect(incremental).toEqual(scratch);
    expect(diffSchedules(incremental, scratch)).toEqual({ put: [], remove: [] });
  });
});

describe('diffSchedules', () => {
  const [rules1a] = schedulesOf([RULES_1A, SURVEY_1A]) as [Schedule];

  it('puts new and changed records and removes the missing ones', () => {
    const [moved] = schedulesOf([{ ...RULES_1A, end: d('2025-09-12') }, SURVEY_1A]) as [Schedule];
    const [added] = schedulesOf([RULES_1B]) as [Schedule];
    expect(diffSchedules([rules1a], [moved, added])).toEqual({ put: [moved, added], remove: [] });
    expect(diffSchedules([rules1a, added], [])).toEqual({
      put: [],
      remove: [scheduleId('sy-2025~g:g-1a'), scheduleId('sy-2025~g:g-1b')],
    });
  });

  it('keeps the breaks a window spans only where there are any, and gives them back', () => {
    const spanning: Action = { ...RULES_1A, spansBreaks: ['autumn', 'christmas'] };
    const [record] = schedulesOf([spanning, { ...SURVEY_1A, spansBreaks: [] }]) as [Schedule];
    expect(record.actions.map((a) => 'spansBreaks' in a)).toEqual([true, false]);
    expect(actionsOf(record).map((a) => a.spansBreaks)).toEqual([
      ['autumn', 'christmas'],
      undefined,
    ]);
  });

  it('treats equal values in new objects as unchanged', () => {
    const copy = JSON.parse(JSON.stringify(rules1a)) as Schedule;
    expect(diffSchedules([rules1a], [copy])).toEqual({ put: [], remove: [] });
  });

  it.each<[string, Partial<Action>]>([
    ['theme', { themeId: themeId('th-2') }],
    ['adjustment', { adjustment: { kind: 'movedOffHoliday' } }],
    [
      'break of an adjustment',
      { adjustment: { kind: 'movedOutOfBreak', breakKind: 'winter', direction: 'after' } },
    ],
    [
      'direction of an adjustment',
      { adjustment: { kind: 'movedOutOfBreak', breakKind: 'autumn', direction: 'before' } },
    ],
    ['breaks spanned', { spansBreaks: ['autumn'] }],
    ['start', { start: d('2025-09-02') }],
    ['end', { end: d('2025-11-10') }],
    ['school', { schoolId: schoolId('s-south') }],
  ])('notices a changed %s', (_field, change) => {
    const base = schedulesOf([
      {
        ...RULES_1A,
        adjustment: { kind: 'movedOutOfBreak', breakKind: 'autumn', direction: 'after' },
      },
    ]) as [Schedule];
    const [changed] = schedulesOf([{ ...actionsOf(base[0])[0]!, ...change }]) as [Schedule];
    expect(diffSchedules(base, [changed])).toEqual({ put: [changed], remove: [] });
  });
});

describe('nextProblems', () => {
  const week53: ScheduleProblem = {
    templateId: templateId('t-53'),
    occurrence: '',
    code: 'WEEK_NOT_IN_YEAR',
  };
  const other: ScheduleProblem = {
    templateId: templateId('t-a'),
    occurrence: 'm13',
    code: 'WEEK_NOT_IN_YEAR',
  };

  it.each<[string, ScheduleProblem[], SchedulePart, ScheduleProblem[], ScheduleProblem[]]>([
    ['a year replaces all', [week53, other], { kind: 'year' }, [], []],
    [
      'a template replaces its own, ordered by template',
      [week53],
      { kind: 'templates', templateIds: [templateId('t-a')] },
      [other],
      [week53, other],
    ],
    [
      'a fixed template clears its own',
      [week53, other],
      { kind: 'templates', templateIds: [templateId('t-53')] },
      [],
      [other],
    ],
    [
      'a class changes none',
      [week53],
      { kind: 'groups', groupIds: [groupId('g-1a')] },
      [],
      [week53],
    ],
  ])('%s', (_, existing, part, fresh, expected) => {
    const next = nextProblems(existing, part, fresh);
    expect(next).toEqual(expected);
    expect(sameProblems(next, expected)).toBe(true);
  });

  it('tells different lists apart', () => {
    expect(sameProblems([week53], [other])).toBe(false);
    expect(sameProblems([week53], [])).toBe(false);
  });
});
