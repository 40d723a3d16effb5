/**
 * The teacher's month: where the address points (a class and its school year, or the remembered
 * class of the current year), that class's actions with their progress, its marks no longer in
 * the plan, and who is using the app (readMonthRows); with the templates of those actions
 * (monthWithTemplates), everything the month shows.
 *
 * The rows are one readonly transaction of three steps (meta, the school years, schools and
 * themes; the year's classes; the class's two schedules and their progress), so the first screen
 * waits for three rounds of IndexedDB requests rather than one per query. Reads only; used under
 * a live query. The templates come apart (the app watches them by key, templates-watch.ts): a
 * template edited does not read the month again.
 *
 * A live query reads again after every change it watches (a tick, a schedule rewritten), and then
 * almost always for the same year and class as before. Given the last result's (`MonthHint`), the
 * later steps' reads start with the first, in one round; a step whose guess no longer holds reads
 * again for what it needs. The result is the same with or without a hint.
 */
import type { ActionId, GroupId, SchoolYearId } from '@/domain/ids';
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
import { bindTables, type Tables } from './tx-tables';
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

/** What the last read found: the next read's guess of what it will need. */
export interface MonthHint {
  readonly schoolYearId: SchoolYearId;
  readonly selected: Group;
}

/** The hint a result gives the next read of the same address (none when it showed no month). */
export function hintOf(read: MonthRows | undefined): MonthHint | undefined {
  return read?.kind === 'ready'
    ? { schoolYearId: read.schoolYear.id, selected: read.selected }
    : undefined;
}

/** The class's two schedules and the progress in their key ranges (classScheduleIds). */
function readClassPart(t: Tables, group: Group) {
  const ids = classScheduleIds(group);
  return Promise.all([
    t.schedules.bulkGet(ids),
    Promise.all(ids.map((id) => t.progress.where('actionId').startsWith(`${id}~`).toArray())),
  ]);
}

/** Whether two classes' months read the same schedules (classScheduleIds). */
function sameSchedules(a: Group, b: Group): boolean {
  const [ownA, schoolA] = classScheduleIds(a);
  const [ownB, schoolB] = classScheduleIds(b);
  return ownA === ownB && schoolA === schoolB;
}

/**
 * The month's rows for the class `groupId` names (with its school year), or without one, of the
 * current school year's remembered class (else the user's own, else the first). With `hint`, the
 * year's classes and the hinted class's schedules and progress are read in the first round.
 */
export function readMonthRows(
  db: VuosikelloDb,
  groupId: string | undefined,
  today: LocalDate,
  hint?: MonthHint,
): Promise<MonthRows> {
  const tables = [
    db.meta,
    db.schoolYears,
    db.schools,
    db.themes,
    db.groups,
    db.schedules,
    db.progress,
  ];
  return db.transaction('r', tables, (tx) => rowsIn(bindTables(tx), groupId, today, hint));
}

async function rowsIn(
  t: Tables,
  groupId: string | undefined,
  today: LocalDate,
  hint: MonthHint | undefined,
): Promise<MonthRows> {
  const [
    [rememberedRow, userRow, nameRow],
    yearRows,
    schoolRows,
    themeRows,
    named,
    hintedGroups,
    hintedClassPart,
  ] = await Promise.all([
    t.meta.bulkGet(['selectedGroupId', 'sessionUser', 'userName']),
    t.schoolYears.orderBy('startYear').toArray(),
    t.schools.toArray(),
    t.themes.toArray(),
    groupId === undefined ? undefined : t.groups.get(groupId as GroupId),
    hint && t.groups.where('schoolYearId').equals(hint.schoolYearId).toArray(),
    hint && readClassPart(t, hint.selected),
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

  const groupRows =
    hint?.schoolYearId === schoolYear.id && hintedGroups
      ? hintedGroups
      : await t.groups.where('schoolYearId').equals(schoolYear.id).toArray();
  const groups = groupRows.map(withoutStamp).sort(byGradeThenName);
  const ownIds = new Set(ownGroups(groups, user).map((g) => g.id));
  const selected = named ? withoutStamp(named) : defaultGroup(groups, ownIds, remembered);
  if (!selected) return { kind: 'noClasses', groupId } as const;

  const [schedules, progressRows] =
    hint && hintedClassPart && sameSchedules(hint.selected, selected)
      ? hintedClassPart
      : await readClassPart(t, selected);
  const planned = schedules.flatMap((s) => (s ? actionsOf(s) : [])).sort(byWindow);
  const rows = progressRows.flat().map(withoutStamp);
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
    planned,
    progress: new Map(rows.map((row) => [row.actionId, row])),
    unplannedMarks: unplannedAmong(rows, new Set(planned.map((a) => a.id)), selected),
  } as const;
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
