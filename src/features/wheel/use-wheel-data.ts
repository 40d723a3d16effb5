/**
 * The wheel's data as one live read: the school years, schools, themes and templates, the chosen
 * year's classes and actions (derived from the plan, actionsOfSchoolYear), and for a class's
 * wheel its progress and who ticks. A change to the plan or a tick shows at once.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { VuosikelloDb } from '@/db/database';
import { getMeta } from '@/db/meta';
import {
  getGroup,
  listGroups,
  listSchoolYears,
  listSchools,
  listTemplates,
  listThemes,
} from '@/db/queries';
import { withoutStamp } from '@/db/server-copy';
import { classScheduleIds } from '@/db/unplanned-progress';
import { actionsOfSchoolYear } from '@/db/year-actions';
import type { ActionId, GroupId, SchoolYearId, TemplateId } from '@/domain/ids';
import { sortThemes } from '@/domain/library/template-filter';
import type { LocalDate } from '@/domain/local-date';
import type { Language, Progress, TaskTemplate } from '@/domain/model';
import { USER_NAME_MAX_LENGTH } from '@/db/meta';
import { schoolYearAt } from '@/domain/school-calendar';
import { useDb } from '@/ui/db-context';

async function readWheel(
  db: VuosikelloDb,
  yearId: SchoolYearId | null,
  classId: GroupId | null,
  today: LocalDate,
  language: Language,
) {
  const [schoolYears, schools, themes, templateRows, user, localName] = await Promise.all([
    listSchoolYears(db),
    listSchools(db),
    listThemes(db),
    listTemplates(db),
    getMeta(db, 'sessionUser'),
    getMeta(db, 'userName'),
  ]);
  const schoolYear =
    schoolYears.find((y) => y.id === yearId) ?? schoolYearAt(schoolYears, today) ?? null;
  if (schoolYear === null) return null;
  const [groups, actions] = await Promise.all([
    listGroups(db, schoolYear.id),
    actionsOfSchoolYear(db, schoolYear.id),
  ]);
  const group = groups.find((g) => g.id === classId);
  // A class named but not in the year (an old link, or another year's class): its name, if the
  // device knows it, for the view to say it is not shown.
  const elsewhere = classId && !group ? await getGroup(db, classId) : undefined;
  const progress = new Map<ActionId, Progress>();
  if (group) {
    const ranges = await Promise.all(
      classScheduleIds(group).map((id) =>
        db.progress.where('actionId').startsWith(`${id}~`).toArray(),
      ),
    );
    for (const row of ranges.flat()) progress.set(row.actionId, withoutStamp(row));
  }
  const templates = new Map<TemplateId, TaskTemplate>(templateRows.map((t) => [t.id, t]));
  return {
    schoolYears,
    schoolYear,
    schools,
    groups,
    themes: sortThemes(themes, language),
    templates,
    actions,
    progress,
    /** The class asked for when it is not in this school year (from another one), else null. */
    classElsewhere: elsewhere ?? null,
    user: user ?? null,
    // An account's name may be longer than a tick holds: cut, rather than refuse every tick.
    tickName: user ? user.displayName.slice(0, USER_NAME_MAX_LENGTH) : (localName ?? ''),
  };
}

export type WheelData = NonNullable<Awaited<ReturnType<typeof readWheel>>>;

/** The wheel's data (see readWheel); null when there is no school year; undefined while loading. */
export function useWheelData(
  yearId: SchoolYearId | null,
  classId: GroupId | null,
  today: LocalDate,
  language: Language,
): WheelData | null | undefined {
  const db = useDb();
  return useLiveQuery(
    () => readWheel(db, yearId, classId, today, language),
    [db, yearId, classId, today, language],
  );
}
