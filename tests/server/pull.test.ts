import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pullResponseSchema, type Change } from '@/domain/sync/protocol';
import type { SeedRow } from '@/server/storage';
import { ACTION, PLAN_ROWS, SPACE, progressRow } from './fixtures';
import { createTheme, startTestServer, type TestServer } from './harness';

let t: TestServer;
afterEach(async () => {
  await t.close();
});

/** A client's view: server rows by entity and id, built only from pulled pages. */
function applyPage(state: Map<string, Change>, changes: readonly Change[]): void {
  for (const c of changes) state.set(`${c.entity}/${c.id}`, c);
}

describe('pull', () => {
  beforeEach(async () => {
    t = await startTestServer();
  });

  it('pages with limit, hasMore and cursor, and returns each row once at its latest seq', async () => {
    const coordinator = await t.signIn('coordinator');
    await coordinator.pushMutations('c-1', [
      createTheme(1, 'th-a'),
      createTheme(2, 'th-b'),
      { id: 3, entity: 'theme', entityId: 'th-a', op: 'patch', patch: { color: '#000000' } },
    ]);
    const seen: Change[] = [];
    let since = 0;
    let dbEpoch: string | undefined;
    let pages = 0;
    for (;;) {
      const res = await coordinator.pull({
        since,
        limit: 4,
        clientId: 'c-1',
        schemaVersion: 1,
        ...(dbEpoch && { dbEpoch }),
      });
      expect(res.status).toBe(200);
      const page = pullResponseSchema.parse(res.body);
      pages += 1;
      expect(page.changes.length).toBeLessThanOrEqual(4);
      expect(page.changes.every((c) => c.seq > since)).toBe(true);
      seen.push(...page.changes);
      since = page.cursor;
      dbEpoch = page.dbEpoch;
      if (!page.hasMore) {
        expect(page.cursor).toBe(page.headSeq);
        break;
      }
      expect(page.cursor).toBe(page.changes.at(-1)!.seq);
    }
    // The plan's 11 rows and the two new themes, 4 a page.
    expect(pages).toBe(4);
    const ids = seen.map((c) => `${c.entity}/${c.id}`);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(PLAN_ROWS.length + 2);
    expect(seen.find((c) => c.id === 'th-a')).toMatchObject({
      seq: since,
      data: { color: '#000000' },
    });
  });

  it('a replayed page (cursor not saved before a crash) changes nothing', async () => {
    const coordinator = await t.signIn('coordinator');
    const first = await coordinator.pull({ since: 0, limit: 5, clientId: 'c-1', schemaVersion: 1 });
    const state = new Map<string, Change>();
    applyPage(state, first.body.changes);
    // Crash: the cursor was not saved, so the same page comes again, and then the rest.
    const again = await coordinator.pull({ since: 0, limit: 5, clientId: 'c-1', schemaVersion: 1 });
    expect(again.body).toEqual(first.body);
    applyPage(state, again.body.changes);
    const rest = await coordinator.pull({
      since: again.body.cursor,
      limit: 1000,
      clientId: 'c-1',
      schemaVersion: 1,
      dbEpoch: again.body.dbEpoch,
    });
    applyPage(state, rest.body.changes);
    const fresh = new Map<string, Change>();
    applyPage(fresh, (await coordinator.pullAll('c-2')).changes);
    expect(state).toEqual(fresh);
  });

  it('returns tombstones, with their data kept', async () => {
    const coordinator = await t.signIn('coordinator');
    const { last } = await coordinator.pullAll('c-1');
    await coordinator.pushMutations('c-1', [
      { id: 1, entity: 'theme', entityId: 'th-1', op: 'delete' },
    ]);
    const res = await coordinator.pull({
      since: last.cursor,
      clientId: 'c-1',
      schemaVersion: 1,
      dbEpoch: last.dbEpoch,
    });
    expect(res.body.changes).toEqual([
      expect.objectContaining({
        entity: 'theme',
        id: 'th-1',
        deleted: true,
        data: expect.objectContaining({ color: '#1d6a96' }),
      }),
    ]);
  });

  it('returns an empty last page at the head with the cursor unchanged', async () => {
    const coordinator = await t.signIn('coordinator');
    const { last } = await coordinator.pullAll('c-1');
    const res = await coordinator.pull({
      since: last.cursor,
      clientId: 'c-1',
      schemaVersion: 1,
      dbEpoch: last.dbEpoch,
    });
    expect(res.body).toMatchObject({
      changes: [],
      cursor: last.cursor,
      hasMore: false,
      headSeq: last.cursor,
    });
  });

  it('reads rows and lastMutationId from one snapshot, even when another writer commits in between', async () => {
    await t.close();
    let sneak: (() => void) | undefined;
    t = await startTestServer({ storeOptions: { afterPullRowsRead: () => sneak?.() } });
    const coordinator = await t.signIn('coordinator');
    await coordinator.pushMutations('c-1', [createTheme(1, 'th-a')]);
    sneak = () => {
      // Another process commits mutation 2 of c-1 between the two reads of the pull.
      t.backdoor.commitFromAnotherProcess({
        space: SPACE,
        entity: 'theme',
        id: 'th-a',
        field: 'color',
        value: '#999999',
        clientId: 'c-1',
        lastMutationId: 2,
      });
      sneak = undefined;
    };
    const res = await coordinator.pull({ since: 0, clientId: 'c-1', schemaVersion: 1 });
    expect(res.body.lastMutationId).toBe(1);
    expect(res.body.changes.find((c) => c.id === 'th-a')?.data['color']).toBe('#123456');
    expect(res.body.headSeq).toBe(res.body.changes.at(-1)!.seq);
    const after = await coordinator.pull({ since: 0, clientId: 'c-1', schemaVersion: 1 });
    expect(after.body.lastMutationId).toBe(2);
  });
});

describe('pull at scale', () => {
  it('pages 50,000 rows, interrupted and resumed from the saved cursor with no holes and no repeats', async () => {
    t = await startTestServer();
    const rows: SeedRow[] = Array.from({ length: 50_000 }, (_, i) => {
      const actionId = `sy-2026~g:g-n1~tpl-${i}~m09`;
      return { entity: 'progress', data: progressRow(actionId, { note: `#${i}` }) };
    });
    await t.store.seedRows(SPACE, rows, 'system', t.now());
    const coordinator = await t.signIn('coordinator');
    let saved = { cursor: 0, dbEpoch: undefined as string | undefined };
    const seen = new Set<string>();
    let duplicates = 0;
    const pullPages = async (maxPages: number) => {
      for (let page = 0; page < maxPages; page++) {
        const res = await coordinator.pull({
          since: saved.cursor,
          limit: 1000,
          clientId: 'c-big',
          schemaVersion: 1,
          ...(saved.dbEpoch !== undefined && { dbEpoch: saved.dbEpoch }),
        });
        expect(res.status).toBe(200);
        for (const c of res.body.changes) {
          const key = `${c.entity}/${c.id}`;
          if (seen.has(key)) duplicates += 1;
          seen.add(key);
        }
        saved = { cursor: res.body.cursor, dbEpoch: res.body.dbEpoch };
        if (!res.body.hasMore) return true;
      }
      return false;
    };
    expect(await pullPages(17)).toBe(false); // interrupted at page 17
    expect(await pullPages(1000)).toBe(true);
    expect(duplicates).toBe(0);
    expect(seen.size).toBe(50_000 + PLAN_ROWS.length);
    expect(seen.has(`progress/${ACTION.north1.replace('tpl-1', 'tpl-49999')}`)).toBe(true);
  });
});
