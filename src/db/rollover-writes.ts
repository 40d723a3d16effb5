/**
 * Writing the roll-over to the next school year (domain/rollover) and undoing it. The new year
 * and all of its classes are written in one transaction with their outbox entries, so they sync
 * like any plan change and the schedules of the new year are derived once. The task library and
 * the schools' adjustments are not per school year: the new year uses them as they are, so there
 * is nothing of them to copy.
 */
import type { SchoolYearId } from '@/domain/ids';
import { rolloverRows, type RolloverProposal } from '@/domain/rollover/rollover-plan';
import type { VuosikelloDb } from './database';
import type { Clock } from './outbox';
import { savePlanBatch, type PlanBatchWrite } from './plan-writes';
import type { Tables } from './tx-tables';

export const ROLLOVER_ERROR_CODES = [
  /** A school year starting that year is already there (written before, or made by hand). */
  'YEAR_EXISTS',
  /** Someone has already recorded progress on an action of the new year. */
  'PROGRESS_EXISTS',
  /** The year to undo is not there. */
  'YEAR_MISSING',
  /** The year was not made by this roll-over (by hand, or a class was added to it since). */
  'NOT_A_ROLLOVER',
] as const;
export type RolloverErrorCode = (typeof ROLLOVER_ERROR_CODES)[number];

/** A refused roll-over or undo; nothing was written. The UI translates `code`. */
export class RolloverError extends Error {
  override readonly name = 'RolloverError';

  constructor(readonly code: RolloverErrorCode) {
    super(code);
  }
}

/** How many progress rows the actions of `yearId` have (their ids start with '<yearId>~'). */
function progressOfYear(t: Pick<Tables, 'progress'>, yearId: SchoolYearId): Promise<number> {
  return t.progress.where(':id').startsWith(`${yearId}~`).count();
}

/**
 * Writes the proposal's new school year and every class it creates or moves up, in one rw
 * transaction with their outbox entries; refuses (RolloverError YEAR_EXISTS, nothing written)
 * when a school year starting in the same year exists.
 */
export async function writeRollover(
  db: VuosikelloDb,
  proposal: RolloverProposal,
  now: Clock = Date.now,
): Promise<void> {
  const { year, groups } = rolloverRows(proposal);
  await savePlanBatch(
    db,
    async (t) => {
      if ((await t.schoolYears.where('startYear').equals(year.startYear).count()) > 0) {
        throw new RolloverError('YEAR_EXISTS');
      }
      return [
        { op: 'put', entity: 'schoolYear', row: year },
        ...groups.map((row): PlanBatchWrite => ({ op: 'put', entity: 'group', row })),
      ];
    },
    now,
  );
}

/**
 * Why the roll-over `proposal` describes cannot be undone, read in `t`'s transaction (null: it
 * can): its year is not there, the year holds a class the roll-over does not make (a year or
 * class made by hand is never deleted by an undo), or progress exists for an action of the year
 * (the first tick of the new year ends the undo).
 */
async function undoBlockIn(
  t: Pick<Tables, 'schoolYears' | 'groups' | 'progress'>,
  proposal: RolloverProposal,
): Promise<RolloverErrorCode | null> {
  const yearId = proposal.year.id;
  if ((await t.schoolYears.get(yearId)) === undefined) return 'YEAR_MISSING';
  const made = new Set<string>(rolloverRows(proposal).groups.map((g) => g.id));
  const groupIds = await t.groups.where('schoolYearId').equals(yearId).primaryKeys();
  if (groupIds.some((id) => !made.has(id))) return 'NOT_A_ROLLOVER';
  return (await progressOfYear(t, yearId)) > 0 ? 'PROGRESS_EXISTS' : null;
}

/** Why the roll-over `proposal` describes cannot be undone (null: it can); see undoBlockIn. */
export async function rolloverUndoBlock(
  db: VuosikelloDb,
  proposal: RolloverProposal,
): Promise<RolloverErrorCode | null> {
  return db.transaction('r', [db.schoolYears, db.groups, db.progress], () =>
    undoBlockIn(db, proposal),
  );
}

/**
 * Undoes the roll-over `proposal` describes (the proposal from the same source year, as the
 * preview computes it): deletes its school year and the year's classes in one rw transaction
 * (delete entries in the outbox). Refused with a RolloverError, deleting nothing, when
 * rolloverUndoBlock says why not.
 */
export async function undoRollover(
  db: VuosikelloDb,
  proposal: RolloverProposal,
  now: Clock = Date.now,
): Promise<void> {
  const yearId = proposal.year.id;
  await savePlanBatch(
    db,
    async (t) => {
      const block = await undoBlockIn(t, proposal);
      if (block !== null) throw new RolloverError(block);
      const groupIds = await t.groups.where('schoolYearId').equals(yearId).primaryKeys();
      return [
        ...groupIds.map((id): PlanBatchWrite => ({ op: 'delete', entity: 'group', id })),
        { op: 'delete', entity: 'schoolYear', id: yearId },
      ];
    },
    now,
  );
}
