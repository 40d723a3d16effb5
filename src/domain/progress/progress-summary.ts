/**
 * The progress summary of a school year: completion by school, level (grade), class, month,
 * theme and task, and what needs attention, from the plan's actions and the progress records.
 * Pure: today and the filter are passed in. Every figure is a Tally (tally.ts) counted in one
 * pass (counted-actions.ts).
 */
import type { SchoolId, ThemeId } from '../ids';
import type { LocalDate } from '../local-date';
import type { Action, Group, Progress, School, TaskTemplate } from '../model';
import { byWindow } from '../schedule/schedule-record';
import { SCHOOL_YEAR_MONTHS } from '../schedule/resolve-window';
import { parseActionId } from '../sync/action-ids';
import type { Month } from '../timing-rule';
import { fallingBehind, type BehindClass } from './falling-behind';
import { actionTest, forEachCounted, statesOf, type ActionStates } from './counted-actions';
import { LEVELS, type Level, type ProgressFilter } from './progress-filter';
import type { PlanIndex } from './progress-plan';
import { Counter, RatingCounter, STATE_CODE, tallyOf, type Ratings, type Tally } from './tally';

export interface SchoolRow {
  readonly school: School;
  /** Its classes' tasks and its own. */
  readonly tally: Tally;
}
export interface LevelRow {
  readonly level: Level;
  readonly tally: Tally;
}
export interface ClassRow {
  readonly group: Group;
  readonly school: School;
  readonly tally: Tally;
}
export interface MonthRow {
  /** The month the actions fall due in (their window ends). */
  readonly month: Month;
  readonly tally: Tally;
}
export interface ThemeRow {
  /** Null: the tasks without a theme. */
  readonly themeId: ThemeId | null;
  readonly tally: Tally;
}
export interface TaskRow {
  readonly template: TaskTemplate;
  /** How many classes, schools (or the organization) have the task. */
  readonly targets: number;
  readonly tally: Tally;
  /** How its done actions worked, as their teachers rated them. */
  readonly ratings: Ratings;
}

/** Whose overdue actions: a class's, a school's own (group null) or the organization's (both null). */
export interface OverdueTarget {
  readonly school: School | null;
  readonly group: Group | null;
  /** By window. */
  readonly actions: readonly Action[];
}

export interface Attention {
  /** By school (by name: its own first, then its classes by grade), the organization's last. */
  readonly overdue: readonly OverdueTarget[];
  /** See fallingBehind. */
  readonly behind: readonly BehindClass[];
  /**
   * Tasks with at least one action due and none done anywhere counted (skipped ones are not
   * done), most due first.
   */
  readonly undoneTasks: readonly TaskRow[];
}

export interface ProgressSummary {
  readonly total: Tally;
  /** Every breakdown lists only the keys with at least one action counted. */
  readonly bySchool: readonly SchoolRow[];
  /** In LEVELS order; a combined class's task of two of its grades is in both rows. */
  readonly byLevel: readonly LevelRow[];
  /** By school, then lowest grade and name. */
  readonly byClass: readonly ClassRow[];
  /** August to July. */
  readonly byMonth: readonly MonthRow[];
  /** In order of first appearance in the plan, those without a theme last. */
  readonly byTheme: readonly ThemeRow[];
  /** In the plan's template order. */
  readonly byTask: readonly TaskRow[];
  readonly attention: Attention;
  /**
   * Records of the year marked done or skipped whose action is no longer in the plan, in the
   * schools counted (the other filters cannot apply: their window is gone). Not in any figure.
   */
  readonly noLongerPlanned: number;
}

export interface ProgressSummaryInput {
  readonly index: PlanIndex;
  /** The year's progress records (those of other years are left out). */
  readonly progress: readonly Progress[] | ActionStates;
  readonly today: LocalDate;
  readonly filter: ProgressFilter;
}

const counters = (n: number) => Array.from({ length: n }, () => new Counter());

/** Rows of the counters that counted something, made by `row`. */
function rowsOf<R>(list: readonly Counter[], row: (tally: Tally, k: number) => R): R[] {
  const rows: R[] = [];
  list.forEach((c, k) => {
    if (c.total > 0) rows.push(row(tallyOf(c), k));
  });
  return rows;
}

