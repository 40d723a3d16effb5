/** Reads of the schools and classes view (apart from queries.ts, which the first screen loads). */
import type { GroupId, SchoolYearId } from '@/domain/ids';
import { scheduleIdFor } from '@/domain/schedule/schedule-ids';
import type { VuosikelloDb } from './database';

/**
 * How many progress rows the class has in its year (ticks, skips, notes): a class with any is
 * never removed, so that no tick loses its class.
 */
export async function groupProgressCount(
  db: VuosikelloDb,
  schoolYearId: SchoolYearId,
  groupId: GroupId,
): Promise<number> {
  return db.progress
    .where('actionId')
    .startsWith(`${scheduleIdFor(schoolYearId, { kind: 'group', groupId })}~`)
    .count();
}
