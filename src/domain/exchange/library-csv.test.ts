import { describe, expect, it } from 'vitest';
import { templateId, themeId } from '../ids';
import { builtInTemplates } from '../library/templates/index';
import { builtInThemes, THEME } from '../library/themes';
import type { TaskTemplate } from '../model';
import { BOM } from './csv-file';
import { libraryToCsv, parseLibraryCsv } from './library-csv';

/** A template with everything a CSV writer must quote: separators, quotes, line breaks. */
const tricky: TaskTemplate = {
  id: templateId('tpl-tricky'),
  title: { fi: 'Vanhempainilta; syksy, "tervetuloa"', sv: 'Föräldramöte', en: '' },
  description: {
    fi: 'Ensimmäinen rivi\nToinen rivi, jossa pilkku',
    sv: 'Å ä ö',
    en: 'Line one\r\nLine two',
  },
  themeId: THEME.homeSchool,
  grades: [0, 1, 2],
  scope: 'school',
  responsible: ['principal', 'classTeacher'],
  timing: {
    kind: 'everyNthYear',
    every: 2,
    remainder: 1,
    rule: { kind: 'month', month: 9, part: 'firstHalf' },
  },
  materials: [
    { label: 'Opas | PDF', url: 'https://example.fi/opas.pdf' },
    { label: '', url: 'https://thl.fi/kouluterveyskysely' },
  ],
};

/** A December task kept before the Christmas break, retired from 2027–2028 on. */
const retiring: TaskTemplate = {
  id: templateId('tpl-december'),
  title: { fi: 'Joulujuhlan valmistelu', sv: 'Förberedelser för julfesten', en: '' },
  description: { fi: '', sv: '', en: '' },
  themeId: null,
  grades: [1, 2],
  scope: 'class',
  responsible: ['classTeacher'],
  timing: { kind: 'isoWeek', week: 52 },
  materials: [],
  breakShift: 'before',
  retiredFrom: 2027,
};

const header =
  'id,title_fi,title_sv,title_en,description_fi,description_sv,description_en,theme,grades,scope,responsible,timing,materials,breakShift,retiredFrom';

