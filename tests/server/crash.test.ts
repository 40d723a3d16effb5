/**
 * The server process killed with SIGKILL while pushes are in flight, then restarted on the same
 * file: clients retry from their first unacknowledged mutation and everything converges with no
 * duplicates and no acknowledged write lost (SYNC-NOTES §9 B.8).
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { PushResponse, StoredResult } from '@/domain/sync/protocol';
import { DEMO_SPACE } from '@/server/demo-seed';
import { openSqliteStore } from '@/server/storage-sqlite';
import { api } from './harness';
import { spawnServer } from './spawn-server';

const DEMO_PASSWORD = 'crash-test-password';
const CLIENTS = ['c-crash-a', 'c-crash-b', 'c-crash-c'];
const MUTATIONS_PER_CLIENT = 300;
const BATCH = 20;

let child: ChildProcess | null = null;
let dir: string | null = null;
afterEach(async () => {
  child?.kill('SIGKILL');
  child = null;
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = null;
});

/** Starts `src/server/main.ts` as its own process on the demo data. */
async function startChild(file: string): Promise<{ proc: ChildProcess; url: string }> {
  const server = await spawnServer('src/server/main.ts', {
    DATABASE_FILE: file,
    PORT: '0',
    HOST: '127.0.0.1',
    DEMO_PASSWORD,
    DIST_DIR: join(file, '..', 'dist'),
  });
  child = server.proc;
  return server;
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
    const ackedBeforeKill = new Map<string, Map<number, StoredResult>>();

    let { proc, url } = await startChild(file);
    const signIn = await api<{ token: string }>(`${url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'koordinaattori', password: DEMO_PASSWORD }),
    });
    expect(signIn.status).toBe(200);
    const token = signIn.body.token;

    for (let round = 0; round < 2; round++) {
      const pushing = CLIENTS.map((c) => drain(url, token, c, acked.get(c)!).catch(() => {}));
      // Let some batches through, then kill the server in the middle of the traffic.
      const killAt = (round + 1) * 250;
      while ([...acked.values()].reduce((n, m) => n + m.size, 0) < killAt)
        await new Promise((r) => setTimeout(r, 1));
      proc.kill('SIGKILL');
      await Promise.all(pushing);
      for (const c of CLIENTS) ackedBeforeKill.set(`${round}/${c}`, new Map(acked.get(c)!));
      const total = [...acked.values()].reduce((n, m) => n + m.size, 0);
      expect(total).toBeLessThan(CLIENTS.length * MUTATIONS_PER_CLIENT);
      ({ proc, url } = await startChild(file));
    }
    // The session survived the restarts; every client pushes the rest of its outbox.
    await Promise.all(CLIENTS.map((c) => drain(url, token, c, acked.get(c)!)));
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
    child = null;

    const store = openSqliteStore(file);
    try {
      for (const c of CLIENTS) {
        const log = await store.mutationLog(c);
        expect(log.map((m) => m.mutationId)).toEqual(
          Array.from({ length: MUTATIONS_PER_CLIENT }, (_, i) => i + 1),
        );
        expect(log.every((m) => m.status === 'applied')).toBe(true);
        // What the client was told is what the server kept, before and after the kills.
        for (let round = 0; round < 2; round++) {
          for (const [id, result] of ackedBeforeKill.get(`${round}/${c}`)!)
            expect(log[id - 1]!.result).toEqual(result);
        }
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
