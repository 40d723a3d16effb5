/**
 * Writes of the plan (organization, schools, school years, groups, themes, templates). Each runs
 * in one rw transaction that writes the row, appends its outbox entry and re-derives the
 * schedules it affects; if any step throws, nothing of it is stored. A save that changes nothing
 * writes nothing. A row read from the database and saved back may carry its embedded server copy
 * (`$server`): it is never stored, compared or pushed as a field (server-copy.ts).
 */
import type { PlanEntity, RowOf } from '@/domain/entities';
import type { GroupId, TemplateId } from '@/domain/ids';
import type { Group, School, SchoolYear, TaskTemplate, Theme } from '@/domain/model';
import type { VuosikelloDb } from './database';
import { materializeTables } from './materialize';
import { appendOutbox, changedFields, type Clock, type OutboxPatch } from './outbox';
import { detachServerCopy, syncedFieldsOf, withoutStamp, type Stamped } from './server-copy';
import { fieldsOf } from './server-rows';
import { bindTables, entityTable, type Tables } from './tx-tables';
import { rematerializeForChanges, type VisibleChange } from './visible-rows';

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

/**
 * Puts a plan row and its outbox entry (create with the whole row, or patch with the changed
 * fields) and returns the change for re-deriving schedules (null: the row is unchanged, nothing
 * written). An embedded server copy of the stored row moves to serverRows first (copy-on-write).
 * `t` is bound to a transaction over planWriteTables.
 */
async function stagePlanRow<E extends PlanEntity>(
  t: Tables,
  entity: E,
  input: Stamped<RowOf<E>>,
  now: Clock,
): Promise<VisibleChange | null> {
  const table = entityTable(t, entity);
  const row = withoutStamp(input);
  const before = await table.get(row.id);
  const beforeFields = before === undefined ? null : syncedFieldsOf(entity, fieldsOf(before));
  // The synced fields of a row of E are some of E's fields.
  const patch = (
    beforeFields === null ? row : changedFields(beforeFields, syncedFieldsOf(entity, fieldsOf(row)))
  ) as OutboxPatch<E> | null;
  if (patch === null) return null;
  const server = await detachServerCopy(t, entity, row.id, before && fieldsOf(before));
  await table.put(row);
  await appendOutbox(
    t,
    { entity, entityId: row.id, op: before === undefined ? 'create' : 'patch', patch },
    server,
    now,
  );
  return { entity, id: row.id, before: beforeFields, after: fieldsOf(row) };
}

/** Deletes a plan row with a delete outbox entry; returns the change (null: no such row). */
async function stagePlanRemoval<E extends PlanEntity>(
  t: Tables,
  entity: E,
  id: RowOf<E>['id'],
  now: Clock,
): Promise<VisibleChange | null> {
  const table = entityTable(t, entity);
  const before = await table.get(id);
  if (before === undefined) return null;
  const server = await detachServerCopy(t, entity, id, fieldsOf(before));
  await table.delete(id);
  await appendOutbox(t, { entity, entityId: id, op: 'delete', patch: null }, server, now);
  return { entity, id, before: syncedFieldsOf(entity, fieldsOf(before)), after: null };
}

/** A row write then the schedules its entity's declared impact says it touches. */
async function putPlanRow<E extends PlanEntity>(
  t: Tables,
  entity: E,
  input: Stamped<RowOf<E>>,
  now: Clock,
): Promise<void> {
  const change = await stagePlanRow(t, entity, input, now);
  if (change !== null) await rematerializeForChanges(t, [change]);
}

/** Deletes a plan row and re-derives what it affected; progress stays. */
async function removePlanRow<E extends PlanEntity>(
  t: Tables,
  entity: E,
  id: RowOf<E>['id'],
  now: Clock,
): Promise<void> {
  const change = await stagePlanRemoval(t, entity, id, now);
  if (change !== null) await rematerializeForChanges(t, [change]);
}

/** One write of a batch: a row put or a row deleted. */
export type PlanBatchWrite = {
  [E in PlanEntity]:
    | { readonly op: 'put'; readonly entity: E; readonly row: Stamped<RowOf<E>> }
    | { readonly op: 'delete'; readonly entity: E; readonly id: RowOf<E>['id'] };
}[PlanEntity];

