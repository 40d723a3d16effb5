/**
 * A download from zero (the first connection, a new identity, a 410 reset) and its end: the
 * visible rows that were there when it began are the only ones that can lack a server copy at
 * its end (every row it brings carries one), so they are noted at the start, and only they are
 * read back at the end.
 */
import { ENTITIES } from '@/domain/entities';
import { putMetaIn, getMetaIn, type DownloadCandidate } from './meta';
import type { OutboxEntity } from './outbox';
import {
  hasCurrentCopy,
  idsWithServerRows,
  serverGeneration,
  visibleTable,
  type ServerCopy,
} from './server-copy';
import type { Tables } from './tx-tables';
import { visibleRows, type EntityKey } from './visible-rows';

/** The keys of every visible synced row. */
async function visibleKeys(t: Tables): Promise<DownloadCandidate[]> {
  const keys = await Promise.all(
    ENTITIES.map(async (entity) =>
      (await visibleTable(t, entity).toCollection().primaryKeys()).map((id) => ({ entity, id })),
    ),
  );
  return keys.flat();
}

/**
 * Marks a download from zero (meta `bootstrapping`) and notes the visible rows there now (meta
 * `downloadCandidates`): those the download does not bring are removed at its end unless the
 * outbox holds them. In the caller's transaction, which must cover the visible tables.
 */
export async function beginDownloadFromZero(t: Tables): Promise<void> {
  await putMetaIn(t, 'bootstrapping', true);
  await putMetaIn(t, 'downloadCandidates', await visibleKeys(t));
}

/**
 * At the end of a download from zero: the rows noted at its start (all visible rows, for a
 * download begun by older code that noted none) that have no server copy now: none embedded of
 * the current generation, none in serverRows, none in the last page (`pageCopies`). Forgets the
 * note.
 */
export async function rowsLeftBehind(
  t: Tables,
  pageCopies: (entity: OutboxEntity) => ReadonlyMap<string, ServerCopy | undefined> | undefined,
): Promise<EntityKey[]> {
  const candidates = (await getMetaIn(t, 'downloadCandidates')) ?? (await visibleKeys(t));
  await t.meta.delete('downloadCandidates');
  const generation = await serverGeneration(t);
  const left: EntityKey[] = [];
  for (const entity of ENTITIES) {
    const copies = pageCopies(entity);
    const ids = candidates
      .filter((c) => c.entity === entity && copies?.get(c.id) === undefined)
      .map((c) => c.id);
    if (ids.length === 0) continue;
    const [rows, inTable] = await Promise.all([
      visibleRows(t, entity, ids),
      idsWithServerRows(t, entity, ids),
    ]);
    ids.forEach((id, i) => {
      const row = rows[i];
      if (row !== undefined && !hasCurrentCopy(row, generation) && !inTable.has(id)) {
        left.push({ entity, id });
      }
    });
  }
  return left;
}
