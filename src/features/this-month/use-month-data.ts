/**
 * Live reads for the teacher's month: where the address points (a class and its school year, or
 * the remembered class of the current year), then that class's actions.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { buildSchoolCalendar } from '@/domain/school-calendar';
import type { ActionId, GroupId, TemplateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Group, Progress, TaskTemplate } from '@/domain/model';
import type { SessionUser } from '@/domain/sync/protocol';
import {
  actionsForGroup,
  currentSchoolYear,
  getGroup,
  getMeta,
  listGroups,
  listSchoolYears,
  listTemplates,
  listThemes,
  progressFor,
} from '@/db/queries';
import { useDb } from '@/ui/db-context';

/**
 * The class the address names (`groupId`) with its school year, or without one the current
 * school year's remembered class (else the user's own, else the first); with the year's classes,
 * the schools, themes and the user. `unknownGroup` when this device has no such class (yet),
 * `noClasses` when the year has none; undefined while first loading. `settled` is false while
 * the place of a new address is still loading (the previous one is returned meanwhile).
 */
export function useMonthPlace(groupId: string | undefined, today: LocalDate) {
  const db = useDb();
  const place = useLiveQuery(async () => {
    const [schoolYears, schools, themes, remembered, user] = await Promise.all([
      listSchoolYears(db),
      db.schools.toArray(),
      listThemes(db),
      getMeta(db, 'selectedGroupId'),
      getMeta(db, 'sessionUser'),
    ]);
    const named = groupId === undefined ? undefined : await getGroup(db, groupId as GroupId);
    const schoolYear = named
      ? schoolYears.find((y) => y.id === named.schoolYearId)
      : await currentSchoolYear(db, today);
    if (groupId !== undefined && (!named || !schoolYear)) {
      return { kind: 'unknownGroup', groupId } as const;
    }
    if (!schoolYear) return { kind: 'noClasses', groupId } as const;
    const groups = await listGroups(db, schoolYear.id);
    const ownIds = new Set(ownGroups(groups, user).map((g) => g.id));
    const selected =
      named ??
      groups.find((g) => g.id === remembered) ??
      groups.find((g) => ownIds.has(g.id)) ??
      groups[0];
    if (!selected) return { kind: 'noClasses', groupId } as const;
    return {
      kind: 'ready',
      groupId,
      schoolYears,
      schoolYear,
      schoolDayCount: buildSchoolCalendar(schoolYear).schoolDayCount,
      schools,
      school: schools.find((s) => s.id === selected.schoolId) ?? null,
      groups,
      ownIds: ownIds as ReadonlySet<GroupId>,
      themes,
      selected,
      remembered: remembered ?? null,
      user: user ?? null,
    } as const;
  }, [db, groupId, today]);
  if (!place) return undefined;
  // While a new address loads, the previous place stays on screen (the pickers keep their focus)
  // but is not `settled`; a bare address completed with the class it opened is the same place.
  const settled =
    place.groupId === groupId || (place.kind === 'ready' && place.selected.id === groupId);
  return { ...place, settled };
}

/**
 * The classes the signed-in user works with: a teacher's own classes, a principal's schools'
 * classes; none for a coordinator or in local mode (every class is equally theirs).
 */
export function ownGroups(groups: readonly Group[], user: SessionUser | undefined | null): Group[] {
  switch (user?.role) {
    case 'teacher':
      return groups.filter((g) => user.groups.includes(g.id));
    case 'principal':
      return groups.filter((g) => user.schools.includes(g.schoolId));
    default:
      return [];
  }
}

/**
 * The actions of one class (with its school's and the organization's), their progress and
 * templates; undefined while loading, also while switching classes (never the previous class's).
 */
export function useGroupActions(groupId: GroupId | null) {
  const db = useDb();
  const data = useLiveQuery(async () => {
    if (!groupId) return null;
    const actions = await actionsForGroup(db, groupId);
    const [progress, templates] = await Promise.all([
      progressFor(
        db,
        actions.map((a) => a.id),
      ),
      listTemplates(db),
    ]);
    // The class's month: its own tasks and the school-level ones that concern its grades;
    // organization-level tasks belong to the coordinator's views.
    const group = await getGroup(db, groupId);
    const byId = new Map(templates.map((t) => [t.id, t]));
    const relevant = actions.filter(
      (a) =>
        a.scope === 'class' ||
        (a.scope === 'school' &&
          (byId.get(a.templateId)?.grades.some((g) => group?.grades.includes(g)) ?? false)),
    );
    return {
      groupId,
      actions: relevant,
      progress: progress as ReadonlyMap<ActionId, Progress>,
      templates: byId as ReadonlyMap<TemplateId, TaskTemplate>,
    };
  }, [db, groupId]);
  return data && data.groupId === groupId ? data : undefined;
}
