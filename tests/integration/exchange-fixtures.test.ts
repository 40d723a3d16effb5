// The files under tests/fixtures/exchange read by the importers and written to the database: a
// good file lands with its outbox entries and derived actions, a bad one changes nothing.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyImport, planImport } from '@/db/exchange-writes';
import { savePlanRows } from '@/db/plan-writes';
import { seedSampleIfEmpty } from '@/db/seed';
import { classActions, fakeClock, freshDb } from '@/db/test-fixtures';
import { decodeText } from '@/domain/exchange/csv-file';
import { libraryToCsv, parseLibraryCsv } from '@/domain/exchange/library-csv';
import { parseLibraryJson } from '@/domain/exchange/library-json';
import { parsePlanCsv } from '@/domain/exchange/plan-csv';
import { organizationId, templateId } from '@/domain/ids';
import { buildSampleOrganization } from '@/domain/library/sample';
import { builtInTemplates } from '@/domain/library/templates/index';
import { builtInThemes } from '@/domain/library/themes';

const fixtureBytes = (name: string) =>
  readFileSync(new URL(`../fixtures/exchange/${name}`, import.meta.url));
const fixture = (name: string) => decodeText(fixtureBytes(name));

async function sampleDb() {
  const db = freshDb();
  await seedSampleIfEmpty(db, buildSampleOrganization(), () => 1);
  return db;
}

