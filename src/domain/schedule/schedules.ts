/**
 * Derived actions kept per schedule: one record per class, per school and for the organization
 * in each school year (DESIGN.md §2), so a device stores a few hundred records instead of
 * thousands of action rows, and a plan change rewrites only the records whose content changes.
 * Everything here is pure: the database layer reads the stored records, calls these, and writes
 * what they say.
 */
import type { GroupId, ScheduleId, SchoolYearId, TemplateId } from '../ids';
import type { Action, BreakKind, WindowAdjustment } from '../model';
import type { ScheduleProblem } from './materialize-actions';
import { scheduleIdOfAction } from './schedule-ids';
import { byScheduledWindow, compare, type Schedule, type ScheduledAction } from './schedule-record';

/** The scheduling problems of one school year, ordered by template, occurrence and code. */
export interface YearProblems {
  readonly schoolYearId: SchoolYearId;
  readonly problems: readonly ScheduleProblem[];
}

/**
 * Which part of a year's schedules a plan change replaces: all of it (its dates or a school
 * changed), the actions of some templates, or the whole schedules of some classes.
 */
export type SchedulePart =
  | { readonly kind: 'year' }
  | { readonly kind: 'templates'; readonly templateIds: readonly TemplateId[] }
  | { readonly kind: 'groups'; readonly groupIds: readonly GroupId[] };

/** What a schedule keeps of an action; spansBreaks only when there are any. */
function scheduled(a: Action): ScheduledAction {
  const kept: ScheduledAction = {
    templateId: a.templateId,
    occurrence: a.occurrence,
    start: a.start,
    end: a.end,
    themeId: a.themeId,
    adjustment: a.adjustment,
    ...(a.schoolTiming ? { schoolTiming: true as const } : {}),
  };
  return a.spansBreaks && a.spansBreaks.length > 0 ? { ...kept, spansBreaks: a.spansBreaks } : kept;
}

/** The target and year of a schedule, from one of its actions. */
type ScheduleHead = Omit<Schedule, 'actions'>;

function headOf(id: ScheduleId, a: Action): ScheduleHead {
  return {
    id,
    schoolYearId: a.schoolYearId,
    scope: a.scope,
    groupId: a.groupId,
    schoolId: a.schoolId,
  };
}

function groupById(actions: readonly Action[]): Map<ScheduleId, [ScheduleHead, ScheduledAction[]]> {
  const byId = new Map<ScheduleId, [ScheduleHead, ScheduledAction[]]>();
  for (const action of actions) {
    const id = scheduleIdOfAction(action.id);
    const entry = byId.get(id);
    if (entry) entry[1].push(scheduled(action));
    else byId.set(id, [headOf(id, action), [scheduled(action)]]);
  }
  return byId;
}

function scheduleOf(head: ScheduleHead, actions: ScheduledAction[]): Schedule {
  return { ...head, actions: actions.sort(byScheduledWindow) };
}

/** The schedules holding `actions`: one per target and year, by id, each by window. */
export function schedulesOf(actions: readonly Action[]): Schedule[] {
  return [...groupById(actions).values()]
    .map(([head, list]) => scheduleOf(head, list))
    .sort((a, b) => compare(a.id, b.id));
}

/** Whether the part replaces `action` of `schedule`. */
function inPart(part: SchedulePart): (schedule: Schedule, action: ScheduledAction) => boolean {
  switch (part.kind) {
    case 'year':
      return () => true;
    case 'templates': {
      const ids = new Set<TemplateId>(part.templateIds);
      return (_, a) => ids.has(a.templateId);
    }
    case 'groups': {
      const ids = new Set<GroupId>(part.groupIds);
      return (s) => s.groupId !== null && ids.has(s.groupId);
    }
  }
}

/**
 * The schedules after `part` of them is derived anew as `fresh`: each existing record keeps its
 * actions outside the part and takes the fresh actions of its target; targets that only fresh
 * actions have get a record, records left empty go. `existing` must hold every stored record
 * that can hold an action of the part (all of the year's for a year or templates, the classes'
 * own for groups). A record the part does not touch is returned as the same object. By id.
 */
