/**
 * Keeps the derived schedules (and scheduling problems) in step with the plan, incrementally:
 * only the part of a year that a plan change can affect is derived anew (pure scheduler), the
 * stored records it can touch are compared by value with the result, and only records that
 * differ are written. Progress is never touched: action ids are deterministic, so a tick follows
 * its action wherever the plan moves it, and the progress of an action that goes away stays
 * stored (shown as no longer planned, and again in place if the action comes back).
 */
import Dexie from 'dexie';
import type { GroupId, ScheduleId, SchoolYearId, TemplateId } from '@/domain/ids';
import type { Action, SchoolAdjustment, SchoolYear } from '@/domain/model';
import {
  materializeActions,
  type PlanSnapshot,
  type ScheduleProblem,
} from '@/domain/schedule/materialize-actions';
import { scheduleIdFor } from '@/domain/schedule/schedule-ids';
import {
  diffSchedules,
  nextProblems,
  nextSchedules,
  sameProblems,
  type SchedulePart,
  type YearProblems,
} from '@/domain/schedule/schedules';
import type { Schedule } from '@/domain/schedule/schedule-record';
import type { VuosikelloDb } from './database';
import { bindTables, type Tables } from './tx-tables';

/** Which derived schedules of one school year to bring in step with the plan. */
export type RematerializeScope =
  /** All of the year (its dates changed, or a school did). */
  | { readonly schoolYearId: SchoolYearId }
  /** The actions of these templates (saved or deleted), in every record of the year. */
  | { readonly schoolYearId: SchoolYearId; readonly templateIds: readonly TemplateId[] }
  /** The schedules of these groups; school and organization ones never depend on groups. */
  | { readonly schoolYearId: SchoolYearId; readonly groupIds: readonly GroupId[] };

/** How many schedule records a re-materialization wrote and removed. */
export interface RematerializeResult {
  readonly put: number;
  readonly removed: number;
}

/** The tables rematerialization reads and writes; a caller's transaction must include them all. */
export type MaterializeTables = Pick<
  Tables,
  | 'schools'
  | 'schoolYears'
  | 'groups'
  | 'templates'
  | 'adjustments'
  | 'schedules'
  | 'scheduleProblems'
>;

/** The tables of MaterializeTables, for `db.transaction('rw', [...materializeTables(db), ...])`. */
export function materializeTables(db: VuosikelloDb) {
  return [
    db.schools,
    db.schoolYears,
    db.groups,
    db.templates,
    db.adjustments,
    db.schedules,
    db.scheduleProblems,
  ];
}

/**
 * Re-derives the schedules in `scope` from the plan tables in its own rw transaction; see
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

function partOf(scope: RematerializeScope): SchedulePart {
  if ('templateIds' in scope) return { kind: 'templates', templateIds: scope.templateIds };
  if ('groupIds' in scope) return { kind: 'groups', groupIds: scope.groupIds };
  return { kind: 'year' };
}

/** The stored records the scope can touch: its groups' own, else all of the year's. */
async function storedSchedules(t: MaterializeTables, scope: RematerializeScope) {
  if (!('groupIds' in scope)) {
    return t.schedules.where('schoolYearId').equals(scope.schoolYearId).toArray();
  }
  const ids = scope.groupIds.map((groupId): ScheduleId =>
    scheduleIdFor(scope.schoolYearId, { kind: 'group', groupId }),
  );
  return (await t.schedules.bulkGet(ids)).filter((s) => s !== undefined);
}

/** The scope's actions and problems derived from the plan (none when the year is gone). */
async function derive(
  t: MaterializeTables,
  scope: RematerializeScope,
  schoolYear: SchoolYear | undefined,
): Promise<{ actions: Action[]; problems: ScheduleProblem[] }> {
  if (schoolYear === undefined) return { actions: [], problems: [] };
  if ('templateIds' in scope) {
    const ids = [...new Set<TemplateId>(scope.templateIds)];
    const templates = (await t.templates.bulkGet(ids)).filter((x) => x !== undefined);
    return materializeActions(await snapshot(t, schoolYear, { templates }));
  }
  if ('groupIds' in scope) {
    const ids = [...new Set<GroupId>(scope.groupIds)];
    const groups = (await t.groups.bulkGet(ids)).filter((g) => g !== undefined);
    const templates = await t.templates.filter((x) => x.scope === 'class').toArray();
    return materializeActions(await snapshot(t, schoolYear, { groups, templates }));
  }
  return materializeActions(await snapshot(t, schoolYear, {}));
}

/**
 * Re-derives the schedules in `scope` from the plan tables, writes only the records that are
 * new or differ by value, deletes those left empty, and brings the year's problems in step.
 * Runs in the transaction `t` is bound to (see bindTables); it never writes the outbox or
 * progress.
 */
export async function rematerializeIn(
  t: MaterializeTables,
  scope: RematerializeScope,
): Promise<RematerializeResult> {
  const { schoolYearId } = scope;
  const part = partOf(scope);
  const [schoolYear, existing, storedProblems] = await Promise.all([
    t.schoolYears.get(schoolYearId),
    storedSchedules(t, scope),
    part.kind === 'groups' ? undefined : t.scheduleProblems.get(schoolYearId),
  ]);
  const fresh = await derive(t, scope, schoolYear);
  const changes = yearChanges(schoolYearId, part, existing, storedProblems, fresh);
  await writeYearChanges(t, [changes]);
  return { put: changes.put.length, removed: changes.remove.length };
}

