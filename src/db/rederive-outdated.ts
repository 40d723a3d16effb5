/**
 * Re-derivation of every stored schedule when the scheduler's rules changed since they were
 * derived (DERIVATION_VERSION): loaded only when a database's stamp is behind, so the first
 * screen never loads the scheduler for it.
 */
import type Dexie from 'dexie';
import { DERIVATION_VERSION } from '@/domain/schedule/derivation-version';
import { rederiveEveryYear } from './materialize';
import { bindTables } from './tx-tables';

/**
 * In one rw transaction: unless another tab did it meanwhile, derives every year's schedules anew
 * from the plan tables (writing only the records that differ) and stamps the database with the
 * current DERIVATION_VERSION. Returns whether it re-derived.
 */
export async function rederiveOutdated(db: Dexie): Promise<boolean> {
  const tables = [
    'schools',
    'schoolYears',
    'groups',
    'templates',
    'schedules',
    'scheduleProblems',
    'meta',
  ];
  return db.transaction('rw', tables, async (tx) => {
    const t = bindTables(tx);
    // The meta table through the transaction, not meta.ts: sharing that module with this lazy
    // chunk would split it out of the first screen's (a file of its own costs bytes there).
    const stamp = await tx.table('meta').get('derivedWith');
    if ((stamp as { value?: unknown } | undefined)?.value === DERIVATION_VERSION) return false;
    await rederiveEveryYear(t);
    await tx.table('meta').put({ key: 'derivedWith', value: DERIVATION_VERSION });
    return true;
  });
}
