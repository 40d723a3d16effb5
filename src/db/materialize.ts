/**
 * Keeps the derived actions (and scheduling problems) in step with the plan, incrementally: only
 * the part of a year that a plan change can affect is recomputed, diffed against what is stored,
 * and only the difference is written. Progress is never touched: action ids are deterministic, so
 * a tick follows its action wherever the plan moves it, and the progress of an action that goes
 * away stays stored in case it comes back.
 */
import Dexie from 'dexie';
import type { GroupId, SchoolYearId, TemplateId } from '@/domain/ids';
import type { Action, SchoolYear } from '@/domain/model';
import { diffActions } from '@/domain/schedule/diff-actions';
import { materializeActions, type PlanSnapshot } from '@/domain/schedule/materialize-actions';
import type { VuosikelloDb } from './database';
import { toStoredProblems } from './problems';
import { bindTables, type Tables } from './tx-tables';

/** Which derived actions of one school year to bring in step with the plan. */
export type RematerializeScope =
  /** All of the year (its dates changed, or a school did). */
  | { readonly schoolYearId: SchoolYearId }
  /** The actions of these templates (saved or deleted). */
  | { readonly schoolYearId: SchoolYearId; readonly templateIds: readonly TemplateId[] }
  /** The class actions of these groups; school and organization actions never depend on groups. */
  | { readonly schoolYearId: SchoolYearId; readonly groupIds: readonly GroupId[] };

/** What a re-materialization wrote. */
export interface RematerializeResult {
  readonly put: number;
  readonly removed: number;
}

/** The tables rematerialization reads and writes; a caller's transaction must include them all. */
export type MaterializeTables = Pick<
  Tables,
  'schools' | 'schoolYears' | 'groups' | 'templates' | 'actions' | 'problems'
>;

/** The tables of MaterializeTables, for `db.transaction('rw', [...materializeTables(db), ...])`. */
export function materializeTables(db: VuosikelloDb) {
  return [db.schools, db.schoolYears, db.groups, db.templates, db.actions, db.problems];
}

/**
 * Re-derives the actions in `scope` from the plan tables in its own rw transaction; see
 * rematerializeIn.
 */
export async function rematerialize(
  db: VuosikelloDb,
  scope: RematerializeScope,
): Promise<RematerializeResult> {
  return db.transaction('rw', materializeTables(db), (tx) =>
    rematerializeIn(bindTables(tx), scope),
  );
}

/**
 * Re-derives the actions in `scope` from the plan tables, writes only those that are new or
 * changed, deletes those that are gone, and replaces the year's problems of the templates in
 * scope. Runs in the transaction `t` is bound to (see bindTables); it never writes the outbox or
 * progress.
 */
export async function rematerializeIn(
  t: MaterializeTables,
  scope: RematerializeScope,
): Promise<RematerializeResult> {
  const { schoolYearId } = scope;
  const schoolYear = await t.schoolYears.get(schoolYearId);
  let existing: Action[];
  let next: Action[] = [];
  if ('templateIds' in scope) {
    const ids = [...new Set<TemplateId>(scope.templateIds)];
    existing = await t.actions
      .where('templateId')
      .anyOf(ids)
      .filter((a) => a.schoolYearId === schoolYearId)
      .toArray();
    await t.problems
      .where('templateId')
      .anyOf(ids)
      .filter((p) => p.schoolYearId === schoolYearId)
      .delete();
    if (schoolYear) {
      const templates = (await t.templates.bulkGet(ids)).filter((x) => x !== undefined);
      const result = materializeActions(await snapshot(t, schoolYear, { templates }));
      next = result.actions;
      await t.problems.bulkPut(toStoredProblems(schoolYearId, result.problems));
    }
  } else if ('groupIds' in scope) {
    const ids = [...new Set<GroupId>(scope.groupIds)];
    existing = await t.actions
      .where('groupId')
      .anyOf(ids)
      .filter((a) => a.schoolYearId === schoolYearId)
      .toArray();
    if (schoolYear) {
      const groups = (await t.groups.bulkGet(ids)).filter((g) => g !== undefined);
      const templates = await t.templates.filter((x) => x.scope === 'class').toArray();
      // Problems depend on the templates and the year only, so they stay as they are.
      next = materializeActions(await snapshot(t, schoolYear, { groups, templates })).actions;
    }
  } else {
    existing = await t.actions
      .where('[schoolYearId+scope]')
      .between([schoolYearId, Dexie.minKey], [schoolYearId, Dexie.maxKey])
      .toArray();
    await t.problems.where('schoolYearId').equals(schoolYearId).delete();
    if (schoolYear) {
      const result = materializeActions(await snapshot(t, schoolYear, {}));
      next = result.actions;
      await t.problems.bulkPut(toStoredProblems(schoolYearId, result.problems));
    }
  }
  const { put, remove } = diffActions(existing, next);
  if (put.length > 0) await t.actions.bulkPut(put);
  if (remove.length > 0) await t.actions.bulkDelete(remove);
  return { put: put.length, removed: remove.length };
}

/** The plan of one year, with groups or templates already narrowed by the caller when given. */
async function snapshot(
  t: MaterializeTables,
  schoolYear: SchoolYear,
  narrowed: Partial<Pick<PlanSnapshot, 'groups' | 'templates'>>,
): Promise<PlanSnapshot> {
  const schools = await t.schools.toArray();
  const groups =
    narrowed.groups ?? (await t.groups.where('schoolYearId').equals(schoolYear.id).toArray());
  const templates = narrowed.templates ?? (await t.templates.toArray());
  return { schools, schoolYear, groups, templates };
}

/**
 * Writes derived actions as they are, in one rw transaction with one bulkPut (no reads, no
 * diff): the fast path for a first materialization and the benchmark against raw IndexedDB.
 */
export async function writeActionsBatch(
  db: VuosikelloDb,
  actions: readonly Action[],
): Promise<void> {
  await db.transaction('rw', db.actions, () => db.actions.bulkPut(actions));
}
