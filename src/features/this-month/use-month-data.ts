/** Live reads for the teacher's month: the school year and its classes, then one class's actions. */
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
  listTemplates,
  listThemes,
  progressFor,
} from '@/db/queries';
import { useDb } from '@/ui/db-context';

/** The school year containing today (or the nearest), its classes, themes and the remembered class. */
export function useSchoolYearData(today: LocalDate) {
  const db = useDb();
  return useLiveQuery(async () => {
    const schoolYear = await currentSchoolYear(db, today);
    if (!schoolYear) return null;
    const [groups, themes, rememberedGroupId, schools, user] = await Promise.all([
      listGroups(db, schoolYear.id),
      listThemes(db),
      getMeta(db, 'selectedGroupId'),
      db.schools.toArray(),
      getMeta(db, 'sessionUser'),
    ]);
    const calendar = buildSchoolCalendar(schoolYear);
    const ownIds = new Set(ownGroups(groups, user).map((g) => g.id));
    const selected =
      groups.find((g) => g.id === rememberedGroupId) ??
      groups.find((g) => ownIds.has(g.id)) ??
      groups[0] ??
      null;
    return {
      schoolYear,
      schoolDayCount: calendar.schoolDayCount,
      schools,
      groups,
      ownIds: ownIds as ReadonlySet<GroupId>,
      themes,
      selected,
      user: user ?? null,
    };
  }, [db, today]);
}

/**
 * The classes the signed-in user works with: a teacher's own classes, a principal's schools'
 * classes; none for a coordinator or in local mode (every class is equally theirs).
 */
function ownGroups(groups: readonly Group[], user: SessionUser | undefined): Group[] {
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
