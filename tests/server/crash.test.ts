/**
 * The server process killed with SIGKILL while pushes are in flight, then restarted on the same
 * file: clients retry from their first unacknowledged mutation and everything converges with no
 * duplicates and no acknowledged write lost (SYNC-NOTES §9 B.8).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PushResponse, StoredResult } from '@/domain/sync/protocol';
import { DEMO_SPACE } from '@/server/demo-seed';
import { openSqliteStore } from '@/server/storage-sqlite';
import { waitUntil, withDeadline } from './deadline';
import { api } from './harness';
import { spawnServer, stopServer, type ServerProcess } from './spawn-server';

const DEMO_PASSWORD = 'crash-test-password';
const CLIENTS = ['c-crash-a', 'c-crash-b', 'c-crash-c'];
const MUTATIONS_PER_CLIENT = 300;
const BATCH = 20;

let child: ServerProcess | null = null;
let dir: string | null = null;
afterEach(async () => {
  if (child) await stopServer(child, 'SIGKILL');
  child = null;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

/** Starts `src/server/main.ts` as its own process on the demo data. */
async function startChild(file: string): Promise<ServerProcess> {
  child = await spawnServer('src/server/main.ts', {
    DATABASE_FILE: file,
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO_PASSWORD,
    DIST_DIR: join(file, '..', 'dist'),
  });
  return child;
}

function mutation(client: string, id: number) {
  // Odd ids create a theme of their own, even ones all patch the same field of one theme.
  return id % 2 === 1
    ? {
        id,
        entity: 'theme',
        entityId: `th-${client}-${id}`,
        op: 'create',
        patch: { id: `th-${client}-${id}`, name: { fi: 'x', sv: 'x', en: 'x' }, color: '#123456' },
      }
    : {
        id,
        entity: 'theme',
        entityId: 'theme-safety',
        op: 'patch',
        patch: { color: `#${(id % 0xfff).toString(16).padStart(3, '0')}` },
      };
}

/** Pushes a client's outbox from its first unacknowledged mutation until the server goes away. */
async function drain(
  url: string,
  token: string,
  client: string,
  acked: Map<number, StoredResult>,
): Promise<void> {
  for (;;) {
    const from = acked.size + 1;
    if (from > MUTATIONS_PER_CLIENT) return;
    const ids = Array.from(
      { length: Math.min(BATCH, MUTATIONS_PER_CLIENT - from + 1) },
      (_, i) => from + i,
    );
    const res = await api<PushResponse>(`${url}/sync/v1/spaces/${DEMO_SPACE}/push`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        protocolVersion: 1,
        schemaVersion: 1,
        clientId: client,
        mutations: ids.map((id) => mutation(client, id)),
      }),
    });
    if (res.status !== 200) throw new Error(`push ${res.status}: ${JSON.stringify(res.body)}`);
    for (const r of res.body.results) {
      const stored = r.status === 'duplicate' ? r.original : r;
      if (stored === null) throw new Error(`no stored result for ${client}/${r.id}`);
      acked.set(r.id, stored);
    }
  }
}

describe('a server killed mid-push', () => {
  it('converges after SIGKILL and restart: no duplicates, nothing acknowledged lost', async () => {
    dir = await mkdtemp(join(tmpdir(), 'vuosikello-crash-'));
    const file = join(dir, 'db.sqlite');
    const acked = new Map(CLIENTS.map((c) => [c, new Map<number, StoredResult>()]));

    let server = await startChild(file);
    const signIn = await api<{ token: string }>(`${server.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'koordinaattori', password: DEMO_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const token = signIn.body.token;
    const ackedCount = () => [...acked.values()].reduce((n, m) => n + m.size, 0);

    for (let round = 0; round < 2; round++) {
      const failures: unknown[] = [];
      const pushing = CLIENTS.map((c) =>
        drain(server.url, token, c, acked.get(c)!).catch((error: unknown) => {
          failures.push(error);
        }),
      );
      // Let some batches through, then kill the server in the middle of the traffic.
      const killAt = (round + 1) * 250;
      await waitUntil(() => ackedCount() >= killAt, `${killAt} acknowledged mutations`, {
        timeoutMs: 20_000,
        seen: () => `${ackedCount()} acknowledged; failures: ${failures.map(String).join('; ')}`,
      });
      await stopServer(server, 'SIGKILL');
      await withDeadline(Promise.all(pushing), 'the pushes cut by the kill to end');
      // The kill cut at least one client's pushes, and it is the only thing that failed them.
      expect(failures.length).toBeGreaterThan(0);
      for (const failure of failures) expect(String(failure)).toMatch(/^TypeError: fetch failed/);
      expect(ackedCount()).toBeLessThan(CLIENTS.length * MUTATIONS_PER_CLIENT);
      server = await startChild(file);
    }
    // The session survived the restarts; every client pushes the rest of its outbox.
    await Promise.all(CLIENTS.map((c) => drain(server.url, token, c, acked.get(c)!)));
    await stopServer(server, 'SIGTERM');
    child = null;

    const store = openSqliteStore(file);
    try {
      for (const c of CLIENTS) {
        const log = await store.mutationLog(c);
        expect(log.map((m) => m.mutationId)).toEqual(
          Array.from({ length: MUTATIONS_PER_CLIENT }, (_, i) => i + 1),
        );
        expect(log.every((m) => m.status === 'applied')).toBe(true);
        // What the client was told, before the kills and after them, is what the server kept
        // (an answer once received is never asked for again: `acked` keeps the first).
        for (const [id, result] of acked.get(c)!) expect(log[id - 1]!.result).toEqual(result);
        for (let id = 1; id <= MUTATIONS_PER_CLIENT; id += 2) {
          expect(await store.readRow(DEMO_SPACE, 'theme', `th-${c}-${id}`)).not.toBeNull();
        }
      }
      const all = (await Promise.all(CLIENTS.map((c) => store.mutationLog(c)))).flat();
      const seqs = all.map((m) => m.seq);
      expect(new Set(seqs).size).toBe(seqs.length);
      // The shared field holds the value of the last patch in server order.
      const lastPatch = all
        .filter((m) => m.mutationId % 2 === 0)
        .sort((a, b) => b.seq! - a.seq!)[0]!;
      const row = await store.readRow(DEMO_SPACE, 'theme', 'theme-safety');
      expect(row?.data['color']).toBe(
        (lastPatch.payload as { patch: { color: string } }).patch.color,
      );
      expect((await store.status(DEMO_SPACE)).headSeq).toBe(Math.max(...seqs.map(Number)));
    } finally {
      await store.close();
    }
  }, 60_000);
});
