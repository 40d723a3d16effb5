/**
 * Plain async reads for the UI's live-query hooks (useLiveQuery re-runs them when the tables they
 * read change). They never write, and they return model rows: the server copy a visible row may
 * carry (server-copy.ts) is left out, so nothing the UI saves back can hold it.
 */
import type { GroupId, SchoolYearId } from '@/domain/ids';
import type { Group, Organization, School, SchoolYear, TaskTemplate, Theme } from '@/domain/model';
import type { ScheduleProblem } from '@/domain/schedule/materialize-actions';
import { byGradeThenName, byName } from '@/domain/sort-order';
import type { VuosikelloDb } from './database';
import { withoutStamp } from './server-copy';

/** All school years, oldest first. */
export async function listSchoolYears(db: VuosikelloDb): Promise<SchoolYear[]> {
  return (await db.schoolYears.orderBy('startYear').toArray()).map(withoutStamp);
}

/** The groups (classes) of a school year, by lowest grade, then name. */
export async function listGroups(db: VuosikelloDb, schoolYearId: SchoolYearId): Promise<Group[]> {
  const groups = await db.groups.where('schoolYearId').equals(schoolYearId).toArray();
  return groups.map(withoutStamp).sort(byGradeThenName);
}

/** One group, or undefined. */
export async function getGroup(db: VuosikelloDb, id: GroupId): Promise<Group | undefined> {
  const group = await db.groups.get(id);
  return group && withoutStamp(group);
}

/** All schools, by name. */
export async function listSchools(db: VuosikelloDb): Promise<School[]> {
  return (await db.schools.toArray()).map(withoutStamp).sort(byName);
}

/** All themes. */
export async function listThemes(db: VuosikelloDb): Promise<Theme[]> {
  return (await db.themes.toArray()).map(withoutStamp);
}

/** All task templates. */
export async function listTemplates(db: VuosikelloDb): Promise<TaskTemplate[]> {
  return (await db.templates.toArray()).map(withoutStamp);
}

/** The scheduling problems of a school year's plan (rules that cannot be placed), for the plan view. */
export async function listScheduleProblems(
  db: VuosikelloDb,
  schoolYearId: SchoolYearId,
): Promise<readonly ScheduleProblem[]> {
  return (await db.scheduleProblems.get(schoolYearId))?.problems ?? [];
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

/** All organizations (a database holds one: the user's), by id. */
export async function listOrganizations(db: VuosikelloDb): Promise<Organization[]> {
  return (await db.organizations.toArray()).map(withoutStamp);
}
