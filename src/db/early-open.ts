/**
 * Starts opening the app's database as soon as the first screen's code begins to evaluate (the
 * entry imports this module first), rather than after all of it has: after a browser restart,
 * IndexedDB first opens the origin's store from disk, and on a slowed phone that took longer than
 * any of the first screen's queries. Dexie's own connection (database.ts) then finds it open.
 * The request goes out at once because index.html has already called IndexedDB: a page's first
 * call is connected only once the task that made it ends, here the whole evaluation.
 *
 * This connection only opens: without a version it never upgrades an existing database, and a
 * missing one (a first run, left to Dexie, which creates and seeds it) is not created. It closes
 * once the app's own connection is open, or at once when another connection needs to upgrade or
 * delete the database. Once open, it reads the stamp of the rules that derived the stored
 * schedules, which the app's connection would otherwise read before any of its queries, and
 * tells the database's version, so the app's connection declares the upgrades from older layouts
 * only where the stored database has one (database.ts).
 */
import { DATABASE_NAME } from './database-name';

let early: IDBDatabase | null = null;
let released = false;
let settleStamp: (stamp: EarlyStamp | null) => void = () => {};
const stamp = new Promise<EarlyStamp | null>((resolve) => (settleStamp = resolve));
let settleVersion: (version: number | null) => void = () => {};
/** The stored database's version once the early connection knows it (see earlyInstalledVersion). */
const installed = new Promise<number | null>((resolve) => (settleVersion = resolve));

/** The stored meta 'derivedWith' row's value (undefined: none stored). */
export interface EarlyStamp {
  readonly value: unknown;
}

/**
 * The derivation stamp as the early connection read it, or null when it could not (no
 * database yet, no early connection, a failed read). For the app's database (DATABASE_NAME)
 * only, and only as it was when the app started.
 */
export function earlyDerivationStamp(): Promise<EarlyStamp | null> {
  return stamp;
}

/**
 * The IndexedDB version of the app's database as the early connection finds it: 0 where there
 * was none, null where it could not tell (no IndexedDB, a failed open). The app's connection
 * waits for it rather than declare every older layout (database.ts): that open could not finish
 * before this one anyway, and after a browser restart it outlasts the code's evaluation.
 */
export function earlyInstalledVersion(): Promise<number | null> {
  return installed;
}

function readStamp(db: IDBDatabase): void {
  try {
    const request = db.transaction('meta', 'readonly').objectStore('meta').get('derivedWith');
    request.onsuccess = () =>
      settleStamp({ value: (request.result as EarlyStamp | undefined)?.value });
    request.onerror = (event) => {
      event.preventDefault();
      settleStamp(null);
    };
  } catch {
    settleStamp(null);
  }
}

/**
 * The early connection while it is open (null before it opened, once released or where it could
 * not open): a returning device's first screen reads through it (raw-read.ts) while Dexie's own
 * connection opens.
 */
export function earlyConnection(): IDBDatabase | null {
  return early;
}

/** Closes the early connection (the app's own is open), or lets it close as soon as it opens. */
export function releaseEarlyOpen(): void {
  released = true;
  early?.close();
  early = null;
}

function openEarly(factory: IDBFactory): void {
  const request = factory.open(DATABASE_NAME);
  // No version asked: only a missing database upgrades, from nothing; that creation is undone.
  request.onupgradeneeded = () => {
    settleVersion(0);
    request.transaction?.abort();
  };
  request.onerror = (event) => {
    event.preventDefault();
    settleStamp(null);
    settleVersion(null);
  };
  request.onsuccess = () => {
    early = request.result;
    settleVersion(early.version);
    early.onversionchange = releaseEarlyOpen;
    readStamp(early);
    if (released) releaseEarlyOpen();
  };
}

// The app's start waits for the version: without IndexedDB, or where opening throws at once, it
// is not known.
try {
  openEarly(indexedDB);
} catch {
  settleStamp(null);
  settleVersion(null);
}
