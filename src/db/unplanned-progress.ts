/**
 * Progress whose action is no longer in the plan (its template retired, its class's grades
 * changed, its rule moved so that an occurrence vanished). Such progress is kept, never dropped
 * (DESIGN.md §2), and shown where it belongs: with the class (or its school) and year its action
 * id names. Reads only; used under live queries.
 */
import type { ActionId, GroupId, TemplateId } from '@/domain/ids';
import type { Progress, TaskTemplate } from '@/domain/model';
import { scheduleIdFor } from '@/domain/schedule/schedule-ids';
import { actionsOf } from '@/domain/schedule/schedules';
import { parseActionId } from '@/domain/sync/action-ids';
import type { VuosikelloDb } from './database';
import { withoutStamp } from './server-copy';

/** A progress row of a class (or its school) whose action the class's schedule no longer has. */
export interface UnplannedProgress {
  readonly progress: Progress;
  /** Whose action it was: the class's own, or its school's. */
  readonly scope: 'class' | 'school';
  readonly templateId: TemplateId;
  readonly occurrence: string;
  /** The task's template when the plan still has it; undefined for a retired one. */
  readonly template: TaskTemplate | undefined;
}

/**
 * The progress rows of `groupId`'s school year whose action ids name the class or its school
 * but which the class's and the school's schedules no longer hold, by day marked (then id). Rows
 * that record nothing (back to todo, no note: an undone tick) are left out. Empty for an unknown
 * group.
 */
export async function progressNoLongerPlanned(
  db: VuosikelloDb,
  groupId: GroupId,
): Promise<UnplannedProgress[]> {
  const group = await db.groups.get(groupId);
  if (!group) return [];
  const year = group.schoolYearId;
  const ids = [
    scheduleIdFor(year, { kind: 'group', groupId }),
    scheduleIdFor(year, { kind: 'school', schoolId: group.schoolId }),
  ];
  const [schedules, ...rows] = await Promise.all([
    db.schedules.bulkGet(ids),
    // An action id is its schedule's id, '~', template and occurrence: one key range each.
    ...ids.map((id) => db.progress.where('actionId').startsWith(`${id}~`).toArray()),
  ]);
  const planned = new Set<ActionId>(
    schedules.flatMap((s) => (s ? actionsOf(s).map((a) => a.id) : [])),
  );
  const found: Omit<UnplannedProgress, 'template'>[] = [];
  for (const row of rows.flat()) {
    if (planned.has(row.actionId) || (row.state === 'todo' && row.note === '')) continue;
    const parsed = parseActionId(row.actionId);
    if (parsed === null || parsed.schoolYearId !== year) continue;
    const { target } = parsed;
    const scope =
      target.kind === 'group' && target.groupId === groupId
        ? 'class'
        : target.kind === 'school' && target.schoolId === group.schoolId
          ? 'school'
          : null;
    if (scope === null) continue;
    found.push({
      progress: withoutStamp(row),
      scope,
      // Parsed from an id the scheduler built: its template part is a template id.
      templateId: parsed.templateId as TemplateId,
      occurrence: parsed.occurrence,
    });
  }
  const templateIds = [...new Set(found.map((f) => f.templateId))];
  const templates = await db.templates.bulkGet(templateIds);
  const byId = new Map(templateIds.map((id, i) => [id, templates[i]]));
  return found
    .map((f) => {
      const template = byId.get(f.templateId);
      return { ...f, template: template && withoutStamp(template) };
    })
    .sort(
      (a, b) =>
        (a.progress.day ?? '').localeCompare(b.progress.day ?? '') ||
        a.progress.actionId.localeCompare(b.progress.actionId),
    );
}

/**
 * The template of the action `actionId` names (by its id, so also for an action no longer in
 * the plan), or undefined when the id is not an action id or the template is gone.
 */
export async function templateOfAction(
  db: VuosikelloDb,
  actionId: string,
): Promise<TaskTemplate | undefined> {
  const parsed = parseActionId(actionId);
  if (parsed === null) return undefined;
  const template = await db.templates.get(parsed.templateId as TemplateId);
  return template && withoutStamp(template);
}
