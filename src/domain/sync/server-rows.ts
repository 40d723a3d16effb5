/**
 * Rows the server writes itself (first-run demo data, tests): each at its own new seq, through
 * the same transaction interface as a push, with the school each belongs to from the registry.
 */
import { DELETED_FIELD, ENTITY_REGISTRY, type Entity } from '../entities';
import { rowSchool } from './belonging';
import type { Fields } from './merge';
import { groupLookupFor, type RowWriteTx } from './push';

/** A row written by the server itself (first-run demo data, tests). */
export interface SeedRow {
  readonly entity: Entity;
  /** The whole row, its key field included. */
  readonly data: Fields;
  readonly deleted?: boolean;
}

/**
 * Writes `rows` as the server, each at its own new seq, with every field's seq set to it, and
 * the school each belongs to (belonging.ts). Returns the new head seq. A row whose school cannot
 * be told (progress of a class the space does not have) throws: seed data must be whole.
 */
export async function writeServerRows(
  tx: RowWriteTx,
  space: string,
  rows: readonly SeedRow[],
  by: string,
  now: number,
): Promise<number> {
  let seq = await tx.headSeq(space);
  for (const row of rows) {
    const key = ENTITY_REGISTRY[row.entity].key;
    const id = row.data[key];
    if (typeof id !== 'string') throw new Error(`A ${row.entity} seed row has no ${key}`);
    const schoolId = rowSchool(
      row.entity,
      id,
      row.data,
      await groupLookupFor(tx, space, row.entity, id),
    );
    if (schoolId === undefined) throw new Error(`${row.entity} ${id} belongs to no known class`);
    seq += 1;
    const fieldSeq: Record<string, number> = { [DELETED_FIELD]: seq };
    for (const field of Object.keys(row.data)) if (field !== key) fieldSeq[field] = seq;
    await tx.putRow(
      space,
      row.entity,
      id,
      { data: row.data, fieldSeq, deleted: row.deleted ?? false, seq },
      schoolId,
      by,
      now,
    );
  }
  return seq;
}
