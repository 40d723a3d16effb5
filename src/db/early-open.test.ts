import { afterEach, describe, expect, it, vi } from 'vitest';
import { DERIVATION_VERSION } from '@/domain/schedule/derivation-version';
import { DATABASE_NAME } from './database-name';

/** The module as the app's entry runs it: imported once the database is as `prepare` left it. */
async function earlyOpen() {
  vi.resetModules();
  return import('./early-open');
}

/** Creates the app's database with a meta store holding `stamp` (undefined: none). */
async function databaseWith(stamp: number | undefined): Promise<void> {
  const request = indexedDB.open(DATABASE_NAME, 1);
  request.onupgradeneeded = () => request.result.createObjectStore('meta', { keyPath: 'key' });
  const db = await new Promise<IDBDatabase>(
    (resolve) => (request.onsuccess = () => resolve(request.result)),
  );
  if (stamp !== undefined) {
    const tx = db.transaction('meta', 'readwrite');
    tx.objectStore('meta').put({ key: 'derivedWith', value: stamp });
    await new Promise((resolve) => (tx.oncomplete = resolve));
  }
  db.close();
}

function deleted(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(DATABASE_NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('an early connection was left open'));
  });
}

afterEach(deleted);

describe('the early connection', () => {
  it.each([
    ['the current stamp', DERIVATION_VERSION, { value: DERIVATION_VERSION }],
    ['an older stamp', DERIVATION_VERSION - 1, { value: DERIVATION_VERSION - 1 }],
    ['no stamp', undefined, { value: undefined }],
  ])('reads %s as it opens', async (_name, stored, read) => {
    await databaseWith(stored);
    const { earlyDerivationStamp, earlyInstalledVersion, releaseEarlyOpen } = await earlyOpen();
    expect(await earlyDerivationStamp()).toEqual(read);
    expect(await earlyInstalledVersion()).toBe(1);
    releaseEarlyOpen();
  });

  it('lends its open connection until released, then none (the first screen reads through it)', async () => {
    await databaseWith(DERIVATION_VERSION);
    const { earlyConnection, earlyInstalledVersion, releaseEarlyOpen } = await earlyOpen();
    expect(earlyConnection()).toBeNull();
    await earlyInstalledVersion();
    const connection = earlyConnection();
    expect(connection?.name).toBe(DATABASE_NAME);
    releaseEarlyOpen();
    expect(earlyConnection()).toBeNull();
    // Closed: no read can begin through it any more.
    expect(() => connection?.transaction('meta')).toThrow();
  });

  it('reads nothing and creates nothing where there is no database yet', async () => {
    const { earlyDerivationStamp, earlyInstalledVersion } = await earlyOpen();
    expect(await earlyDerivationStamp()).toBeNull();
    expect(await earlyInstalledVersion()).toBe(0);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(DATABASE_NAME);
  });

  // The app's start waits for the version: it must be told also where nothing can be opened.
  it.each([
    ['there is no IndexedDB', undefined],
    [
      'opening throws at once',
      {
        open: () => {
          throw new DOMException('no storage', 'InvalidStateError');
        },
      },
    ],
  ])('tells no version and no stamp where %s', async (_name, factory) => {
    vi.stubGlobal('indexedDB', factory);
    try {
      const { earlyDerivationStamp, earlyInstalledVersion } = await earlyOpen();
      expect(await earlyInstalledVersion()).toBeNull();
      expect(await earlyDerivationStamp()).toBeNull();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
