/**
 * What to write when the derived actions change: only what is new or different, and the ids that
 * are gone, so a plan edit touches a few rows instead of rebuilding every action.
 */
import type { ActionId } from '../ids';
import type { Action, WindowAdjustment } from '../model';

function sameAdjustment(a: WindowAdjustment | null, b: WindowAdjustment | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.kind !== b.kind) return false;
  return (
    a.kind !== 'movedOutOfBreak' || (b.kind === 'movedOutOfBreak' && a.breakKind === b.breakKind)
  );
}

/** Whether two actions hold the same values in every field. */
export function sameAction(a: Action, b: Action): boolean {
  return (
    a.id === b.id &&
    a.templateId === b.templateId &&
    a.schoolYearId === b.schoolYearId &&
    a.scope === b.scope &&
    a.groupId === b.groupId &&
    a.schoolId === b.schoolId &&
    a.occurrence === b.occurrence &&
    a.start === b.start &&
    a.end === b.end &&
    a.themeId === b.themeId &&
    sameAdjustment(a.adjustment, b.adjustment)
  );
}

/**
 * Changes that turn `existing` into `next`: `put` holds the actions of `next` that are new or
 * differ by value (in `next`'s order), `remove` the ids of `existing` missing from `next`.
 */
export function diffActions(
  existing: readonly Action[],
  next: readonly Action[],
): { put: Action[]; remove: ActionId[] } {
  const before = new Map<ActionId, Action>();
  for (const a of existing) before.set(a.id, a);
  const put: Action[] = [];
  const kept = new Set<ActionId>();
  for (const a of next) {
    kept.add(a.id);
    const old = before.get(a.id);
    if (old === undefined || !sameAction(old, a)) put.push(a);
  }
  const remove: ActionId[] = [];
  for (const id of before.keys()) if (!kept.has(id)) remove.push(id);
  return { put, remove };
}
