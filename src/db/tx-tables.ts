/**
 * Tables bound to one transaction. Dexie finds the current transaction through a zone that it
 * carries across `await`; the zone can be lost across a chain of native async functions while
 * other transactions interleave (seen as PrematureCommitError with concurrent writes). Helpers
 * that run inside a write transaction therefore take these bound tables, never the database.
 */
import type { Transaction } from 'dexie';
import { ENTITIES, ENTITY_REGISTRY, type Entity } from '@/domain/entities';
import type { EntityTable, VuosikelloDb } from './database';

/** The tables that are not synced entities' (derived, bookkeeping and local). */
const OTHER_TABLES = [
  'schedules',
  'scheduleProblems',
  'outbox',
  'meta',
  'serverRows',
  'conflicts',
] as const;

export const TABLE_NAMES = [...ENTITIES.map((e) => ENTITY_REGISTRY[e].table), ...OTHER_TABLES];
export type TableName = keyof VuosikelloDb & (typeof TABLE_NAMES)[number];

/** The typed tables of the database; those of a transaction only work if in its scope. */
export type Tables = Pick<VuosikelloDb, TableName>;

/** `tx`'s tables under their typed names; a table outside its scope throws when used. */
export function bindTables(tx: Transaction): Tables {
  const tables: Partial<Record<TableName, unknown>> = {};
  for (const name of TABLE_NAMES) {
    Object.defineProperty(tables, name, {
      // Looked up on use: Transaction.table throws for a table outside the scope.
      get: () => tx.table(name),
      enumerable: true,
    });
  }
  // Each property is tx.table(name), which has the row and key types of db[name].
  return tables as Tables;
}

/** The visible table of `entity` among `tables` (a database or bound tables). */
export function entityTable<E extends Entity>(tables: Tables, entity: E): EntityTable<E> {
  // The registry names the table; EntityTables gives that name the entity's row and key types.
  return tables[ENTITY_REGISTRY[entity].table] as unknown as EntityTable<E>;
}