/** Every table's rows, to compare before and after. */
async function snapshot(db: ReturnType<typeof freshDb>) {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

describe('library fixtures', () => {
  it.each([['library-semicolon.csv'], ['library-comma.csv']])(
    '%s reads as the built-in library and one more task',
    (name) => {
      expect([...fixtureBytes(name).subarray(0, 5)]).toEqual([0xef, 0xbb, 0xbf, 0x69, 0x64]);
      const text = fixture(name);
      const read = parseLibraryCsv(text, builtInThemes);
      expect(read.ok && read.value.slice(0, -1)).toEqual(builtInTemplates);
      expect(read.ok && read.value.at(-1)).toMatchObject({
        id: 'tpl-parents-evening-autumn',
        title: { fi: 'Vanhempainilta: "Hyvä alku"; syksy' },
        description: {
          fi: 'Koulun yhteinen vanhempainilta.\nEsittäytyminen, lukuvuoden teemat, kodin ja koulun yhteistyö.',
        },
        materials: [
          { label: 'Opetushallitus: Kodin ja koulun yhteistyö' },
          { label: '', url: 'https://www.vanhempainliitto.fi/' },
        ],
      });
    },
  );

  it('the semicolon export opened and saved again in LibreOffice Calc reads as the same library', () => {
    const resaved = parseLibraryCsv(
      fixture('library-semicolon-resaved-libreoffice.csv'),
      builtInThemes,
    );
    const exported = parseLibraryCsv(fixture('library-semicolon.csv'), builtInThemes);
    expect(resaved.ok).toBe(true);
    expect(resaved).toEqual(exported);
  });

  it('library.json reads as the same library as the CSV export, with the themes', () => {
    const json = parseLibraryJson(fixture('library.json'), []);
    const csv = parseLibraryCsv(fixture('library-semicolon.csv'), builtInThemes);
    expect(json.ok && json.value.themes).toEqual(builtInThemes);
    expect(json.ok && csv.ok && json.value.templates).toEqual(csv.ok && csv.value);
  });

  it('the file saved by LibreOffice Calc reads: no BOM, LF, every cell quoted, names for themes', () => {
    const read = parseLibraryCsv(fixture('library-libreoffice.csv'), builtInThemes);
    expect(read.ok && read.value.map((t) => [t.id, t.themeId, t.grades, t.timing.kind])).toEqual([
      [
        'tpl-kiusaamisen-vastainen-teemaviikko',
        'theme-bullying-prevention',
        [0, 1, 2, 3, 4, 5, 6],
        'isoWeek',
      ],
      ['tpl-ystavanpaiva', 'theme-03-emotions', [3], 'dateRange'],
      ['tpl-kouluterveyskysely-tiedote', 'theme-health-checks', [8, 9], 'everyNthYear'],
    ]);
    expect(read.ok && read.value[0]?.description.fi).toBe(
      'Koko koulun teemaviikko.\nLuokat käsittelevät kiusaamista oppitunneilla; oppilaskunta suunnittelee ohjelman.',
    );
  });

  it('the broken file lists every problem by row and column', () => {
    expect(parseLibraryCsv(fixture('library-broken.csv'), builtInThemes)).toEqual({
      ok: false,
      problems: [
        { row: 3, column: 'id', code: 'badId' },
        { row: 3, column: 'title_fi', code: 'required' },
        { row: 3, column: 'theme', code: 'unknownTheme' },
        { row: 3, column: 'grades', code: 'badGrades' },
        { row: 3, column: 'timing', code: 'badTiming' },
        { row: 4, column: 'id', code: 'duplicateId' },
        { row: 5, column: 'scope', code: 'badScope' },
        { row: 5, column: 'responsible', code: 'badRoles' },
        { row: 5, column: 'timing', code: 'badTiming' },
        { row: 5, column: 'materials', code: 'badMaterials' },
        { row: 6, column: 'timing', code: 'required' },
      ],
    });
  });
});

describe('plan fixtures', () => {
  const org = organizationId('org-new');

  it("a new municipality's plan reads: its year, three schools, combined classes", () => {
    const read = parsePlanCsv(fixture('plan-new-municipality.csv'), org, []);
    if (!read.ok) expect.unreachable(JSON.stringify(read.problems));
    expect(read.value.schoolYear).toMatchObject({
      id: 'sy-2026',
      firstDay: '2026-08-12',
      lastDay: '2027-05-29',
    });
    expect(read.value.schoolYear?.breaks.map((b) => b.kind)).toEqual([
      'autumn',
      'christmas',
      'winter',
    ]);
    expect(read.value.schools.map((s) => s.id)).toEqual([
      'school-koivulahti-ala',
      'school-koivulahti-yla',
      'school-saaren-kylakoulu',
    ]);
    expect(read.value.groups).toHaveLength(16);
    expect(read.value.groups.at(-2)).toEqual({
      id: 'g-2026-saaren-kylakoulu-esi-2',
      schoolId: 'school-saaren-kylakoulu',
      schoolYearId: 'sy-2026',
      name: 'Esi–2',
      grades: [0, 1, 2],
    });
  });

  it('the plan saved by LibreOffice Calc reads, with its days as 12.8.2026', () => {
    const read = parsePlanCsv(fixture('plan-libreoffice.csv'), org, []);
    if (!read.ok) expect.unreachable(JSON.stringify(read.problems));
    expect(read.value.schoolYear).toMatchObject({
      firstDay: '2026-08-12',
      lastDay: '2027-05-29',
      breaks: [
        { kind: 'autumn', start: '2026-10-19', end: '2026-10-23' },
        { kind: 'christmas', start: '2026-12-21', end: '2027-01-06' },
        { kind: 'winter', start: '2027-03-01', end: '2027-03-05' },
      ],
    });
    expect(read.value.groups.map((g) => [g.name, g.grades])).toEqual([
      ['Eskari', [0]],
      ['1–2', [1, 2]],
      ['3', [3]],
    ]);
  });
});

describe('applying an import', () => {
  it('a good library file lands in one go: new tasks created with outbox entries and actions', async () => {
    const db = await sampleDb();
    const read = parseLibraryCsv(fixture('library-libreoffice.csv'), builtInThemes);
    if (!read.ok) expect.unreachable();
    const plan = await planImport(db, { templates: read.value });
    expect(plan.items.map((i) => [i.id, i.status])).toEqual([
      ['tpl-kiusaamisen-vastainen-teemaviikko', 'create'],
      ['tpl-ystavanpaiva', 'create'],
      ['tpl-kouluterveyskysely-tiedote', 'create'],
    ]);
    await applyImport(db, plan, fakeClock());
    const outbox = await db.outbox.toArray();
    expect(outbox.map((e) => [e.entity, e.entityId, e.op])).toEqual([
      ['template', 'tpl-kiusaamisen-vastainen-teemaviikko', 'create'],
      ['template', 'tpl-ystavanpaiva', 'create'],
      ['template', 'tpl-kouluterveyskysely-tiedote', 'create'],
    ]);
    const grade3 = await classActions(db, 'g-2026-3a');
    expect(grade3.filter((a) => a.templateId === templateId('tpl-ystavanpaiva'))).toMatchObject([
      { start: '2027-02-10', end: '2027-02-12' },
    ]);
  });

  it('the library export imported into the library it came from changes nothing but the one new task', async () => {
    const db = await sampleDb();
    const read = parseLibraryCsv(fixture('library-semicolon.csv'), builtInThemes);
    if (!read.ok) expect.unreachable();
    const plan = await planImport(db, { templates: read.value });
    expect(plan.items.filter((i) => i.status !== 'same').map((i) => i.id)).toEqual([
      'tpl-parents-evening-autumn',
    ]);
    await applyImport(db, plan, fakeClock());
    expect(await db.outbox.count()).toBe(1);
  });

  it('an edited task is updated, keeping what the file does not carry', async () => {
    const db = await sampleDb();
    const [first] = builtInTemplates;
    if (first === undefined) expect.unreachable();
    const stored = { ...first, legacyNote: 'kept' };
    await db.templates.put(stored);
    const plan = await planImport(db, { templates: [{ ...first, grades: [1] }] });
    expect(plan.items.map((i) => i.status)).toEqual(['update']);
    await applyImport(db, plan, fakeClock());
    expect(await db.templates.get(first.id)).toEqual({ ...stored, grades: [1] });
    expect((await db.outbox.toArray()).map((e) => e.patch)).toEqual([{ grades: [1] }]);
  });

  it.each<{
    name: string;
    columns: string;
    cells: string;
    status: string;
    breakShift: string | undefined;
    retiredFrom: number | null | undefined;
  }>([
    {
      name: 'a file without the columns keeps them',
      columns: '',
      cells: '',
      status: 'same',
      breakShift: 'before',
      retiredFrom: 2027,
    },
    {
      name: 'blank cells bring the task back, after breaks',
      columns: ';breakShift;retiredFrom',
      cells: ';;',
      status: 'update',
      breakShift: 'after',
      retiredFrom: null,
    },
    {
      name: 'values replace them',
      columns: ';breakShift;retiredFrom',
      cells: ';before;2028',
      status: 'update',
      breakShift: 'before',
      retiredFrom: 2028,
    },
  ])(
    'breakShift and retiredFrom of a stored task: $name',
    async ({ columns, cells, status, breakShift, retiredFrom }) => {
      const db = await sampleDb();
      const [first] = builtInTemplates;
      if (first === undefined) expect.unreachable();
      const stored = { ...first, breakShift: 'before' as const, retiredFrom: 2027 };
      await db.templates.put(stored);
      const text = [
        `id;title_fi;title_sv;title_en;description_fi;description_sv;description_en;theme;grades;scope;responsible;timing;materials${columns}`,
        libraryToCsv([first], ';').split('\r\n')[1]?.replace(/;;$/, '') + cells,
      ].join('\r\n');
      const read = parseLibraryCsv(text, builtInThemes, [stored]);
      if (!read.ok) expect.unreachable(JSON.stringify(read.problems));
      const plan = await planImport(db, { templates: read.value });
      expect(plan.items.map((i) => i.status)).toEqual([status]);
      await applyImport(db, plan, fakeClock());
      expect(await db.templates.get(first.id)).toMatchObject({ breakShift, retiredFrom });
    },
  );

  it("a new municipality's plan is set up: schools, the school year, classes and their actions", async () => {
    const db = freshDb();
    const read = parsePlanCsv(fixture('plan-new-municipality.csv'), organizationId('org-new'), []);
    if (!read.ok) expect.unreachable();
    await savePlanRows(
      db,
      builtInThemes.map((row) => ({ entity: 'theme', row })),
    );
    await savePlanRows(
      db,
      builtInTemplates.map((row) => ({ entity: 'template', row })),
    );
    const plan = await planImport(db, {
      schools: read.value.schools,
      schoolYears: read.value.schoolYear ? [read.value.schoolYear] : [],
      groups: read.value.groups,
    });
    expect(plan.items.every((i) => i.status === 'create')).toBe(true);
    await applyImport(db, plan, fakeClock());
    expect(await db.groups.count()).toBe(16);
    expect((await classActions(db, 'g-2026-saaren-kylakoulu-esi-2')).length).toBeGreaterThan(10);
  });

  it('a write that fails midway leaves nothing of the import', async () => {
    const db = await sampleDb();
    const before = await snapshot(db);
    const [first] = builtInTemplates;
    if (first === undefined) expect.unreachable();
    const plan = await planImport(db, { templates: [{ ...first, id: templateId('tpl-new') }] });
    // A row the database refuses (no key) after a good one.
    const broken = { entity: 'template', row: { ...first, id: undefined } } as never;
    await expect(applyImport(db, { ...plan, writes: [...plan.writes, broken] })).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });
});
