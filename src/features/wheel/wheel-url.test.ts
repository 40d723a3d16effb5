import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '@/domain/wheel/wheel-entries';
import { parseWheelSearch, wheelHref, type WheelParams } from './wheel-url';
import { wheelFileName } from './wheel-download';

describe('the wheel’s address', () => {
  it.each<[string, WheelParams]>([
    ['', { year: null, filter: NO_FILTER, mode: 'grade' }],
    [
      '?year=sy-2026&school=s1&class=g-2026-3a&grade=0&theme=t1&role=nurse&rings=theme',
      {
        year: 'sy-2026' as never,
        filter: {
          schoolId: 's1' as never,
          groupId: 'g-2026-3a' as never,
          grade: 0,
          themeId: 't1' as never,
          role: 'nurse',
        },
        mode: 'theme',
      },
    ],
    // Malformed values count as not given.
    ['grade=10&role=janitor&rings=spiral&grade=', { year: null, filter: NO_FILTER, mode: 'grade' }],
    ['grade=', { year: null, filter: NO_FILTER, mode: 'grade' }],
  ])('%j reads as the choices made', (search, params) => {
    expect(parseWheelSearch(search)).toEqual(params);
  });

  it.each<[WheelParams, string]>([
    [{ year: null, filter: NO_FILTER, mode: 'grade' }, '/wheel'],
    [
      { year: 'sy-2026' as never, filter: { ...NO_FILTER, grade: 3 }, mode: 'theme' },
      '/wheel?year=sy-2026&grade=3&rings=theme',
    ],
  ])('%j is written as %s, and read back the same', (params, href) => {
    expect(wheelHref(params)).toBe(href);
    expect(parseWheelSearch(href.split('?')[1] ?? '')).toEqual(params);
  });
});

describe('wheelFileName', () => {
  it.each([
    [2026, [], 'vuosikello-2026-2027'],
    [2026, ['', '3lk'], 'vuosikello-2026-2027-3lk'],
    [2026, ['5–6'], 'vuosikello-2026-2027-5-6'],
    [2025, ['Ylä-Jämsän koulu', 'eo'], 'vuosikello-2025-2026-yla-jamsan-koulu-eo'],
  ])('%i %j: %s', (year, what, name) => {
    expect(wheelFileName(year, what)).toBe(name);
  });
});