export function nextSchedules(
  existing: readonly Schedule[],
  part: SchedulePart,
  fresh: readonly Action[],
): Schedule[] {
  const replaced = inPart(part);
  const freshById = groupById(fresh);
  const next: Schedule[] = [];
  for (const schedule of existing) {
    const kept = schedule.actions.filter((a) => !replaced(schedule, a));
    const added = freshById.get(schedule.id)?.[1] ?? [];
    freshById.delete(schedule.id);
    if (added.length === 0 && kept.length === schedule.actions.length) next.push(schedule);
    else if (kept.length + added.length > 0) {
      const { id, schoolYearId, scope, groupId, schoolId } = schedule;
      next.push(scheduleOf({ id, schoolYearId, scope, groupId, schoolId }, [...kept, ...added]));
    }
  }
  for (const [head, actions] of freshById.values()) next.push(scheduleOf(head, actions));
  return next.sort((a, b) => compare(a.id, b.id));
}

function sameAdjustment(a: WindowAdjustment | null, b: WindowAdjustment | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind !== b.kind) return false;
  return (
    a.kind !== 'movedOutOfBreak' ||
    (b.kind === 'movedOutOfBreak' && a.breakKind === b.breakKind && a.direction === b.direction)
  );
}

function sameBreaks(a: readonly BreakKind[] | undefined, b: readonly BreakKind[] | undefined) {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((k, i) => k === y[i]);
}

/** Whether two scheduled actions hold the same values in every field. */
function sameScheduled(a: ScheduledAction, b: ScheduledAction): boolean {
  return (
    a.templateId === b.templateId &&
    a.occurrence === b.occurrence &&
    a.start === b.start &&
    a.end === b.end &&
    a.themeId === b.themeId &&
    a.schoolTiming === b.schoolTiming &&
    sameAdjustment(a.adjustment, b.adjustment) &&
    sameBreaks(a.spansBreaks, b.spansBreaks)
  );
}

/** Whether two schedules hold the same values: the same target and equal actions in order. */
export function sameSchedule(a: Schedule, b: Schedule): boolean {
  if (a === b) return true;
  return (
    a.id === b.id &&
    a.schoolYearId === b.schoolYearId &&
    a.scope === b.scope &&
    a.groupId === b.groupId &&
    a.schoolId === b.schoolId &&
    a.actions.length === b.actions.length &&
    a.actions.every((action, i) => sameScheduled(action, b.actions[i] as ScheduledAction))
  );
}

/**
 * What to write to turn the stored `existing` records into `next`: `put` the records of `next`
 * that are new or differ by value (in `next`'s order), `remove` the ids of `existing` that
 * `next` lacks.
 */
export function diffSchedules(
  existing: readonly Schedule[],
  next: readonly Schedule[],
): { put: Schedule[]; remove: ScheduleId[] } {
  const before = new Map(existing.map((s) => [s.id, s]));
  const put: Schedule[] = [];
  for (const schedule of next) {
    const old = before.get(schedule.id);
    before.delete(schedule.id);
    if (old === undefined || !sameSchedule(old, schedule)) put.push(schedule);
  }
  return { put, remove: [...before.keys()] };
}

function byProblem(a: ScheduleProblem, b: ScheduleProblem): number {
  return (
    compare(a.templateId, b.templateId) ||
    compare(a.occurrence, b.occurrence) ||
    compare(a.code, b.code)
  );
}

/**
 * A year's problems after `part` is derived anew with `fresh` problems: problems belong to a
 * template and the year's calendar, never to a class, so a groups part keeps them as they are;
 * a templates part replaces those templates' problems; a year part all of them. Ordered by
 * template, occurrence and code.
 */
export function nextProblems(
  existing: readonly ScheduleProblem[],
  part: SchedulePart,
  fresh: readonly ScheduleProblem[],
): ScheduleProblem[] {
  switch (part.kind) {
    case 'year':
      return [...fresh].sort(byProblem);
    case 'templates': {
      const ids = new Set<TemplateId>(part.templateIds);
      return [...existing.filter((p) => !ids.has(p.templateId)), ...fresh].sort(byProblem);
    }
    case 'groups':
      return [...existing];
  }
}

/** Whether two problem lists hold the same problems in the same order. */
export function sameProblems(
  a: readonly ScheduleProblem[],
  b: readonly ScheduleProblem[],
): boolean {
  return (
    a.length === b.length &&
    a.every((p, i) => {
      const q = b[i] as ScheduleProblem;
      return p.templateId === q.templateId && p.occurrence === q.occurrence && p.code === q.code;
    })
  );
}
