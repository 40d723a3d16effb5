import { describe, expect, it } from 'vitest';
import { templateId, themeId } from '../ids';
import { builtInTemplates } from '../library/templates/index';
import { builtInThemes } from '../library/themes';
import { libraryToJson, parseLibraryJson } from './library-json';

describe('library JSON', () => {
  it('the built-in library and a retired task shifted before breaks, exported and read back, are the same', () => {
    const [first] = builtInTemplates;
    if (first === undefined) expect.unreachable();
    const retiring = {
      ...first,
      id: templateId('tpl-december'),
      breakShift: 'before' as const,
      retiredFrom: 2027,
    };
    const library = { themes: builtInThemes, templates: [...builtInTemplates, retiring] };
    const text = libraryToJson(library);
    expect(text).toContain('"breakShift": "before"');
    expect(text).toContain('"retiredFrom": 2027');
    expect(parseLibraryJson(libraryToJson(library), [])).toEqual({ ok: true, value: library });
  });

  it('lists each problem with the item number and field', () => {
    const [first, second] = builtInTemplates;
    const text = JSON.stringify({
      format: 'vuosikello-library',
      version: 1,
      themes: [{ id: 'theme-x', name: { fi: 'X', sv: 'X', en: 'X' }, color: 'red' }],
      templates: [
        { ...first, grades: [10] },
        { ...second, timing: { kind: 'isoWeek', week: 60 } },
        { ...second, themeId: 'theme-nowhere' },
      ],
    });
    expect(parseLibraryJson(text, builtInThemes)).toEqual({
      ok: false,
      problems: [
        { row: 1, column: 'themes.color', code: 'invalid' },
        { row: 1, column: 'templates.grades.0', code: 'invalid' },
        { row: 2, column: 'templates.timing.week', code: 'invalid' },
      ],
    });
  });

  it('refuses a theme that is nowhere and an id used twice', () => {
    const first = builtInTemplates[0] ?? expect.unreachable();
    const text = libraryToJson({
      themes: [],
      templates: [
        first,
        { ...first, themeId: null },
        { ...first, id: templateId('tpl-new'), themeId: themeId('theme-nowhere') },
      ],
    });
    expect(parseLibraryJson(text, builtInThemes)).toEqual({
      ok: false,
      problems: [
        { row: 2, column: 'templates.id', code: 'duplicateId' },
        { row: 3, column: 'templates.themeId', code: 'unknownTheme' },
      ],
    });
  });

  it.each([
    ['not JSON', '{', [{ row: 0, column: '', code: 'notJson' }]],
    [
      'another format',
      '{"format":"other","version":1,"themes":[],"templates":[]}',
      [{ row: 0, column: 'format', code: 'unknownFormat' }],
    ],
  ])('refuses %s', (_, text, problems) => {
    expect(parseLibraryJson(text, [])).toEqual({ ok: false, problems });
  });
});