/** The summary of the actions `input.filter` lets through, on `input.today`. */
export function progressSummary(input: ProgressSummaryInput): ProgressSummary {
  const { index, today, filter } = input;
  const states = 'states' in input.progress ? input.progress : statesOf(index, input.progress);
  const total = new Counter();
  const schools = counters(index.schools.length);
  const levels = counters(LEVELS.length);
  const classes = counters(index.groups.length);
  const months = counters(SCHOOL_YEAR_MONTHS.length);
  const themes = counters(index.themeIds.length + 1);
  const tasks = counters(index.templates.length);
  const taskRatings = Array.from({ length: index.templates.length }, () => new RatingCounter());
  // Targets: the classes, then each school's own, then the organization's. A task's targets are
  // counted by marking each (task, target) pair once.
  const targetCount = index.groups.length + index.schools.length + 1;
  const targetSeen = new Uint8Array(index.templates.length * targetCount);
  const targetsOf = new Int32Array(index.templates.length);
  const overdue = new Map<number, number[]>();
  const levelMask = filter.level === null ? -1 : 1 << LEVELS.indexOf(filter.level);

  forEachCounted(index, states, today, actionTest(index, filter), (i, state, due, late) => {
    total.add(state, due, late);
    const s = index.school[i]!;
    const g = index.group[i]!;
    const t = index.template[i]!;
    if (s >= 0) schools[s]!.add(state, due, late);
    if (g >= 0) classes[g]!.add(state, due, late);
    for (let bits = index.levels[i]! & levelMask; bits !== 0; bits &= bits - 1) {
      levels[31 - Math.clz32(bits & -bits)]!.add(state, due, late);
    }
    months[index.month[i]!]!.add(state, due, late);
    const th = index.theme[i]!;
    themes[th < 0 ? index.themeIds.length : th]!.add(state, due, late);
    const target = g >= 0 ? g : s >= 0 ? index.groups.length + s : targetCount - 1;
    if (t >= 0) {
      tasks[t]!.add(state, due, late);
      if (state === STATE_CODE.done) taskRatings[t]!.add(states.records[i]);
      const seen = t * targetCount + target;
      if (targetSeen[seen] === 0) {
        targetSeen[seen] = 1;
        targetsOf[t]! += 1;
      }
    }
    if (late) {
      const list = overdue.get(target);
      if (list) list.push(i);
      else overdue.set(target, [i]);
    }
  });

  const byClass = rowsOf(classes, (tally, g) => ({
    group: index.groups[g]!,
    school: index.schools[index.groupSchool[g]!]!,
    tally,
  }));
  const byTask = rowsOf(tasks, (tally, t) => ({
    template: index.templates[t]!,
    targets: targetsOf[t]!,
    tally,
    ratings: taskRatings[t]!.ratings,
  }));
  return {
    total: tallyOf(total),
    bySchool: rowsOf(schools, (tally, s) => ({ school: index.schools[s]!, tally })),
    byLevel: rowsOf(levels, (tally, l) => ({ level: LEVELS[l]!, tally })),
    byClass,
    byMonth: rowsOf(months, (tally, m) => ({ month: SCHOOL_YEAR_MONTHS[m]!, tally })),
    byTheme: rowsOf(themes, (tally, th) => ({ themeId: index.themeIds[th] ?? null, tally })),
    byTask,
    attention: {
      overdue: overdueTargets(index, overdue),
      behind: fallingBehind(byClass, filter.level),
      undoneTasks: byTask
        .filter((row) => row.tally.due > 0 && row.tally.done === 0)
        .sort((a, b) => b.tally.due - a.tally.due),
    },
    noLongerPlanned: noLongerPlannedIn(index, states.noLongerPlanned, filter.schools),
  };
}

/** The overdue actions by whose they are, in the order Attention.overdue gives. */
function overdueTargets(
  index: PlanIndex,
  byTarget: ReadonlyMap<number, number[]>,
): OverdueTarget[] {
  // Sort keys: a school's own (-1) before its classes, the organization's after every school.
  const classes = index.groups.length;
  const place = (target: number): [number, number] =>
    target < classes ? [index.groupSchool[target]!, target] : [target - classes, -1];
  return [...byTarget.keys()]
    .sort((a, b) => {
      const [sa, ga] = place(a);
      const [sb, gb] = place(b);
      return sa - sb || ga - gb;
    })
    .map((target) => {
      const [s] = place(target);
      return {
        school: index.schools[s] ?? null,
        group: index.groups[target] ?? null,
        actions: byTarget
          .get(target)!
          .map((i) => index.actions[i]!)
          .sort(byWindow),
      };
    });
}

/** How many of `records` (no longer planned) belong to the schools counted (null: all). */
function noLongerPlannedIn(
  index: PlanIndex,
  records: readonly Progress[],
  schools: ReadonlySet<SchoolId> | null,
): number {
  if (schools === null) return records.length;
  const schoolOfGroup = new Map(index.groups.map((g) => [g.id as string, g.schoolId]));
  return records.filter((record) => {
    const target = parseActionId(record.actionId)?.target;
    const school =
      target?.kind === 'school'
        ? (target.schoolId as SchoolId)
        : target?.kind === 'group'
          ? schoolOfGroup.get(target.groupId)
          : undefined;
    return school !== undefined && schools.has(school);
  }).length;
}