describe('library CSV', () => {
  it.each([[';'], [',']] as const)(
    'an export with %j read back gives the same library (built-in library, a tricky task, a retired one shifted before breaks)',
    (delimiter) => {
      const templates = [
        ...builtInTemplates,
        tricky,
        retiring,
        { ...tricky, id: templateId('tpl-after'), breakShift: 'after' as const },
      ];
      const read = parseLibraryCsv(libraryToCsv(templates, delimiter), builtInThemes);
      expect(read).toEqual({ ok: true, value: templates });
    },
  );

  it('writes a BOM, the header, CRLF line ends and quotes only where needed', () => {
    const text = libraryToCsv([tricky], ',');
    expect(text.startsWith(`${BOM}${header}\r\n`)).toBe(true);
    expect(text).toContain('tpl-tricky,"Vanhempainilta; syksy, ""tervetuloa""",Föräldramöte,,');
    expect(text).toContain(
      ',theme-home-school,0 1 2,school,principal classTeacher,everyNthYear:2:1:month:9:firstHalf,',
    );
    expect(
      text.endsWith(
        '"Opas | PDF | https://example.fi/opas.pdf\nhttps://thl.fi/kouluterveyskysely",,\r\n',
      ),
    ).toBe(true);
    expect(libraryToCsv([retiring], ';')).toContain(';isoWeek:52;;before;2027\r\n');
  });

  it('reads a file with LF line ends, no BOM, names instead of ids and a blank id', () => {
    const text = [
      'title_fi;theme;grades;scope;timing;responsible',
      'Uusi tehtävä;Yhteisöllisyys;esi, 1;class;month:8:whole;classTeacher',
      'Toinen;community;9;school;isoWeek:45;',
    ].join('\n');
    expect(parseLibraryCsv(text, builtInThemes)).toEqual({
      ok: true,
      value: [
        {
          id: 'tpl-uusi-tehtava',
          title: { fi: 'Uusi tehtävä', sv: '', en: '' },
          description: { fi: '', sv: '', en: '' },
          themeId: themeId('theme-08-community'),
          grades: [0, 1],
          scope: 'class',
          responsible: ['classTeacher'],
          timing: { kind: 'month', month: 8, part: 'whole' },
          materials: [],
        },
        {
          id: 'tpl-toinen',
          title: { fi: 'Toinen', sv: '', en: '' },
          description: { fi: '', sv: '', en: '' },
          themeId: themeId('theme-08-community'),
          grades: [9],
          scope: 'school',
          responsible: [],
          timing: { kind: 'isoWeek', week: 45 },
          materials: [],
        },
      ],
    });
  });

  it('lists every problem of every row by row and column, and nothing else', () => {
    const text = [
      'id;title_fi;theme;grades;scope;responsible;timing;materials',
      'ok-1;Hyvä rivi;;1;class;;month:9:whole;',
      'bad id;;Tuntematon;1 10;everyone;nurse janitor;month:13:whole;ftp://x',
      'ok-1;Sama id;;2;class;;isoWeek:38;',
      'ok-3;Tyhjä ajoitus;;2;class;;;',
    ].join('\r\n');
    expect(parseLibraryCsv(text, builtInThemes)).toEqual({
      ok: false,
      problems: [
        { row: 3, column: 'id', code: 'badId' },
        { row: 3, column: 'title_fi', code: 'required' },
        { row: 3, column: 'theme', code: 'unknownTheme' },
        { row: 3, column: 'grades', code: 'badGrades' },
        { row: 3, column: 'scope', code: 'badScope' },
        { row: 3, column: 'responsible', code: 'badRoles' },
        { row: 3, column: 'timing', code: 'badTiming' },
        { row: 3, column: 'materials', code: 'badMaterials' },
        { row: 4, column: 'id', code: 'duplicateId' },
        { row: 5, column: 'timing', code: 'required' },
      ],
    });
  });

  it.each([
    [
      'a missing required column',
      'title_fi;grades;scope\nA;1;class',
      [{ row: 1, column: 'timing', code: 'missingColumn' }],
    ],
    [
      'an unknown column',
      'title_fi;grades;scope;timing;titel_sv\nA;1;class;isoWeek:2;B',
      [{ row: 1, column: 'titel_sv', code: 'unknownColumn' }],
    ],
    [
      'a repeated column',
      'title_fi;grades;scope;timing;grades\nA;1;class;isoWeek:2;1',
      [{ row: 1, column: 'grades', code: 'duplicateColumn' }],
    ],
    ['an empty file', '\uFEFF', [{ row: 0, column: '', code: 'empty' }]],
    [
      'cells past the header',
      'title_fi;grades;scope;timing\nA;1;class;isoWeek:2;extra',
      [{ row: 2, column: '', code: 'extraCells' }],
    ],
    [
      'a quote never closed',
      'title_fi;grades;scope;timing\n"A;1;class;isoWeek:2',
      [{ row: 0, column: '', code: 'malformed' }],
    ],
  ])('refuses %s', (_, text, problems) => {
    expect(parseLibraryCsv(text, builtInThemes)).toEqual({ ok: false, problems });
  });

  it('refuses a title over the synced limit', () => {
    const text = `title_fi;grades;scope;timing\n${'x'.repeat(301)};1;class;isoWeek:2`;
    expect(parseLibraryCsv(text, builtInThemes)).toEqual({
      ok: false,
      problems: [{ row: 2, column: 'title_fi', code: 'tooLong' }],
    });
  });
});

describe('a library CSV without some columns', () => {
  it("keeps a stored task's values of the columns it lacks, and leaves a new task's blank", () => {
    const text =
      'id;title_fi;grades;scope;timing\ntpl-tricky;Uusi otsikko;1;class;isoWeek:40\nuusi;Uusi;2;class;isoWeek:41';
    const read = parseLibraryCsv(text, builtInThemes, [tricky]);
    expect(read).toEqual({
      ok: true,
      value: [
        {
          ...tricky,
          title: { ...tricky.title, fi: 'Uusi otsikko' },
          grades: [1],
          scope: 'class',
          timing: { kind: 'isoWeek', week: 40 },
        },
        {
          id: 'uusi',
          title: { fi: 'Uusi', sv: '', en: '' },
          description: { fi: '', sv: '', en: '' },
          themeId: null,
          grades: [2],
          scope: 'class',
          responsible: [],
          timing: { kind: 'isoWeek', week: 41 },
          materials: [],
        },
      ],
    });
  });
});

