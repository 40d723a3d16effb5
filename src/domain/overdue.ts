/**
 * When a task is overdue, said once for every view that shows it (the teacher's month, the
 * wheel). Its own small module: the first screen and the later views share it without carrying
 * each other's code.
 */
import type { LocalDate } from './local-date';
import type { Action, ProgressState } from './model';

/**
 * Overdue: the window ended before `today`, the action is neither done nor skipped, and its
 * window did not end before the school started tracking (`trackingFrom`, null: from the start).
 */
export function isOverdue(
  action: Action,
  state: ProgressState,
  today: LocalDate,
  trackingFrom: LocalDate | null,
): boolean {
  return (
    state === 'todo' && action.end < today && (trackingFrom === null || action.end >= trackingFrom)
  );
}
