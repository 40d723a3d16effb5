/**
 * Plain async reads for the UI's live-query hooks (useLiveQuery re-runs them when the tables they
 * read change). They never write.
 */
import Dexie from 'dexie';
import type { ActionId, GroupId, SchoolYearId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Action, Group, Progress, SchoolYear, TaskTemplate, Theme } from '@/domain/model';
import type { VuosikelloDb } from './database';
import type { StoredProblem } from './problems';

export { getMeta } from './meta';

/** All school years, oldest first. */
export async function listSchoolYears(db: VuosikelloDb): Promise<SchoolYear[]> {
  return db.schoolYears.orderBy('startYear').toArray();
}

/** 1 Aug of the start year to 31 Jul of the next: the span a school year owns in the calendar. */
function spans(year: SchoolYear, day: LocalDate): boolean {
  return `${year.startYear}-08-01` <= day && day <= `${year.startYear + 1}-07-31`;
}

/**
 * The school year whose 1 Aug - 31 Jul span contains `today`; else the latest that began before
 * today; else the earliest; undefined when there are none.
 */
export async function currentSchoolYear(
  db: VuosikelloDb,
  today: LocalDate,
): Promise<SchoolYear | undefined> {
  const years = await listSchoolYears(db);
  return (
    years.find((y) => spans(y, today)) ??
    years.filter((y) => y.firstDay <= today).at(-1) ??
    years[0]
  );
}

const byGradeThenName = (a: Group, b: Group) =>
  Math.min(...a.grades) - Math.min(...b.grades) ||
  a.name.localeCompare(b.name, 'fi', { numeric: true });

/** The groups (classes) of a school year, by lowest grade, then name. */
export async function listGroups(db: VuosikelloDb, schoolYearId: SchoolYearId): Promise<Group[]> {
  const groups = await db.groups.where('schoolYearId').equals(schoolYearId).toArray();
  return groups.sort(byGradeThenName);
}

/** One group, or undefined. */
export async function getGroup(db: VuosikelloDb, id: GroupId): Promise<Group | undefined> {
  return db.groups.get(id);
}

const byWindow = (a: Action, b: Action) =>
  a.start.localeCompare(b.start) || a.end.localeCompare(b.end) || a.id.localeCompare(b.id);

/**
 * What a class's teacher sees: the group's own actions, its school's school-scoped actions and
 * the organization-wide actions, all of the group's school year, ordered by window start.
 * Empty for an unknown group.
 */
export async function actionsForGroup(db: VuosikelloDb, groupId: GroupId): Promise<Action[]> {
  const group = await db.groups.get(groupId);
  if (!group) return [];
  const [own, school, organization] = await Promise.all([
    db.actions.where('groupId').equals(groupId).toArray(),
    db.actions
      .where('[schoolId+scope]')
      .equals([group.schoolId, 'school'])
      .filter((a) => a.schoolYearId === group.schoolYearId)
      .toArray(),
    db.actions.where('[schoolYearId+scope]').equals([group.schoolYearId, 'organization']).toArray(),
  ]);
  return [...own, ...school, ...organization].sort(byWindow);
}

/** All actions of a school year (every scope), unordered. */
export async function actionsOfSchoolYear(
  db: VuosikelloDb,
  schoolYearId: SchoolYearId,
): Promise<Action[]> {
  return db.actions
    .where('[schoolYearId+scope]')
    .between([schoolYearId, Dexie.minKey], [schoolYearId, Dexie.maxKey])
    .toArray();
}

/** The progress rows of the given actions, by action id (unmarked actions are absent). */
export async function progressFor(
  db: VuosikelloDb,
  actionIds: readonly ActionId[],
): Promise<Map<ActionId, Progress>> {
  const rows = await db.progress.bulkGet([...actionIds]);
  const map = new Map<ActionId, Progress>();
  for (const row of rows) if (row) map.set(row.actionId, row);
  return map;
}

/** All themes. */
export async function listThemes(db: VuosikelloDb): Promise<Theme[]> {
  return db.themes.toArray();
}

/** All task templates. */
export async function listTemplates(db: VuosikelloDb): Promise<TaskTemplate[]> {
  return db.templates.toArray();
}

/** The scheduling problems of a school year's plan, for the plan view. */
export async function listScheduleProblems(
  db: VuosikelloDb,
  schoolYearId: SchoolYearId,
): Promise<StoredProblem[]> {
  return db.problems.where('schoolYearId').equals(schoolYearId).toArray();
}

/**
 * How many local changes the server has not acknowledged yet: outbox entries pending, or sent
 * with no answer (a sent entry is re-sent after a crash, so it is still unsynced). Acked entries
 * do not count: the server has committed them durably, and they wait in the outbox only until a
 * pull has passed them (losing the browser's data now would lose nothing). Rejected entries do
 * not count either: they are final and shown as conflicts (listConflicts).
 */
export async function unsyncedCount(db: VuosikelloDb): Promise<number> {
  const [pending, sent] = await Promise.all([
    db.outbox.where('status').equals('pending').count(),
    db.outbox.where('status').equals('sent').count(),
  ]);
  return pending + sent;
}
