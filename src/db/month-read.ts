/**
 * The teacher's month: where the address points (a class and its school year, or the remembered
 * class of the current year), that class's actions with their progress, its marks no longer in
 * the plan, and who is using the app (readMonthRows); with the templates of those actions
 * (monthWithTemplates), everything the month shows.
 *
 * The rows are one readonly transaction of three steps (meta, the school years, schools and
 * themes; the year's classes; the class's two schedules and their progress), so the first screen
 * waits for three rounds of IndexedDB requests rather than one per query. Reads only. The app
 * watches the month (month-watch.ts): after a tick or a rewritten schedule it reads only the
 * class's part again (readClassRows), and a template edited reads only that template.
 */
import type { ActionId, GroupId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Action, Group, Progress, School, SchoolYear, Theme } from '@/domain/model';
import { defaultGroup, ownGroups } from '@/domain/own-groups';
import { schoolYearAt } from '@/domain/school-calendar';
import { byGradeThenName, byName } from '@/domain/sort-order';
import { actionsOf, byWindow } from '@/domain/schedule/schedule-record';
import type { SessionUser } from '@/domain/sync/protocol';
import type { VuosikelloDb } from './database';
import { USER_NAME_MAX_LENGTH, type MetaValues } from './meta';
import { withoutStamp } from './server-copy';
import type { ReadTables } from './raw-read';
import { bindTables, type TableName } from './tx-tables';
import {
  classScheduleIds,
  unplannedAmong,
  withTemplates,
  type UnplannedMark,
  type UnplannedProgress,
} from './unplanned-progress';
import type { TemplatesById } from './templates-watch';

/** A month whose class is known: everything the month shows. */
export interface MonthReady {
  readonly kind: 'ready';
  /** The class the address named (undefined: none, the remembered or own class opened). */
  readonly groupId: string | undefined;
  readonly schoolYears: readonly SchoolYear[];
  readonly schoolYear: SchoolYear;
  readonly schools: readonly School[];
  readonly school: School | null;
  /** The school year's classes, by lowest grade, then name. */
  readonly groups: readonly Group[];
  readonly ownIds: ReadonlySet<GroupId>;
  readonly themes: readonly Theme[];
  readonly selected: Group;
  readonly remembered: GroupId | null;
  /** The signed-in user; null in local mode. */
  readonly user: SessionUser | null;
  /** The name a tick carries: the account's display name, else the local one ('' when none). */
  readonly tickName: string;
  /**
   * The class's month: its own tasks and the school-level ones that concern its grades
   * (organization-level tasks belong to the coordinator's views), by window.
   */
  readonly actions: readonly Action[];
  /** Progress of those actions (unmarked ones are absent). */
  readonly progress: ReadonlyMap<ActionId, Progress>;
  /** The templates by id (every one, the same map while none changes). */
  readonly templates: TemplatesById;
  /** The class's (and its school's) marks on tasks the plan no longer has. */
  readonly unplanned: readonly UnplannedProgress[];
}

/** A month's rows: everything the month shows but the templates (monthWithTemplates). */
export interface MonthRowsReady extends Omit<MonthReady, 'actions' | 'templates' | 'unplanned'> {
  /** The actions of the class's and its school's schedules (of every grade), by window. */
  readonly planned: readonly Action[];
  /** The class's (and its school's) marks on tasks the plan no longer has. */
  readonly unplannedMarks: readonly UnplannedMark[];
}

/** A month that cannot be shown: the same whether or not its templates are in. */
type MonthMissing =
  /** The address names a class this device does not have (yet). */
  | { readonly kind: 'unknownGroup'; readonly groupId: string | undefined }
  /** The school year has no classes (or there is no school year). */
  | { readonly kind: 'noClasses'; readonly groupId: string | undefined };

export type MonthRows = MonthRowsReady | MonthMissing;

export type MonthRead = MonthReady | MonthMissing;

/** The class's two schedules and the progress in their key ranges (classScheduleIds). */
function readClassPart(t: ReadTables, group: Group) {
  const ids = classScheduleIds(group);
  return Promise.all([
    t.schedules.bulkGet(ids),
    Promise.all(ids.map((id) => t.progress.where('actionId').startsWith(`${id}~`).toArray())),
  ]);
}

/**
 * The month's rows for the class `groupId` names (with its school year), or without one, of the
 * current school year's remembered class (else the user's own, else the first).
 */
export function readMonthRows(
  db: VuosikelloDb,
  groupId: string | undefined,
  today: LocalDate,
): Promise<MonthRows> {
  return db.transaction('r', MONTH_TABLES, (tx) => readRowsIn(bindTables(tx), groupId, today));
}

