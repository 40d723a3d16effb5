/**
 * Writes of the plan (organization, schools, school years, groups, themes, templates). Each runs
 * in one rw transaction that writes the row, appends its outbox entry and re-materializes the
 * derived actions it affects; if any step throws, nothing of it is stored. A save that changes
 * nothing writes nothing.
 */
import type { Table } from 'dexie';
import type { GroupId, TemplateId } from '@/domain/ids';
import type { Group, Organization, School, SchoolYear, TaskTemplate, Theme } from '@/domain/model';
import type { VuosikelloDb } from './database';
import { materializeTables, rematerializeIn } from './materialize';
import { appendOutbox, changedFields, type Clock, type SyncedRows } from './outbox';
import { bindTables, type Tables } from './tx-tables';

/** The outbox entities that are plan rows (everything synced except progress). */
export type PlanEntity = Exclude<keyof SyncedRows, 'progress'>;

/**
 * Tables a plan write may touch: the plan, the derived tables, the outbox and its counter, and
 * the server copy (read for the entry's base).
 */
function planWriteTables(db: VuosikelloDb) {
  return [...materializeTables(db), db.organizations, db.themes, db.outbox, db.meta, db.serverRows];
}

/** Runs `work` in one rw transaction over planWriteTables, with the tables bound to it. */
async function inPlanTransaction(db: VuosikelloDb, work: (t: Tables) => Promise<unknown>) {
  await db.transaction('rw', planWriteTables(db), (tx) => work(bindTables(tx)));
}

type PlanTable<E extends PlanEntity> = Table<SyncedRows[E], SyncedRows[E]['id']>;

function planTable<E extends PlanEntity>(t: Tables, entity: E): PlanTable<E> {
  const tables: { [K in PlanEntity]: PlanTable<K> } = {
    organization: t.organizations,
    school: t.schools,
    schoolYear: t.schoolYears,
    group: t.groups,
    theme: t.themes,
    template: t.templates,
  };
  return tables[entity];
}

/**
 * Puts a plan row and its outbox entry (create with the whole row, or patch with the changed
 * fields). Returns the row it replaced (undefined for a create), or null when nothing changed.
 * `t` is bound to a transaction over planWriteTables.
 */
async function putPlanRow<E extends PlanEntity>(
  t: Tables,
  entity: E,
  row: SyncedRows[E],
  now: Clock,
): Promise<SyncedRows[E] | undefined | null> {
  const table = planTable(t, entity);
  const before = await table.get(row.id);
  const patch = before === undefined ? row : changedFields(before, row);
  if (patch === null) return null;
  await table.put(row);
  await appendOutbox(
    t,
    { entity, entityId: row.id, op: before === undefined ? 'create' : 'patch', patch },
    now,
  );
  return before;
}

/** Deletes a plan row with a delete outbox entry; returns the row, undefined if there was none. */
async function deletePlanRow<E extends PlanEntity>(
  t: Tables,
  entity: E,
  id: SyncedRows[E]['id'],
  now: Clock,
): Promise<SyncedRows[E] | undefined> {
  const table = planTable(t, entity);
  const before = await table.get(id);
  if (before === undefined) return undefined;
  await table.delete(id);
  await appendOutbox(t, { entity, entityId: id, op: 'delete', patch: null }, now);
  return before;
}

/** Saves the organization (name). No actions depend on it. */
export async function saveOrganization(
  db: VuosikelloDb,
  organization: Organization,
  now: Clock = Date.now,
): Promise<void> {
  await inPlanTransaction(db, (t) => putPlanRow(t, 'organization', organization, now));
}

/** Saves a school and re-materializes every school year (its grades decide which tasks it gets). */
export async function saveSchool(
  db: VuosikelloDb,
  school: School,
  now: Clock = Date.now,
): Promise<void> {
  await inPlanTransaction(db, async (t) => {
    if ((await putPlanRow(t, 'school', school, now)) === null) return;
    for (const year of await t.schoolYears.toArray()) {
      await rematerializeIn(t, { schoolYearId: year.id });
    }
  });
}

/** Saves a school year (dates, breaks, days off) and re-materializes all of its actions. */
export async function saveSchoolYear(
  db: VuosikelloDb,
  year: SchoolYear,
  now: Clock = Date.now,
): Promise<void> {
  await inPlanTransaction(db, async (t) => {
    if ((await putPlanRow(t, 'schoolYear', year, now)) === null) return;
    await rematerializeIn(t, { schoolYearId: year.id });
  });
}

/** Saves a group (class) and re-materializes only its actions. */
export async function saveGroup(
  db: VuosikelloDb,
  group: Group,
  now: Clock = Date.now,
): Promise<void> {
  await inPlanTransaction(db, async (t) => {
    const before = await putPlanRow(t, 'group', group, now);
    if (before === null) return;
    await rematerializeIn(t, { schoolYearId: group.schoolYearId, groupIds: [group.id] });
    if (before && before.schoolYearId !== group.schoolYearId) {
      await rematerializeIn(t, { schoolYearId: before.schoolYearId, groupIds: [group.id] });
    }
  });
}

/** Deletes a group and its actions; progress rows stay (the group may come back through sync). */
export async function deleteGroup(
  db: VuosikelloDb,
  id: GroupId,
  now: Clock = Date.now,
): Promise<void> {
  await inPlanTransaction(db, async (t) => {
    const before = await deletePlanRow(t, 'group', id, now);
    if (before) await rematerializeIn(t, { schoolYearId: before.schoolYearId, groupIds: [id] });
  });
}

/** Saves a theme. Actions carry the template's themeId, not theme data, so none change. */
export async function saveTheme(
  db: VuosikelloDb,
  theme: Theme,
  now: Clock = Date.now,
): Promise<void> {
  await inPlanTransaction(db, (t) => putPlanRow(t, 'theme', theme, now));
}

/** Saves a task template and re-materializes its actions in every school year (and no others). */
export async function saveTemplate(
  db: VuosikelloDb,
  template: TaskTemplate,
  now: Clock = Date.now,
): Promise<void> {
  await inPlanTransaction(db, async (t) => {
    if ((await putPlanRow(t, 'template', template, now)) === null) return;
    await rematerializeTemplate(t, template.id);
  });
}

/** Deletes a task template and its actions in every school year; progress rows stay. */
export async function deleteTemplate(
  db: VuosikelloDb,
  id: TemplateId,
  now: Clock = Date.now,
): Promise<void> {
  await inPlanTransaction(db, async (t) => {
    if ((await deletePlanRow(t, 'template', id, now)) === undefined) return;
    await rematerializeTemplate(t, id);
  });
}

async function rematerializeTemplate(t: Tables, id: TemplateId): Promise<void> {
  for (const year of await t.schoolYears.toArray()) {
    await rematerializeIn(t, { schoolYearId: year.id, templateIds: [id] });
  }
}
