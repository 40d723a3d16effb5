/**
 * Pushes per second with many concurrent clients against the real server (SQLite file, durable
 * commits), next to a bare Node HTTP server that only parses the same JSON body and answers, in
 * the same run: the gap is what validation, authorization and the durable commit cost.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PROTOCOL_VERSION, SCHEMA_VERSION } from '@/domain/sync/protocol';
import { ACTION, progressRow } from '../server/fixtures';
import { startTestServer } from '../server/harness';

export interface ThroughputResult {
  clients: number;
  pushes: number;
  serverPushesPerSecond: number;
  bareRequestsPerSecond: number;
}

function body(clientId: string, id: number) {
  return JSON.stringify({
    protocolVersion: PROTOCOL_VERSION,
    schemaVersion: SCHEMA_VERSION,
    clientId,
    mutations: [
      // A tick of the organization's action: every push is applied (a create of the row that
      // exists acts as a patch), a durable write of the row and the log.
      {
        id,
        entity: 'progress',
        entityId: ACTION.org,
        op: 'create',
        patch: progressRow(ACTION.org, { by: 'Bench', note: `push ${id}` }),
      },
    ],
  });
}

/** Runs `clients` loops of `perClient` sequential requests each; returns requests per second. */
async function drive(
  clients: number,
  perClient: number,
  send: (client: number, n: number) => Promise<void>,
) {
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      for (let n = 1; n <= perClient; n += 1) await send(c, n);
    }),
  );
  return (clients * perClient) / ((performance.now() - t0) / 1000);
}

export async function measurePushThroughput(
  clients = 50,
  perClient = 40,
): Promise<ThroughputResult> {
  const bare = createServer((req, res) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      const parsed = JSON.parse(text) as { mutations: { id: number }[] };
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ results: parsed.mutations.map((m) => ({ id: m.id })) }));
    });
  });
  await new Promise<void>((resolve) => bare.listen(0, '127.0.0.1', resolve));
  const bareUrl = `http://127.0.0.1:${(bare.address() as AddressInfo).port}/`;

  const server = await startTestServer();
  try {
    const coordinator = await server.signIn('coordinator');
    const pushUrl = `${server.url}/sync/v1/spaces/${server.space}/push`;
    const headers = {
      ...coordinator.auth,
      'Content-Type': 'application/json',
      'X-Sync-Protocol': '1',
    };
    const serverRate = await drive(clients, perClient, async (c, n) => {
      const res = await fetch(pushUrl, { method: 'POST', headers, body: body(`bench-${c}`, n) });
      const answer = (await res.json()) as { results?: { status: string }[] };
      if (res.status !== 200 || answer.results?.[0]?.status !== 'applied') {
        throw new Error(`push answered ${res.status} ${JSON.stringify(answer)}`);
      }
    });
    const bareRate = await drive(clients, perClient, async (c, n) => {
      const res = await fetch(bareUrl, { method: 'POST', headers, body: body(`bench-${c}`, n) });
      await res.arrayBuffer();
    });
    return {
      clients,
      pushes: clients * perClient,
      serverPushesPerSecond: serverRate,
      bareRequestsPerSecond: bareRate,
    };
  } finally {
    await server.close();
    await new Promise((resolve) => bare.close(resolve));
  }
}
