/**
 * Reads through a plain IndexedDB transaction, with the few table methods the first screen's
 * reads use (ReadTables): the same read functions take Dexie's bound tables everywhere else.
 *
 * A returning device's first screen reads through the connection early-open.ts opened, while
 * Dexie's own connection opens beside it: Dexie's open (every store and index checked against
 * its schema, its middleware built for each of the 14 tables) and its per-request machinery no
 * longer stand between the code's evaluation and the first render (docs/performance.md).
 */
import type { IndexableType, Table } from 'dexie';
import type { TableName, Tables } from './tx-tables';

/** The read methods of a table that the first screen's reads use, as Dexie's Table has them. */
export interface ReadTable<Row, Key> {
  get(key: Key): Promise<Row | undefined>;
  bulkGet(keys: Key[]): Promise<(Row | undefined)[]>;
  toArray(): Promise<Row[]>;
  count(): Promise<number>;
  orderBy(index: string): { toArray(): Promise<Row[]> };
  where(index: string): {
    equals(value: IndexableType): { toArray(): Promise<Row[]> };
    startsWith(prefix: string): { toArray(): Promise<Row[]> };
  };
}

/** The tables read from: Dexie's bound to a transaction (bindTables), or a plain one's. */
export type ReadTables = {
  readonly [N in TableName]: Tables[N] extends Table<infer Row, infer Key, unknown>
    ? ReadTable<Row, Key>
    : never;
};

const result = <T>(request: IDBRequest<T>): Promise<T> =>
  new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = (event) => {
      // Handled here: the failure rejects the read, and the transaction is let abort.
      event.stopPropagation();
      reject(request.error ?? new Error('IndexedDB request failed'));
    };
  });

/** Dexie's upper bound of a string prefix (Collection.startsWith). */
const MAX_CHAR = String.fromCharCode(65535);

function rawTable(tx: IDBTransaction, name: string): ReadTable<unknown, IDBValidKey> {
  // Looked up on use: objectStore throws for a table outside the transaction's scope.
  const store = () => tx.objectStore(name);
  const source = (index: string) => {
    const s = store();
    return s.keyPath === index ? s : s.index(index);
  };
  const all = (query?: IDBValidKey | IDBKeyRange) => (index: string) => ({
    toArray: () => result(source(index).getAll(query)),
  });
  return {
    get: (key) => result(store().get(key)),
    bulkGet: (keys) => Promise.all(keys.map((key) => result(store().get(key)))),
    toArray: () => result(store().getAll()),
    count: () => result(store().count()),
    orderBy: (index) => all()(index),
    where: (index) => ({
      equals: (value) => all(value as IDBValidKey)(index),
      startsWith: (prefix) =>
        all(IDBKeyRange.bound(prefix, prefix + MAX_CHAR, false, false))(index),
    }),
  };
}

/**
 * Runs `read` in a readonly transaction of `idb` over `tables`. Rejects where the connection is
 * closed or a request fails; nothing is written.
 */
export function rawRead<T>(
  idb: IDBDatabase,
  tables: readonly TableName[],
  read: (t: ReadTables) => Promise<T>,
): Promise<T> {
  try {
    const tx = idb.transaction([...tables], 'readonly');
    const bound: Record<string, ReadTable<unknown, IDBValidKey>> = {};
    for (const name of tables) bound[name] = rawTable(tx, name);
    // Each table holds the rows its typed writers stored (as Dexie's reads assume too).
    return read(bound as unknown as ReadTables);
  } catch (error) {
    return Promise.reject(error);
  }
}
