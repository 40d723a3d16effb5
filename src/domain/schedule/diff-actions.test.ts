import { describe, expect, it } from 'vitest';
import { actionId, groupId, schoolId, schoolYearId, templateId, themeId } from '../ids';
import { mustParseLocalDate as d } from '../local-date';
import type { Action } from '../model';
import { diffActions } from './diff-actions';

function action(id: string, overrides: Partial<Action> = {}): Action {
  return {
    id: actionId(id),
    templateId: templateId('t-1'),
    schoolYearId: schoolYearId('sy-2025'),
    scope: 'class',
    groupId: groupId('g-1a'),
    schoolId: schoolId('s-north'),
    occurrence: '',
    start: d('2025-11-03'),
    end: d('2025-11-07'),
    themeId: null,
    adjustment: null,
    ...overrides,
  };
}

describe('diffActions', () => {
  it('puts new and changed actions and removes the missing ones', () => {
    const existing = [
      action('a'),
      action('b'),
      action('c', { adjustment: { kind: 'movedOutOfBreak', breakKind: 'autumn' } }),
    ];
    const next = [
      action('a'),
      action('b', { end: d('2025-11-06') }),
      action('c', { adjustment: { kind: 'movedOutOfBreak', breakKind: 'winter' } }),
      action('d'),
    ];
    expect(diffActions(existing, next)).toEqual({ put: [next[1], next[2], next[3]], remove: [] });
    expect(diffActions(next, [action('a')])).toEqual({ put: [], remove: ['b', 'c', 'd'] });
  });

  it('treats equal values in new objects as unchanged', () => {
    const existing = [action('a', { adjustment: { kind: 'clampedToSchoolYear' } })];
    expect(
      diffActions(existing, [action('a', { adjustment: { kind: 'clampedToSchoolYear' } })]),
    ).toEqual({ put: [], remove: [] });
  });

  it.each<[string, Partial<Action>]>([
    ['theme', { themeId: themeId('th-2') }],
    ['adjustment', { adjustment: { kind: 'movedOffHoliday' } }],
    ['start', { start: d('2025-11-04') }],
    ['end', { end: d('2025-11-10') }],
    ['school', { schoolId: schoolId('s-south') }],
  ])('notices a changed %s', (_field, change) => {
    const changed = action('a', change);
    expect(diffActions([action('a')], [changed])).toEqual({ put: [changed], remove: [] });
  });
});