/** What to write to bring one year's stored schedules and problems in step. */
interface YearChanges {
  readonly schoolYearId: SchoolYearId;
  readonly put: readonly Schedule[];
  readonly remove: readonly ScheduleId[];
  /** The year's problems to store, null to delete them, undefined to leave them. */
  readonly problems: YearProblems | null | undefined;
}

function yearChanges(
  schoolYearId: SchoolYearId,
  part: SchedulePart,
  existing: readonly Schedule[],
  storedProblems: YearProblems | undefined,
  fresh: { readonly actions: readonly Action[]; readonly problems: readonly ScheduleProblem[] },
): YearChanges {
  const { put, remove } = diffSchedules(existing, nextSchedules(existing, part, fresh.actions));
  if (part.kind === 'groups') return { schoolYearId, put, remove, problems: undefined };
  const before = storedProblems?.problems ?? [];
  const problems = nextProblems(before, part, fresh.problems);
  if (problems.length === 0) {
    const gone = storedProblems === undefined ? undefined : null;
    return { schoolYearId, put, remove, problems: gone };
  }
  const kept = sameProblems(before, problems) ? undefined : { schoolYearId, problems };
  return { schoolYearId, put, remove, problems: kept };
}

async function writeYearChanges(t: MaterializeTables, years: readonly YearChanges[]) {
  const put = years.flatMap((y) => y.put);
  const remove = years.flatMap((y) => y.remove);
  const problemPuts = years.flatMap((y) => (y.problems ? [y.problems] : []));
  const problemDeletes = years.flatMap((y) => (y.problems === null ? [y.schoolYearId] : []));
  await Promise.all([
    put.length > 0 && t.schedules.bulkPut([...put]),
    remove.length > 0 && t.schedules.bulkDelete([...remove]),
    problemPuts.length > 0 && t.scheduleProblems.bulkPut(problemPuts),
    problemDeletes.length > 0 && t.scheduleProblems.bulkDelete(problemDeletes),
  ]);
}

/**
 * Re-derives every year's schedules as a whole, from one read of the plan and of the stored
 * records: the years of the plan and the years that have stored records (a year gone from the
 * plan loses them). Used once a first download's plan is in, and by the upgrade to version 3.
 */
export async function rederiveEveryYear(t: MaterializeTables): Promise<RematerializeResult> {
  return (await deriveEveryYear(t))();
}

/**
 * The read and derivation of rederiveEveryYear, resolving to its write: a caller that knows
 * nothing it writes before then changes the plan tables or the schedules can start the read early
 * (a pull page does, while it writes its rows) and write when its turn comes.
 */
export async function deriveEveryYear(
  t: MaterializeTables,
): Promise<() => Promise<RematerializeResult>> {
  const [years, schools, groups, templates, adjustments, stored, storedProblems] =
    await Promise.all([
      t.schoolYears.toArray(),
      t.schools.toArray(),
      t.groups.toArray(),
      t.templates.toArray(),
      adjustmentsIn(t),
      t.schedules.toArray(),
      t.scheduleProblems.toArray(),
    ]);
  const yearIds = new Set<SchoolYearId>([
    ...years.map((y) => y.id),
    ...stored.map((s) => s.schoolYearId),
    ...storedProblems.map((p) => p.schoolYearId),
  ]);
  const changes = [...yearIds].map((schoolYearId) => {
    const schoolYear = years.find((y) => y.id === schoolYearId);
    const fresh = schoolYear
      ? materializeActions({ schools, schoolYear, groups, templates, adjustments })
      : { actions: [], problems: [] };
    return yearChanges(
      schoolYearId,
      { kind: 'year' },
      stored.filter((s) => s.schoolYearId === schoolYearId),
      storedProblems.find((p) => p.schoolYearId === schoolYearId),
      fresh,
    );
  });
  return async () => {
    await writeYearChanges(t, changes);
    return {
      put: changes.reduce((n, c) => n + c.put.length, 0),
      removed: changes.reduce((n, c) => n + c.remove.length, 0),
    };
  };
}

/**
 * The schools' adjustments; none while the upgrade to version 3 runs (it derives schedules
 * before version 4 has added the table, so the table is outside its transaction).
 */
async function adjustmentsIn(t: MaterializeTables): Promise<SchoolAdjustment[]> {
  try {
    return await t.adjustments.toArray();
  } catch (cause) {
    if (cause instanceof Error && cause.name === Dexie.errnames.NotFound) return [];
    throw cause;
  }
}

/** The plan of one year, with groups or templates already narrowed by the caller when given. */
async function snapshot(
  t: MaterializeTables,
  schoolYear: SchoolYear,
  narrowed: Partial<Pick<PlanSnapshot, 'groups' | 'templates'>>,
): Promise<PlanSnapshot> {
  const [schools, groups, templates, adjustments] = await Promise.all([
    t.schools.toArray(),
    narrowed.groups ?? t.groups.where('schoolYearId').equals(schoolYear.id).toArray(),
    narrowed.templates ?? t.templates.toArray(),
    adjustmentsIn(t),
  ]);
  return { schools, schoolYear, groups, templates, adjustments };
}

/**
 * Writes schedule records as they are, in one rw transaction with one bulkPut (no reads, no
 * diff): the benchmark compares it with a raw IndexedDB write of the same records.
 */
export async function writeSchedulesBatch(
  db: VuosikelloDb,
  schedules: readonly Schedule[],
): Promise<void> {
  await db.transaction('rw', db.schedules, () => db.schedules.bulkPut(schedules));
}
