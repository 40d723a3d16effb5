/**
 * Runs in Chromium: writes a municipality's derived actions through src/db and, side by side, the
 * same rows with raw IndexedDB (one readwrite transaction, strict durability, one put per row).
 */
import Dexie from 'dexie';
import { openVuosikelloDb } from '@/db/database';
import { writeActionsBatch } from '@/db/materialize';
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

(window as unknown as { runIdbBench: typeof run }).runIdbBench = run;
document.title = 'ready';
