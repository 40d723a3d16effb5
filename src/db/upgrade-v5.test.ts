import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { actionId, templateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import { type VuosikelloDb } from './database';
import { SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, SCHEMA_V4 } from './schema-versions';
import { openVuosikelloDb } from './open-database';
import { getMeta } from './meta';
import { markProgress, saveProgressNote } from './progress-writes';
import { saveTemplate } from './plan-writes';
import { SCHEMA_VERSION } from './schema-version';
import { seedSampleIfEmpty } from './seed';
import { buildSeed, freshDb, readMonth } from './test-fixtures';

const NOVEMBER = '2026-11-10' as LocalDate;
const SURVEY_7A = actionId('sy-2026~g:g-2026-7a~t-survey~');

/** Every row of every table, by table name. */
async function everyRow(db: Dexie): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(
    await Promise.all(db.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
}

/**
 * A version 4 database holding what the app's own writers wrote: the sample plan with its
 * schedules, a tick with a note, a template edited (so the outbox holds entries), and meta. The
 * rows are written by this code into a fresh database and copied into one declared as version 4
 * was shipped, so they are the rows a version 4 device holds.
 */
async function writeVersion4(name: string): Promise<Record<string, unknown[]>> {
  const source = freshDb();
  await seedSampleIfEmpty(source, buildSeed());
  await markProgress(source, { actionId: SURVEY_7A, state: 'done', day: null, by: 'Maija' });
  await saveProgressNote(source, SURVEY_7A, 'Pidettiin syyskuussa', 'Maija');
  const rules = await source.templates.get(templateId('t-rules'));
  if (!rules) throw new Error('no rules template');
  await saveTemplate(source, { ...rules, title: { ...rules.title, fi: 'Luokan säännöt' } });
  const rows = await everyRow(source);
  source.close();

  const v4 = new Dexie(name);
  v4.version(1).stores(SCHEMA_V1);
  v4.version(2).stores(SCHEMA_V2);
  v4.version(3).stores(SCHEMA_V3);
  v4.version(4).stores(SCHEMA_V4);
  await v4.open();
  await v4.transaction('rw', v4.tables, async () => {
    for (const table of v4.tables) await table.bulkAdd(rows[table.name] ?? []);
    await v4.table('meta').put({ key: 'schemaVersion', value: 4 });
  });
  const stored = await everyRow(v4);
  v4.close();
  return stored;
}

describe('upgrade from schema version 4 to 5', () => {
  it.each([
    ['told the stored version', { installedVersion: 40 }],
    ['told nothing', undefined],
  ])('indexes the templates by grade and keeps every row of version 4 (%s)', async (_, early) => {
    const name = `upgrade-v5-${Math.random().toString(36).slice(2)}`;
    const before = await writeVersion4(name);
    expect(before['outbox']?.length).toBeGreaterThan(0);
    expect(before['schedules']?.length).toBeGreaterThan(0);

    const db: VuosikelloDb = openVuosikelloDb(name, early);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await getMeta(db, 'schemaVersion')).toBe(5);
    // Every row as it was, the schema version's row aside.
    const after = await everyRow(db);
    const withoutVersion = (rows: Record<string, unknown[]>) => ({
      ...rows,
      meta: rows['meta']?.filter((row) => (row as { key: string }).key !== 'schemaVersion'),
    });
    expect(withoutVersion(after)).toEqual(withoutVersion(before));

    // The index holds the templates stored before it was made.
    expect(db.templates.schema.indexes.map((i) => i.src)).toEqual(['*grades']);
    const forGrade7 = await db.templates.where('grades').equals(7).primaryKeys();
    const templates = before['templates'] as { id: string; grades: number[] }[];
    expect(forGrade7.sort()).toEqual(
      templates
        .filter((t) => t.grades.includes(7))
        .map((t) => t.id)
        .sort(),
    );
    expect(forGrade7.length).toBeGreaterThan(0);

    // The month reads through it: the class's tasks with their templates, the tick and note.
    const month = await readMonth(db, 'g-2026-7a', NOVEMBER);
    if (month.kind !== 'ready') throw new Error(month.kind);
    expect(month.progress.get(SURVEY_7A)).toMatchObject({
      state: 'done',
      note: 'Pidettiin syyskuussa',
    });
    expect(month.templates.get(templateId('t-rules'))?.title.fi).toBe('Luokan säännöt');
    expect(month.actions.every((a) => month.templates.has(a.templateId))).toBe(true);
    db.close();
  });
});
