/**
 * Runs in Chromium: writes a municipality's derived actions through src/db and, side by side, the
 * same rows with raw IndexedDB (one readwrite transaction, strict durability, one put per row).
 */
import Dexie from 'dexie';
import { openVuosikelloDb } from '@/db/database';
import { writeActionsBatch } from '@/db/materialize';
import { applyPullPage } from '@/db/pull-apply';
import type { Change } from '@/domain/sync/protocol';
import { builtInThemes } from '@/domain/library/themes';
import { jamsa2026 } from '@/domain/calendars/jamsa';
import { builtInTemplates } from '@/domain/library/templates/index';
import type { Action } from '@/domain/model';
import { materializeActions } from '@/domain/schedule/materialize-actions';
import { buildMunicipality } from '../municipality';

function rawOpen(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore('actions', { keyPath: 'id' });
      // The same secondary indexes the app's actions table has, so the comparison is fair.
      store.createIndex('groupId', 'groupId');
      store.createIndex('templateId', 'templateId');
      store.createIndex('[schoolYearId+scope]', ['schoolYearId', 'scope']);
      store.createIndex('[schoolId+scope]', ['schoolId', 'scope']);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawWrite(db: IDBDatabase, rows: readonly Action[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('actions', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('actions');
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function run(rounds: number) {
  const plan = buildMunicipality(12, 120, jamsa2026, builtInTemplates);
  const { actions } = materializeActions(plan);
  const rawTimes: number[] = [];
  const dbTimes: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    // Fresh databases each round; alternate which goes first so neither gets a warmer cache.
    const raw = await rawOpen(`raw-${round}`);
    const db = openVuosikelloDb(`app-${round}`);
    await db.open();
    const measureRaw = async () => {
      const t0 = performance.now();
      await rawWrite(raw, actions);
      rawTimes.push(performance.now() - t0);
    };
    const measureDb = async () => {
      const t0 = performance.now();
      await writeActionsBatch(db, actions);
      dbTimes.push(performance.now() - t0);
    };
    if (round % 2 === 0) {
      await measureRaw();
      await measureDb();
    } else {
      await measureDb();
      await measureRaw();
    }
    raw.close();
    db.close();
    await Dexie.delete(`app-${round}`);
    indexedDB.deleteDatabase(`raw-${round}`);
  }
  return { rows: actions.length, rawMs: median(rawTimes), dbMs: median(dbTimes) };
}

/**
 * A municipality's first download as the server sends it: the plan (organization, schools, the
 * school year, classes, themes, templates) and progress on half of the actions, in pages of 500.
 */
function municipalityPull(): { changes: Change[]; actions: Action[] } {
  const plan = buildMunicipality(12, 120, jamsa2026, builtInTemplates);
  const { actions } = materializeActions(plan);
  const rows: { entity: Change['entity']; id: string; data: object }[] = [
    { entity: 'organization', id: 'org-bench', data: { id: 'org-bench', name: 'Benchkunta' } },
    ...plan.schools.map((s) => ({ entity: 'school' as const, id: s.id, data: s })),
    { entity: 'schoolYear', id: jamsa2026.id, data: { ...jamsa2026, organizationId: 'org-bench' } },
    ...plan.groups.map((g) => ({ entity: 'group' as const, id: g.id, data: g })),
    ...builtInThemes.map((t) => ({ entity: 'theme' as const, id: t.id, data: t })),
    ...builtInTemplates.map((t) => ({ entity: 'template' as const, id: t.id, data: t })),
    ...actions
      .filter((_, i) => i % 2 === 0)
      .map((a) => ({
        entity: 'progress' as const,
        id: a.id,
        data: { actionId: a.id, state: 'done', day: a.start, by: 'Opettaja', note: '' },
      })),
  ];
  const changes = rows.map((row, i) => ({
    ...row,
    data: row.data as Record<string, unknown>,
    seq: i + 1,
    deleted: false,
    fieldSeq: Object.fromEntries(Object.keys(row.data).map((k) => [k, i + 1])),
    updatedBy: 'bench',
  }));
  return { changes, actions };
}

/** One raw transaction that puts each row into each of `stores` (keyed by entity and id). */
function rawWriteChanges(
  db: IDBDatabase,
  rows: readonly Change[],
  stores: readonly string[] = ['rows'],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite', { durability: 'strict' });
    for (const name of stores) {
      const store = tx.objectStore(name);
      for (const row of rows)
        store.put(name === 'rows' ? row : row.data, `${row.entity}:${row.id}`);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

async function runPull(rounds: number) {
  const { changes, actions } = municipalityPull();
  const pages: Change[][] = [];
  for (let i = 0; i < changes.length; i += 500) pages.push(changes.slice(i, i + 500));
  const headSeq = changes.length;
  const rawTimes: number[] = [];
  const dbTimes: number[] = [];
  const floorTimes: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const rawActions = await rawOpen(`raw-pull-actions-${round}`);
    const raw = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(`raw-pull-${round}`, 1);
      request.onupgradeneeded = () => {
        request.result.createObjectStore('rows');
        request.result.createObjectStore('visible');
      };
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = openVuosikelloDb(`pull-${round}`);
    await db.open();
    const t0 = performance.now();
    for (const [i, page] of pages.entries()) {
      await applyPullPage(db, {
        dbEpoch: 'bench',
        changes: page,
        cursor: page[page.length - 1]?.seq ?? 0,
        hasMore: i < pages.length - 1,
        headSeq,
        lastMutationId: 0,
      });
    }
    dbTimes.push(performance.now() - t0);
    const t1 = performance.now();
    for (const page of pages) await rawWriteChanges(raw, page);
    rawTimes.push(performance.now() - t1);
    // Everything a pull stores, raw: the floor. Each row twice (the server copy for the rebase
    // and the visible row), one transaction per page, then the derived actions.
    const t2 = performance.now();
    for (const page of pages) await rawWriteChanges(raw, page, ['rows', 'visible']);
    await rawWrite(rawActions, actions);
    floorTimes.push(performance.now() - t2);
    rawActions.close();
    indexedDB.deleteDatabase(`raw-pull-actions-${round}`);
    const actionCount = await db.actions.count();
    raw.close();
    db.close();
    await Dexie.delete(`pull-${round}`);
    indexedDB.deleteDatabase(`raw-pull-${round}`);
    if (round === rounds - 1) {
      return {
        rows: changes.length,
        pages: pages.length,
        actions: actionCount,
        rawMs: median(rawTimes),
        floorMs: median(floorTimes),
        dbMs: median(dbTimes),
      };
    }
  }
  throw new Error('no rounds');
}

(window as unknown as { runIdbBench: typeof run; runPullBench: typeof runPull }).runIdbBench = run;
(window as unknown as { runPullBench: typeof runPull }).runPullBench = runPull;
document.title = 'ready';
