/**
 * The teacher's month in one read: where the address points (a class and its school year, or the
 * remembered class of the current year), that class's actions with their progress and templates,
 * its marks no longer in the plan, and who is using the app. One readonly transaction of four
 * steps (meta, the school years, schools and themes; the year's classes; the class's two
 * schedules and their progress; the templates in use), so the first screen waits for four rounds
 * of IndexedDB requests rather than one per query. Reads only; used under a live query.
 *
 * A live query reads again after every change it watches (a template edited, a tick), and then
 * almost always for the same year, class and templates as before. Given the last result's
 * (`MonthHint`), the later steps' reads start with the first, in one round; a step whose guess
 * no longer holds reads again for what it needs. The result is the same with or without a hint.
 */
import type { ActionId, GroupId, SchoolYearId, TemplateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type {
  Action,
  Group,
  Progress,
  School,
  SchoolYear,
  TaskTemplate,
  Theme,
} from '@/domain/model';
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
  type UnplannedProgress,
} from './unplanned-progress';

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
  /** The templates of those actions. */
  readonly templates: ReadonlyMap<TemplateId, TaskTemplate>;
  /** The class's (and its school's) marks on tasks the plan no longer has. */
  readonly unplanned: readonly UnplannedProgress[];
}

export type MonthRead =
  | MonthReady
  /** The address names a class this device does not have (yet). */
  | { readonly kind: 'unknownGroup'; readonly groupId: string | undefined }
  /** The school year has no classes (or there is no school year). */
  | { readonly kind: 'noClasses'; readonly groupId: string | undefined };

/** What the last read found: the next read's guess of what it will need. */
export interface MonthHint {
  readonly schoolYearId: SchoolYearId;
  readonly selected: Group;
  readonly templateIds: readonly TemplateId[];
}

/** The hint a result gives the next read of the same address (none when it showed no month). */
export function hintOf(read: MonthRead | undefined): MonthHint | undefined {
  return read?.kind === 'ready'
    ? {
        schoolYearId: read.schoolYear.id,
        selected: read.selected,
        templateIds: [...read.templates.keys()],
      }
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

const sameSchedules = (a: Group, b: Group) =>
  classScheduleIds(a).every((id, i) => id === classScheduleIds(b)[i]);

/**
 * The month of the class `groupId` names (with its school year), or without one, of the current
 * school year's remembered class (else the user's own, else the first). With `hint`, the year's
 * classes, the hinted class's schedules and progress and the hinted templates are read in the
 * first round.
 */
export function readMonth(
  db: VuosikelloDb,
  groupId: string | undefined,
  today: LocalDate,
  hint?: MonthHint,
): Promise<MonthRead> {
  const tables = [
    db.meta,
    db.schoolYears,
    db.schools,
    db.themes,
    db.groups,
    db.schedules,
    db.progress,
    db.templates,
  ];
  return db.transaction('r', tables, async (tx) => {
    const t = bindTables(tx);
    const [
      [rememberedRow, userRow, nameRow],
      yearRows,
      schoolRows,
      themeRows,
      named,
      hintedGroups,
      hintedClassPart,
      hintedTemplates,
    ] = await Promise.all([
      t.meta.bulkGet(['selectedGroupId', 'sessionUser', 'userName']),
      t.schoolYears.orderBy('startYear').toArray(),
      t.schools.toArray(),
      t.themes.toArray(),
      groupId === undefined ? undefined : t.groups.get(groupId as GroupId),
      hint && t.groups.where('schoolYearId').equals(hint.schoolYearId).toArray(),
      hint && readClassPart(t, hint.selected),
      hint && t.templates.bulkGet([...hint.templateIds]),
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
    const all = schedules.flatMap((s) => (s ? actionsOf(s) : [])).sort(byWindow);
    const rows = progressRows.flat().map(withoutStamp);
    const unplanned = unplannedAmong(rows, new Set(all.map((a) => a.id)), selected);
    const templateIds = [
      ...new Set([...all.map((a) => a.templateId), ...unplanned.map((u) => u.templateId)]),
    ];
    // The hinted templates (looked up, found or not), and a read of those the hint missed.
    const looked = new Map(hint?.templateIds.map((id, i) => [id, hintedTemplates?.[i]]));
    const missed = templateIds.filter((id) => !looked.has(id));
    const read = missed.length > 0 ? await t.templates.bulkGet(missed) : [];
    missed.forEach((id, i) => looked.set(id, read[i]));
    const templates = new Map<TemplateId, TaskTemplate>();
    for (const id of templateIds) {
      const row = looked.get(id);
      if (row) templates.set(id, withoutStamp(row));
    }

    const actions = all.filter(
      (a) =>
        a.scope === 'class' ||
        (templates.get(a.templateId)?.grades.some((g) => selected.grades.includes(g)) ?? false),
    );
    const progress = new Map(rows.map((row) => [row.actionId, row]));
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
      actions,
      progress,
      templates,
      unplanned: withTemplates(unplanned, (id) => templates.get(id)),
    } as const;
  });
}
