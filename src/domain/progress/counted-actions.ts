/**
 * The one pass every progress figure comes from: the actions a filter lets through, each with its
 * state, whether it is due and whether it is overdue (by isOverdue, the month view's rule, in overdue.ts).
 */
import type { LocalDate } from '../local-date';
import { PROGRESS_STATES, RESPONSIBLE_ROLES, type Progress } from '../model';
import { isOverdue } from '../overdue';
import { parseActionId } from '../sync/action-ids';
import { SCHOOL_YEAR_MONTHS } from '../schedule/resolve-window';
import type { ProgressFilter } from './progress-filter';
import { levelBit, type PlanIndex } from './progress-plan';
import { STATE_CODE } from './tally';

/** The progress of a year's actions, read against the plan. */
export interface ActionStates {
  /** Per action (as the index's): its state as an index of PROGRESS_STATES; 0 (todo) without a record. */
  readonly states: Uint8Array;
  /** Per action: its record, if it has one. */
  readonly records: readonly (Progress | undefined)[];
  /**
   * Records of the year marked done or skipped whose action the plan no longer has (its task
   * retired, its class's grades changed...): kept, never counted as a current action.
   */
  readonly noLongerPlanned: readonly Progress[];
}

/**
 * The states of the index's actions from `rows` (the progress records; those of other years are
 * left out).
 */
export function statesOf(index: PlanIndex, rows: readonly Progress[]): ActionStates {
  const states = new Uint8Array(index.actions.length);
  const records: (Progress | undefined)[] = new Array<Progress | undefined>(index.actions.length);
  const noLongerPlanned: Progress[] = [];
  for (const row of rows) {
    const i = index.byId.get(row.actionId);
    if (i !== undefined) {
      states[i] = STATE_CODE[row.state];
      records[i] = row;
    } else if (
      row.state !== 'todo' &&
      parseActionId(row.actionId)?.schoolYearId === index.schoolYearId
    ) {
      noLongerPlanned.push(row);
    }
  }
  return { states, records, noLongerPlanned };
}

/** No condition on an index field; a value no action has. */
const ANY = -2;
const NOTHING = -3;

/** Whether the action at index i passes `filter`. */
export type ActionTest = (i: number) => boolean;

/** The test of `filter` over the index's actions. */
export function actionTest(index: PlanIndex, filter: ProgressFilter): ActionTest {
  const { schools, level, themeId, month, role } = filter;
  const span = filter.endsWithin ?? null;
  const schoolOk =
    schools === null ? null : Uint8Array.from(index.schools, (s) => (schools.has(s.id) ? 1 : 0));
  const levelMask = level === null ? 0 : levelBit(level);
  const roleMask = role === null ? 0 : 1 << RESPONSIBLE_ROLES.indexOf(role);
  const monthIndex = month === null ? ANY : SCHOOL_YEAR_MONTHS.indexOf(month);
  // -1: the tasks without a theme; NOTHING: a theme no action has.
  const found = themeId === null || themeId === 'none' ? -1 : index.themeIds.indexOf(themeId);
  const wantedTheme = themeId === null ? ANY : themeId === 'none' || found >= 0 ? found : NOTHING;
  return (i) => {
    if (schoolOk !== null) {
      const s = index.school[i]!;
      if (s < 0 || schoolOk[s] === 0) return false;
    }
    if (levelMask !== 0 && (index.levels[i]! & levelMask) === 0) return false;
    if (roleMask !== 0 && (index.roles[i]! & roleMask) === 0) return false;
    if (monthIndex !== ANY && index.month[i] !== monthIndex) return false;
    if (wantedTheme !== ANY && index.theme[i] !== wantedTheme) return false;
    if (span !== null) {
      // LocalDate strings compare as the days they name.
      const end = index.actions[i]!.end;
      if (end < span.from || end > span.to) return false;
    }
    return true;
  };
}

/** Called per counted action: its index, state code, and whether it is due and overdue. */
export type CountedVisit = (i: number, state: number, due: boolean, overdue: boolean) => void;

/**
 * Visits the actions among `indexes` (all when absent) that pass `test`. Due: the window ended
 * before `today` and not before the school started tracking, i.e. it would be overdue if open;
 * overdue: due and open. Both by isOverdue, the month view's rule.
 */
export function forEachCounted(
  index: PlanIndex,
  states: ActionStates,
  today: LocalDate,
  test: ActionTest,
  visit: CountedVisit,
  indexes?: readonly number[],
): void {
  const count = indexes?.length ?? index.actions.length;
  for (let k = 0; k < count; k += 1) {
    const i = indexes ? indexes[k]! : k;
    if (!test(i)) continue;
    const action = index.actions[i]!;
    const s = index.school[i]!;
    const trackingFrom = s >= 0 ? index.trackingFrom[s]! : null;
    const state = states.states[i]!;
    const due = isOverdue(action, 'todo', today, trackingFrom);
    const overdue = due && isOverdue(action, PROGRESS_STATES[state]!, today, trackingFrom);
    visit(i, state, due, overdue);
  }
}
