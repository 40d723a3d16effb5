/**
 * One task across the schools counted: how many classes did it, skipped it or have not yet, each
 * class's figures and the notes given when skipping (class-level, never about a pupil), so the
 * coordinator can improve the library year by year.
 */
import type { TemplateId } from '../ids';
import type { LocalDate } from '../local-date';
import {
  PROGRESS_STATES,
  type Action,
  type Group,
  type Progress,
  type ProgressState,
  type School,
  type TaskTemplate,
} from '../model';
import { byWindow } from '../schedule/schedule-record';
import { actionTest, forEachCounted, statesOf, type ActionStates } from './counted-actions';
import type { ProgressFilter } from './progress-filter';
import type { PlanIndex } from './progress-plan';
import { Counter, RatingCounter, STATE_CODE, tallyOf, type Ratings, type Tally } from './tally';

export interface TaskAction {
  readonly action: Action;
  readonly state: ProgressState;
  readonly overdue: boolean;
}

/** A class (or a school's own, or the organization's) with the task. */
export interface TaskTarget {
  readonly school: School | null;
  readonly group: Group | null;
  readonly tally: Tally;
  /** Its actions of the task, by window. */
  readonly actions: readonly TaskAction[];
}

export interface SkipNote {
  readonly school: School | null;
  readonly group: Group | null;
  readonly action: Action;
  /** The day it was skipped. */
  readonly day: LocalDate | null;
  readonly note: string;
}

export interface TaskProgress {
  readonly template: TaskTemplate;
  /** The same figures as the task's row of the summary under the same filter. */
  readonly tally: Tally;
  /** How its done actions worked, as their teachers rated them. */
  readonly ratings: Ratings;
  /**
   * The targets counted, split three ways: did it (at least one of its actions done), skipped it
   * (some skipped, none done), not yet (none done or skipped).
   */
  readonly targets: {
    readonly total: number;
    readonly didIt: number;
    readonly skippedIt: number;
    readonly notYet: number;
  };
  /** By school (the school's own first), then class, as the summary's classes. */
  readonly byTarget: readonly TaskTarget[];
  /** The notes of its skipped actions (those with a note), in byTarget order, then by window. */
  readonly skipNotes: readonly SkipNote[];
}

/**
 * The progress of task `templateId` among the actions `filter` lets through, on `today`; null
 * when the plan has no such task.
 */
export function taskProgress(
  index: PlanIndex,
  progress: readonly Progress[] | ActionStates,
  templateId: TemplateId,
  today: LocalDate,
  filter: ProgressFilter,
): TaskProgress | null {
  const t = index.templates.findIndex((template) => template.id === templateId);
  if (t < 0) return null;
  const states = 'states' in progress ? progress : statesOf(index, progress);
  const total = new Counter();
  const ratings = new RatingCounter();
  interface Found {
    readonly school: School | null;
    readonly group: Group | null;
    readonly counter: Counter;
    readonly actions: TaskAction[];
    readonly notes: SkipNote[];
  }
  const byTarget = new Map<number, Found>();
  const test = actionTest(index, filter);
  forEachCounted(
    index,
    states,
    today,
    test,
    (i, state, due, overdue) => {
      total.add(state, due, overdue);
      const s = index.school[i]!;
      const g = index.group[i]!;
      // Sort key: by school, its own (-1) before its classes; the organization after all.
      const key = (s >= 0 ? s : index.schools.length) * (index.groups.length + 1) + g + 1;
      let target = byTarget.get(key);
      if (!target) {
        target = {
          school: index.schools[s] ?? null,
          group: index.groups[g] ?? null,
          counter: new Counter(),
          actions: [],
          notes: [],
        };
        byTarget.set(key, target);
      }
      target.counter.add(state, due, overdue);
      const action = index.actions[i]!;
      target.actions.push({ action, state: PROGRESS_STATES[state]!, overdue });
      const record = states.records[i];
      if (state === STATE_CODE.done) ratings.add(record);
      if (state === STATE_CODE.skipped && record && record.note !== '') {
        target.notes.push({
          school: target.school,
          group: target.group,
          action,
          day: record.day,
          note: record.note,
        });
      }
    },
    index.actionsOfTemplate[t],
  );

  const targets = [...byTarget.entries()].sort(([a], [b]) => a - b).map(([, target]) => target);
  const rows: TaskTarget[] = targets.map(({ school, group, counter, actions }) => ({
    school,
    group,
    tally: tallyOf(counter),
    actions: actions.sort((a, b) => byWindow(a.action, b.action)),
  }));
  const didIt = rows.filter((r) => r.tally.done > 0).length;
  const skippedIt = rows.filter((r) => r.tally.done === 0 && r.tally.skipped > 0).length;
  return {
    template: index.templates[t]!,
    tally: tallyOf(total),
    ratings: ratings.ratings,
    targets: { total: rows.length, didIt, skippedIt, notYet: rows.length - didIt - skippedIt },
    byTarget: rows,
    skipNotes: targets.flatMap((target) =>
      target.notes.sort((a, b) => byWindow(a.action, b.action)),
    ),
  };
}
