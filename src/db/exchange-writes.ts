/**
 * Importing a file of the library or the plan (src/domain/exchange): what it would create and
 * update, shown before anything is written, then written all at once or not at all. An import
 * never deletes: a row missing from the file stays as it is. A row already stored keeps the
 * fields the file does not carry (a school's tracking day, fields of newer versions).
 */
import type { PlanEntity, RowOf } from '@/domain/entities';
import { jsonEqual } from '@/domain/json-equal';
import type { Group, Localized, School, SchoolYear, TaskTemplate, Theme } from '@/domain/model';
import type { SchoolYearId } from '@/domain/ids';
import type { VuosikelloDb } from './database';
import type { Clock } from './outbox';
import { listGroups, listSchools } from './queries';
import { savePlanRows, type PlanRowWrite } from './plan-writes';
import { syncedFieldsOf, withoutStamp } from './server-copy';
import { entityTable } from './tx-tables';

/** The rows a file holds, by entity; written in this order (a school before its classes). */
export interface ImportBatch {
  readonly themes?: readonly Theme[];
  readonly templates?: readonly TaskTemplate[];
  readonly schools?: readonly School[];
  readonly schoolYears?: readonly SchoolYear[];
  readonly groups?: readonly Group[];
}

type ImportStatus = 'create' | 'update' | 'same';

/** One row of an import as the preview lists it. */
export interface ImportItem {
  readonly entity: PlanEntity;
  readonly id: string;
  /** The row's name: a title or a theme's name in three languages, or a plain name. */
  readonly name: Localized | string;
  readonly status: ImportStatus;
}

/** What an import will do: the rows to write, and each row's status for the preview. */
export interface ImportPlan {
  readonly items: readonly ImportItem[];
  readonly writes: readonly PlanRowWrite[];
}

/** The row's name for the preview; a class's with its school's ('1A, Kirkonkylän koulu'). */
function nameOf(
  entity: PlanEntity,
  row: object,
  schoolNames: ReadonlyMap<string, string>,
): Localized | string {
  if (entity === 'group') {
    const group = row as Group;
    const school = schoolNames.get(group.schoolId);
    return school === undefined ? group.name : `${group.name}, ${school}`;
  }
  const fields = row as Partial<Record<'title' | 'name', Localized | string>> & { id?: string };
  if (entity === 'template') return fields.title ?? '';
  if (entity === 'schoolYear') {
    const { startYear } = row as SchoolYear;
    return `${startYear}–${startYear + 1}`;
  }
  return fields.name ?? fields.id ?? '';
}

/**
 * The import of `batch` against what `db` holds now: each row created, updated (the stored row's
 * other fields kept) or the same. Reads only.
 */
export async function planImport(db: VuosikelloDb, batch: ImportBatch): Promise<ImportPlan> {
  const items: ImportItem[] = [];
  const writes: PlanRowWrite[] = [];
  const schoolNames = new Map(
    [...(await db.schools.toArray()), ...(batch.schools ?? [])].map((s) => [s.id, s.name]),
  );
  async function add<E extends PlanEntity>(entity: E, rows: readonly RowOf<E>[] | undefined) {
    if (rows === undefined || rows.length === 0) return;
    const stored = await entityTable(db, entity).bulkGet(rows.map((r) => r.id));
    rows.forEach((row, i) => {
      const before = stored[i];
      const merged: RowOf<E> = before === undefined ? row : { ...withoutStamp(before), ...row };
      const same =
        before !== undefined &&
        jsonEqual(syncedFieldsOf(entity, before), syncedFieldsOf(entity, merged));
      const status: ImportStatus = before === undefined ? 'create' : same ? 'same' : 'update';
      items.push({ entity, id: row.id, name: nameOf(entity, row, schoolNames), status });
      // Each entity's rows are paired with that entity.
      if (status !== 'same') writes.push({ entity, row: merged } as PlanRowWrite);
    });
  }
  await add('theme', batch.themes);
  await add('template', batch.templates);
  await add('school', batch.schools);
  await add('schoolYear', batch.schoolYears);
  await add('group', batch.groups);
  return { items, writes };
}

/** Writes an import planned with planImport in one transaction: all of it, or nothing. */
export function applyImport(db: VuosikelloDb, plan: ImportPlan, now?: Clock): Promise<void> {
  return savePlanRows(db, plan.writes, now);
}

/** The library to export: every theme and task template. */
export async function readLibrary(
  db: VuosikelloDb,
): Promise<{ themes: Theme[]; templates: TaskTemplate[] }> {
  const [themes, templates] = await Promise.all([db.themes.toArray(), db.templates.toArray()]);
  return { themes: themes.map(withoutStamp), templates: templates.map(withoutStamp) };
}

/** The plan of one school year to export: its calendar, every school, its classes. */
export async function readPlan(
  db: VuosikelloDb,
  schoolYearId: SchoolYearId,
): Promise<{ schoolYear: SchoolYear | null; schools: School[]; groups: Group[] }> {
  const [year, schools, groups] = await Promise.all([
    db.schoolYears.get(schoolYearId),
    listSchools(db),
    listGroups(db, schoolYearId),
  ]);
  return { schoolYear: year === undefined ? null : withoutStamp(year), schools, groups };
}
