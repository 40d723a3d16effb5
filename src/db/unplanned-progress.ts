/**
 * Progress whose action is no longer in the plan (its template retired, its class's grades
 * changed, its rule moved so that an occurrence vanished). Such progress is kept, never dropped
 * (DESIGN.md §2), and shown where it belongs: with the class (or its school) and year its action
 * id names. The month's read (month-read.ts) finds them with the pure functions here;
 * templateOfAction reads one template for the conflict notice.
 */
import type { ActionId, ScheduleId, TemplateId } from '@/domain/ids';
import type { Group, Progress, TaskTemplate } from '@/domain/model';
import { scheduleIdFor } from '@/domain/schedule/schedule-ids';
import { compare } from '@/domain/schedule/schedule-record';
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
 * The ids of the schedules whose actions a class's month shows: the class's own and its
 * school's, in its school year. An action id starts with its schedule's id and '~', so the
 * progress of each is one key range.
 */
export function classScheduleIds(group: Group): [ScheduleId, ScheduleId] {
  return [
    scheduleIdFor(group.schoolYearId, { kind: 'group', groupId: group.id }),
    scheduleIdFor(group.schoolYearId, { kind: 'school', schoolId: group.schoolId }),
  ];
}

/** A mark no longer in the plan, before its template is looked up. */
export type UnplannedMark = Omit<UnplannedProgress, 'template'>;

/**
 * Among `rows` (progress read from the class's and its school's key ranges), those that record
 * something and whose action `planned` no longer holds, with whose they were.
 */
export function unplannedAmong(
  rows: readonly Progress[],
  planned: ReadonlySet<ActionId>,
  group: Group,
): UnplannedMark[] {
  const found: UnplannedMark[] = [];
  for (const row of rows) {
    if (planned.has(row.actionId) || (row.state === 'todo' && row.note === '')) continue;
    const parsed = parseActionId(row.actionId);
    if (parsed === null || parsed.schoolYearId !== group.schoolYearId) continue;
    const { target } = parsed;
    const scope =
      target.kind === 'group' && target.groupId === group.id
        ? 'class'
        : target.kind === 'school' && target.schoolId === group.schoolId
          ? 'school'
          : null;
    if (scope === null) continue;
    found.push({
      progress: row,
      scope,
      // Parsed from an id the scheduler built: its template part is a template id.
      templateId: parsed.templateId as TemplateId,
      occurrence: parsed.occurrence,
    });
  }
  return found;
}

/** `found` with each template (undefined for a retired one), by day marked, then action id. */
export function withTemplates(
  found: readonly UnplannedMark[],
  templateOf: (id: TemplateId) => TaskTemplate | undefined,
): UnplannedProgress[] {
  return found
    .map((f) => ({ ...f, template: templateOf(f.templateId) }))
    .sort(
      (a, b) =>
        compare(a.progress.day ?? '', b.progress.day ?? '') ||
        compare(a.progress.actionId, b.progress.actionId),
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
