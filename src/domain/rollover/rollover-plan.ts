/**
 * The roll-over to the next school year as one proposal, shown as a preview before anything is
 * written: the proposed calendar, per school the classes created, moved up and leaving, and the
 * mapping old class -> new class (teachers' accounts follow their class).
 *
 * What does not need carrying: the task library (templates and themes) and the schools' own
 * adjustments of the plan are not kept per school year, so the new year uses them as they are.
 */
import type { GroupId, SchoolYearId } from '../ids';
import type { Group, School, SchoolYear } from '../model';
import { moveClassesUp, type SchoolRollover } from './move-classes';
import { proposeNextCalendar, type NextCalendar } from './next-calendar';

/** One class of the source year and the class it becomes. */
export interface ClassMapping {
  readonly from: GroupId;
  readonly to: GroupId;
}

export interface RolloverProposal extends NextCalendar {
  readonly sourceYearId: SchoolYearId;
  readonly schools: readonly SchoolRollover[];
  readonly mapping: readonly ClassMapping[];
}

/** Every row the roll-over writes: the new school year and all of its classes. */
export function rolloverRows(proposal: RolloverProposal): { year: SchoolYear; groups: Group[] } {
  return {
    year: proposal.year,
    groups: proposal.schools.flatMap((s) => [...s.created, ...s.moved.map((m) => m.to)]),
  };
}

/**
 * Proposes the year after `source` for `schools` from the source year's classes in `groups`
 * (rows of other years are ignored). Pure: the same inputs give the same rows and ids.
 */
export function proposeRollover(
  source: SchoolYear,
  schools: readonly School[],
  groups: readonly Group[],
): RolloverProposal {
  const calendar = proposeNextCalendar(source);
  const perSchool = moveClassesUp(
    schools,
    groups,
    source.id,
    calendar.year.id,
    calendar.year.startYear,
  );
  return {
    ...calendar,
    sourceYearId: source.id,
    schools: perSchool,
    mapping: perSchool.flatMap((s) => s.moved.map((m) => ({ from: m.from.id, to: m.to.id }))),
  };
}