describe('breakShift and retiredFrom columns', () => {
  const stored: TaskTemplate = retiring;
  const head = 'id;title_fi;grades;scope;timing';
  const row = 'tpl-december;Joulujuhlan valmistelu;1 2;class;isoWeek:52';
  const cases: {
    name: string;
    text: string;
    stored: readonly TaskTemplate[];
    breakShift: TaskTemplate['breakShift'];
    retiredFrom: TaskTemplate['retiredFrom'];
  }[] = [
    {
      name: 'a file without the columns keeps the stored values',
      text: `${head}\n${row}`,
      stored: [stored],
      breakShift: 'before',
      retiredFrom: 2027,
    },
    {
      name: 'blank cells over stored values: the default said outright (the import keeps what a row lacks)',
      text: `${head};breakShift;retiredFrom\n${row};;`,
      stored: [stored],
      breakShift: 'after',
      retiredFrom: null,
    },
    {
      name: 'blank cells over a stored after and null: unchanged',
      text: `${head};breakShift;retiredFrom\n${row}; ; `,
      stored: [{ ...stored, breakShift: 'after', retiredFrom: null }],
      breakShift: 'after',
      retiredFrom: null,
    },
    {
      name: 'blank cells over a task without the fields: still without them',
      text: `${head};breakShift;retiredFrom\n${row};;`,
      stored: [
        Object.fromEntries(
          Object.entries(stored).filter(([k]) => k !== 'breakShift' && k !== 'retiredFrom'),
        ) as unknown as TaskTemplate,
      ],
      breakShift: undefined,
      retiredFrom: undefined,
    },
    {
      name: 'values replace the stored ones',
      text: `${head};breakShift;retiredFrom\n${row}; after ; 2030 `,
      stored: [stored],
      breakShift: 'after',
      retiredFrom: 2030,
    },
    {
      name: 'a new task with values',
      text: `${head};breakShift;retiredFrom\n${row};before;2026`,
      stored: [],
      breakShift: 'before',
      retiredFrom: 2026,
    },
    {
      name: 'a new task without the columns has neither',
      text: `${head}\n${row}`,
      stored: [],
      breakShift: undefined,
      retiredFrom: undefined,
    },
  ];
  it.each(cases)('$name', ({ text, stored: library, breakShift, retiredFrom }) => {
    const read = parseLibraryCsv(text, builtInThemes, library);
    if (!read.ok) expect.unreachable(JSON.stringify(read.problems));
    const [template] = read.value;
    expect(template?.breakShift).toBe(breakShift);
    expect(template?.retiredFrom).toBe(retiredFrom);
    expect(template !== undefined && 'breakShift' in template).toBe(breakShift !== undefined);
    expect(template !== undefined && 'retiredFrom' in template).toBe(retiredFrom !== undefined);
  });

  it.each([
    ['sometimes', '', 'breakShift', 'badBreakShift'],
    ['Before', '', 'breakShift', 'badBreakShift'],
    ['', '27', 'retiredFrom', 'badYear'],
    ['', '1999', 'retiredFrom', 'badYear'],
    ['', '2201', 'retiredFrom', 'badYear'],
    ['', '2027.5', 'retiredFrom', 'badYear'],
    ['', '2027–2028', 'retiredFrom', 'badYear'],
  ])('refuses breakShift %j, retiredFrom %j', (shift, year, column, code) => {
    const text = `${head};breakShift;retiredFrom\n${row};${shift};${year}`;
    expect(parseLibraryCsv(text, builtInThemes, [stored])).toEqual({
      ok: false,
      problems: [{ row: 2, column, code }],
    });
  });
});
