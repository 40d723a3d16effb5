import { describe, expect, it } from 'vitest';
import { NO_FILTER, type TemplateFilter } from '@/domain/library/template-filter';
import type { ThemeId } from '@/domain/ids';
import { librarySearch, parseLibrarySearch } from './library-url';

describe('the library’s address', () => {
  it.each<[string, string, Partial<TemplateFilter>]>([
    ['nothing chosen', '', {}],
    ['words, with spaces and å', 'q=kiusaaminen+p%C3%A5+rasten', { text: 'kiusaaminen på rasten' }],
    ['a grade', 'grade=3', { grade: 3 }],
    ['pre-primary', 'grade=0', { grade: 0 }],
    ['a theme', 'theme=theme-health', { themeId: 'theme-health' as ThemeId }],
    ['no theme', 'theme=none', { themeId: 'none' }],
    [
      'a scope and a role',
      'scope=school&role=principal',
      { scope: 'school', responsible: 'principal' },
    ],
    ['a month', 'month=11', { month: 11 }],
    ['retired ones too', 'retired=1', { showRetired: true }],
  ])('%s: %s', (_, search, patch) => {
    const filter = { ...NO_FILTER, ...patch };
    expect(librarySearch(filter)).toBe(search);
    expect(parseLibrarySearch(search)).toEqual(filter);
    expect(parseLibrarySearch(`?${search}`)).toEqual(filter);
  });

  it.each([
    ['grade=10'],
    ['grade=x'],
    ['grade='],
    ['month=13'],
    ['month=0'],
    ['scope=pupil'],
    ['role=janitor'],
    ['retired=yes'],
    ['theme='],
  ])('ignores what is malformed: %s', (search) => {
    expect(parseLibrarySearch(search)).toEqual(NO_FILTER);
  });
});
