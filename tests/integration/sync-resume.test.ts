/**
 * A tab closed in the middle of a first download: the next tab resumes from the stored cursor,
 * downloads no page twice and ends with every row (SYNC-NOTES §9, item 7).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { connectToServer, readSyncSettings } from '@/db/connect';
import { openVuosikelloDb } from '@/db/open-database';
import { getMeta } from '@/db/meta';
import { serverCopyKeys } from '@/db/test-fixtures';
import { quietEngine } from '@/sync/test-support';
import { createFetchTransport } from '@/sync/transport';
import { PASSWORD, SPACE, YEAR, progressRow } from '../server/fixtures';
import { startTestServer, type TestServer } from '../server/harness';

const ROWS = 1200;
const PAGE = 500;

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
  await t.store.seedRows(
    SPACE,
    Array.from({ length: ROWS }, (_, i) => {
      const id = `${YEAR}~g:g-n1~tpl-bulk${i}~`;
      return { entity: 'progress' as const, data: progressRow(id) };
    }),
    'system',
    t.now(),
  );
});
afterEach(async () => {
  await t.close();
});

/** An engine over a fetch that records each pull's `since` and can fail the n-th pull. */
function tab(dbName: string, failPull: number | null, token?: string) {
  const sinces: number[] = [];
  const recordingFetch: typeof fetch = async (input, init) => {
    const url = new URL(String(input));
    if (url.pathname.endsWith('/pull')) {
      sinces.push(Number(url.searchParams.get('since')));
      if (sinces.length === failPull) throw new TypeError('fetch failed'); // the tab goes away
    }
    return fetch(input, init);
  };
  const db = openVuosikelloDb(dbName);
  // A browser keeps its session cookie across tabs; Node has no cookie jar, so pass the token.
  const transport = createFetchTransport({
    serverUrl: t.url,
    fetch: recordingFetch,
    ...(token !== undefined && { token }),
  });
  const engine = quietEngine(db, transport, { pullLimit: PAGE });
  return { db, engine, transport, sinces };
}

describe('a first download interrupted and resumed', () => {
  it('continues from the cursor with no holes and no page downloaded twice', async () => {
    const name = `resume-${Math.random().toString(36).slice(2)}`;
    const first = tab(name, 3);
    const session = await first.transport.signIn('coordinator', PASSWORD);
    if (!session.ok) throw new Error('sign-in failed');
    await connectToServer(first.db, { serverUrl: t.url, user: session.value.user });
    await first.engine.syncNow();
    const cursorAtClose = (await getMeta(first.db, 'cursor')) ?? 0;
    const storedAtClose = (await serverCopyKeys(first.db)).length;
    expect(first.sinces).toHaveLength(3);
    expect(cursorAtClose).toBeGreaterThan(0);
    expect(storedAtClose).toBe(2 * PAGE);
    await first.engine.stop();
    first.db.close();

    const second = tab(name, null, session.value.token);
    await second.engine.syncNow();
    // The next tab starts where the first stopped: its first pull is from the stored cursor.
    expect(second.sinces[0]).toBe(cursorAtClose);
    const progress = (await serverCopyKeys(second.db, 'progress')).length;
    expect(progress).toBe(ROWS);
    expect((await readSyncSettings(second.db))?.bootstrapping).toBe(false);
    expect(second.engine.getState().firstDownload).toBeNull();
    expect(second.engine.getState().error).toBeNull();
    await second.engine.stop();
    second.db.close();
  });
});