/** The tables the month's rows are read from. */
export const MONTH_TABLES = [
  'meta',
  'schoolYears',
  'schools',
  'themes',
  'groups',
  'schedules',
  'progress',
] as const satisfies readonly TableName[];

/** The meta rows the month reads: the remembered class, who is signed in, the local name. */
export const MONTH_META_KEYS = ['selectedGroupId', 'sessionUser', 'userName'] as const;

/** readMonthRows in `t`'s transaction (which holds MONTH_TABLES): Dexie's, or a plain one. */
export async function readRowsIn(
  t: ReadTables,
  groupId: string | undefined,
  today: LocalDate,
): Promise<MonthRows> {
  const [[rememberedRow, userRow, nameRow], yearRows, schoolRows, themeRows, named] =
    await Promise.all([
      t.meta.bulkGet([...MONTH_META_KEYS]),
      t.schoolYears.orderBy('startYear').toArray(),
      t.schools.toArray(),
      t.themes.toArray(),
      groupId === undefined ? undefined : t.groups.get(groupId as GroupId),
    ]);
  // Each row is stored under its key by a typed writer (meta.ts).
  const remembered = rememberedRow?.value as MetaValues['selectedGroupId'] | undefined;
  const user = (userRow?.value as MetaValues['sessionUser'] | undefined) ?? null;
  const schoolYears = yearRows.map(withoutStamp);
  const schoolYear = named
    ? schoolYears.find((y) => y.id === named.schoolYearId)
    : schoolYearAt(schoolYears, today);
  if (groupId !== undefined && (!named || !schoolYear)) {
    return { kind: 'unknownGroup', groupId } as const;
  }
  if (!schoolYear) return { kind: 'noClasses', groupId } as const;

  const groupRows = await t.groups.where('schoolYearId').equals(schoolYear.id).toArray();
  const groups = groupRows.map(withoutStamp).sort(byGradeThenName);
  const ownIds = new Set(ownGroups(groups, user).map((g) => g.id));
  const selected = named ? withoutStamp(named) : defaultGroup(groups, ownIds, remembered);
  if (!selected) return { kind: 'noClasses', groupId } as const;

  const classPart = await readClassPart(t, selected);
  const schools = schoolRows.map(withoutStamp).sort(byName);
  // An account's name may be longer than a tick holds: cut, rather than refuse every tick.
  const tickName = user
    ? user.displayName.slice(0, USER_NAME_MAX_LENGTH)
    : ((nameRow?.value as MetaValues['userName'] | undefined) ?? '');
  return {
    kind: 'ready',
    groupId,
    schoolYears,
    schoolYear,
    schools,
    school: schools.find((s) => s.id === selected.schoolId) ?? null,
    groups,
    ownIds,
    themes: themeRows.map(withoutStamp),
    selected,
    remembered: remembered ?? null,
    user,
    tickName,
    ...classRows(selected, classPart),
  } as const;
}

/** The month's class part from its schedules and the progress in their key ranges. */
function classRows(
  selected: Group,
  [schedules, progressRows]: Awaited<ReturnType<typeof readClassPart>>,
): Pick<MonthRowsReady, 'planned' | 'progress' | 'unplannedMarks'> {
  const planned = schedules.flatMap((s) => (s ? actionsOf(s) : [])).sort(byWindow);
  const rows = progressRows.flat().map(withoutStamp);
  return {
    planned,
    progress: new Map(rows.map((row) => [row.actionId, row])),
    unplannedMarks: unplannedAmong(rows, new Set(planned.map((a) => a.id)), selected),
  };
}

/**
 * `rows` with its class's schedules and progress read again, the rest as it was: what a tick or
 * a schedule rewritten changes (month-watch.ts), in `t`'s transaction.
 */
export async function readClassRows(t: ReadTables, rows: MonthRowsReady): Promise<MonthRowsReady> {
  return { ...rows, ...classRows(rows.selected, await readClassPart(t, rows.selected)) };
}

/**
 * The month of `rows` with the templates (by id): the class's own tasks and the school's that
 * concern its grades, and its marks no longer in the plan with their templates.
 */
export function monthWithTemplates(rows: MonthRows, templates: TemplatesById): MonthRead {
  if (rows.kind !== 'ready') return rows;
  const { planned, unplannedMarks, ...rest } = rows;
  const { selected } = rows;
  const actions = planned.filter(
    (a) =>
      a.scope === 'class' ||
      (templates.get(a.templateId)?.grades.some((g) => selected.grades.includes(g)) ?? false),
  );
  return {
    ...rest,
    actions,
    templates,
    unplanned: withTemplates(unplannedMarks, (id) => templates.get(id)),
  };
}