/**
 * Many plan writes in ONE rw transaction (planWriteTables and progress, for checks): `plan` runs
 * first inside it and may read (and throw to write nothing); then every row and its outbox entry
 * is written in order, and the schedules are derived once for all the changes together (a new
 * school year with its classes is one derivation of that year, not one per class). If any step
 * throws, nothing of it is stored.
 */
export async function savePlanBatch(
  db: VuosikelloDb,
  plan: (t: Tables) => Promise<readonly PlanBatchWrite[]>,
  now: Clock = Date.now,
): Promise<void> {
  await db.transaction('rw', [...planWriteTables(db), db.progress], async (tx) => {
    const t = bindTables(tx);
    const changes: VisibleChange[] = [];
    for (const write of await plan(t)) {
      const change =
        write.op === 'put'
          ? await stagePlanRow(t, write.entity, write.row, now)
          : await stagePlanRemoval(t, write.entity, write.id, now);
      if (change !== null) changes.push(change);
    }
    await rematerializeForChanges(t, changes);
  });
}

/** Saves a plan row of any entity in one transaction (see putPlanRow). */
export async function savePlanRow<E extends PlanEntity>(
  db: VuosikelloDb,
  entity: E,
  row: Stamped<RowOf<E>>,
  now: Clock = Date.now,
): Promise<void> {
  await inPlanTransaction(db, (t) => putPlanRow(t, entity, row, now));
}

/** One row of a batch of plan rows to put: its entity and the row. */
export type PlanRowWrite = {
  readonly [E in PlanEntity]: { readonly entity: E; readonly row: Stamped<RowOf<E>> };
}[PlanEntity];

/**
 * Saves many plan rows of any entities in one transaction, in the given order (a school before
 * its classes): savePlanBatch with nothing to read first. An import (src/db/exchange-writes.ts)
 * comes here.
 */
export function savePlanRows(
  db: VuosikelloDb,
  writes: readonly PlanRowWrite[],
  now: Clock = Date.now,
): Promise<void> {
  // Each write keeps its entity and row paired; adding the op keeps them so.
  const puts = writes.map((write) => ({ op: 'put', ...write }) as PlanBatchWrite);
  return savePlanBatch(db, () => Promise.resolve(puts), now);
}

/** Deletes a plan row of any entity in one transaction (see removePlanRow). */
export async function deletePlanRow<E extends PlanEntity>(
  db: VuosikelloDb,
  entity: E,
  id: RowOf<E>['id'],
  now: Clock = Date.now,
): Promise<void> {
  await inPlanTransaction(db, (t) => removePlanRow(t, entity, id, now));
}

/** Saves a school; every school year's actions follow (its grades decide which tasks it gets). */
export const saveSchool = (db: VuosikelloDb, row: School, now?: Clock) =>
  savePlanRow(db, 'school', row, now);

/** Saves a school year (dates, breaks, days off); all of its actions follow. */
export const saveSchoolYear = (db: VuosikelloDb, row: SchoolYear, now?: Clock) =>
  savePlanRow(db, 'schoolYear', row, now);

/** Saves a group (class); only its actions follow, in its old and new year. */
export const saveGroup = (db: VuosikelloDb, row: Group, now?: Clock) =>
  savePlanRow(db, 'group', row, now);

/** Deletes a group and its actions; progress rows stay (the group may come back through sync). */
export const deleteGroup = (db: VuosikelloDb, id: GroupId, now?: Clock) =>
  deletePlanRow(db, 'group', id, now);

/** Saves a theme. Actions carry the template's themeId, not theme data, so none change. */
export const saveTheme = (db: VuosikelloDb, row: Theme, now?: Clock) =>
  savePlanRow(db, 'theme', row, now);

/** Saves a task template; its actions in every school year follow (and no others). */
export const saveTemplate = (db: VuosikelloDb, row: TaskTemplate, now?: Clock) =>
  savePlanRow(db, 'template', row, now);

/** Deletes a task template and its actions in every school year; progress rows stay. */
export const deleteTemplate = (db: VuosikelloDb, id: TemplateId, now?: Clock) =>
  deletePlanRow(db, 'template', id, now);
