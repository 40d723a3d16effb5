/**
 * A model-based fault run (SYNC-NOTES §9 H, Jepsen-style): the real server on a temporary SQLite
 * file, N browser clients (each its own fake-indexeddb database and sync engine, signed in as a
 * fixture user), random edits interleaved with sync runs, and a nemesis that drops requests
 * (before they reach the server) and answers (after the server committed), closes a client's
 * database in the middle of a sync run (then reopens it with a new engine) and, with
 * `killServer`, kills the server and restarts it on the same file. At the end the nemesis stops,
 * the server comes back, every client syncs until its outbox is empty and it has pulled to head,
 * and the checks run (faults/checks.ts).
 *
 * What the seed decides (faults/fault-plan.ts): each operation (which client; an edit and what it
 * writes, a sync run, a sync run whose database is closed, a kill between operations) and the
 * fate of each sync request, by its operation and its number within it. What the run observes
 * follows from that plan and from the system under test: how many requests each sync run makes,
 * so how many fates are drawn and how many faults fire, and whether a push killed after its
 * commit had written anything. Nothing in it depends on timing: a push is killed exactly where
 * its fate says (faults/server-control.ts: the child server holds it inside its transaction or
 * after the commit until the SIGKILL lands). So two runs of one seed print the same line
 * (sync-fault.test.ts checks it); should something timing-dependent creep in, the plan part of
 * the line still repeats and shows which differences are observed ones.
 *
 * `serverMode: 'process'` (the default) runs the server as a real child process on one port
 * chosen at the start; a kill is SIGKILL, and a restart on the same file and port follows after
 * 0-2 operations (~1 s each here, hence `maxKills`: 8 by default, half of them between
 * operations, half under pushes, spread over the run). While it is down the OS refuses requests.
 * `serverMode: 'in-process'` (cheaper, for large runs) closes the in-process server with every
 * connection cut; a kill under a push then lands after its answer (lost with the server), never
 * inside its transaction.
 *
 * Used by tests/integration/sync-fault.test.ts; `npm run bench` runs it with a larger size.
 */
import 'fake-indexeddb/auto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unsyncedCount } from '@/db/queries';
import {
  divergence,
  lastAppliedWrites,
  lostAcknowledgments,
  overwrittenLastWrites,
} from './faults/checks';
import {
  edit,
  reopen,
  signedInClient,
  type Acknowledged,
  type FaultClient,
} from './faults/fault-clients';
import { KILL_CHANCE, planOperations, summarizePlan, type PlanSummary } from './faults/fault-plan';
import { createNemesis, type ObservedFaults } from './faults/nemesis';
import {
  childProcessServer,
  freePort,
  inProcessServer,
  type ServerControl,
} from './faults/server-control';

export interface FaultScenarioOptions {
  readonly clients: number;
  readonly operations: number;
  readonly seed: number;
  readonly killServer: boolean;
  /** A real child process killed with SIGKILL (default), or the server in this process closed. */
  readonly serverMode?: 'process' | 'in-process';
  /** At most this many kills, spread over the run (default 8 in process mode, else unlimited). */
  readonly maxKills?: number;
  /** Print the counts line (default true). */
  readonly log?: boolean;
}

export interface FaultCounts {
  readonly clients: number;
  readonly operations: number;
  /** What the seed decided. */
  readonly plan: PlanSummary;
  /** What the nemesis saw happen. */
  readonly observed: ObservedFaults;
  /** Mutations whose push answer reached the client (applied, duplicate or rejected). */
  readonly acknowledged: number;
  readonly applied: number;
  readonly rejected: number;
  /** Acknowledged mutations missing from (or different in) the log, plus fields whose value is not the last applied write's. */
  readonly lostWrites: number;
  /** Clients whose visible rows differ from the server's after healing. */
  readonly divergentClients: number;
  /** Heal rounds needed until every outbox was empty. */
  readonly healRounds: number;
  /** Human-readable reasons for any lost write, divergence or broken kill (empty when all is well). */
  readonly problems: readonly string[];
  readonly line: string;
}

let runCounter = 0;

/** Runs one scenario and returns its counts; throws only when the setup itself fails. */
export async function runFaultScenario(options: FaultScenarioOptions): Promise<FaultCounts> {
  const { clients: clientCount, operations, seed, killServer } = options;
  const serverMode = options.serverMode ?? 'process';
  const maxKills = options.maxKills ?? (serverMode === 'process' ? 8 : Infinity);
  const maxIdleKills = Number.isFinite(maxKills) ? Math.floor(maxKills / 2) : Infinity;
  const plan = planOperations({ seed, clients: clientCount, operations, killServer, maxIdleKills });
  const run = ++runCounter;
  const dir = await mkdtemp(join(tmpdir(), 'vuosikello-fault-'));
  const file = join(dir, 'fault.sqlite');
  const child = serverMode === 'process' ? childProcessServer(file, await freePort()) : null;
  const server: ServerControl = child ?? inProcessServer(file);
  const nemesis = createNemesis({
    seed,
    operations,
    server,
    child,
    file,
    killServer,
    maxPushKills: Number.isFinite(maxKills) ? maxKills - maxIdleKills : Infinity,
    killChance: serverMode === 'process' ? KILL_CHANCE.process : KILL_CHANCE.inProcess,
  });
  const acknowledged: Acknowledged = new Map();
  let clock = 1_800_000_000_000;
  const now = () => (clock += 7);
  const clients: FaultClient[] = [];
  try {
    await server.start();
    for (let index = 0; index < clientCount; index++) {
      clients.push(
        await signedInClient({
          index,
          dbName: `fault-${run}-${seed}-${index}`,
          fetch: nemesis.fetchFor,
          acknowledged,
          now,
        }),
      );
    }

    for (const op of plan) {
      nemesis.beginOperation(op.index);
      await nemesis.restartIfDue();
      const c = clients[op.client]!;
      switch (op.kind) {
        case 'edit':
          await edit(c, op.edit, `${c.index}-${op.index}`, now);
          break;
        case 'sync':
          await c.engine.syncNow();
          break;
        case 'syncAndCloseDb':
          // Closed when the first request of the run is answered: mid-push or mid-pull.
          c.closeOnNextAnswer = true;
          await c.engine.syncNow();
          c.closeOnNextAnswer = false; // the run got no answer
          await reopen(c, now);
          break;
        case 'killServer':
          await nemesis.killBetweenOperations(op.downFor);
          break;
      }
    }

    // Heal: no more faults, the server back, every client syncs until nothing is outstanding.
    await nemesis.heal();
    let healRounds = 0;
    for (; healRounds < 30; healRounds++) {
      for (const c of clients) await c.engine.syncNow();
      const left = await Promise.all(
        clients.map(async (c) => (await unsyncedCount(c.db)) + (await c.db.outbox.count())),
      );
      if (left.every((n) => n === 0)) break;
    }
    // One more run each, so every client has pulled the others' last pushes.
    for (const c of clients) await c.engine.syncNow();

    // Process mode: the server is SIGKILLed once more and the file read with a fresh store.
    const store = await server.finalStore();
    const logs = new Map<string, Awaited<ReturnType<typeof store.mutationLog>>>();
    for (const c of clients) {
      for (const id of c.clientIds) logs.set(id, await store.mutationLog(id));
    }
    const lost = [
      ...lostAcknowledgments(acknowledged, logs),
      ...(await overwrittenLastWrites(store, lastAppliedWrites(logs))),
    ];
    const divergent: string[] = [];
    for (const c of clients) {
      const diffs = await divergence(c, store);
      if (diffs.length > 0) divergent.push(`client ${c.index} (${c.user}): ${diffs.join('; ')}`);
    }

    const statuses = [...acknowledged.values()];
    const counts = {
      clients: clientCount,
      operations,
      plan: summarizePlan(plan),
      observed: nemesis.observed(),
      acknowledged: acknowledged.size,
      applied: statuses.filter((s) => s === 'applied').length,
      rejected: statuses.filter((s) => s === 'rejected').length,
      lostWrites: lost.length,
      divergentClients: divergent.length,
      healRounds: healRounds + 1,
      problems: [...lost, ...divergent, ...nemesis.problems],
    };
    const line = countsLine(seed, serverMode, counts);
    if (options.log !== false) console.log(line);
    return { ...counts, line };
  } finally {
    for (const c of clients) {
      await c.engine.stop().catch(() => {});
      c.db.close();
      await c.db.delete().catch(() => {});
    }
    await server.dispose();
    await rm(dir, { recursive: true, force: true });
  }
}

/** The printed line: what the seed decided, then what was observed. */
function countsLine(seed: number, serverMode: string, c: Omit<FaultCounts, 'line'>): string {
  const p = c.plan;
  const o = c.observed;
  return (
    `fault run seed=${seed} clients=${c.clients} operations=${c.operations} server=${serverMode}; ` +
    `decided by the seed: plan#${p.digest} edits=${p.edits} syncRuns=${p.syncRuns} ` +
    `closeDb=${p.closeDb} idleKills=${p.idleKills}; ` +
    `observed: requests=${o.requests} faults{dropRequest=${o.dropRequest} ` +
    `dropResponse=${o.dropResponse} closeDb=${o.closeDb} killServer=${o.killServer} ` +
    `killInside=${o.killInside} killAfter=${o.killAfter} killCommitted=${o.killCommitted}} ` +
    `acknowledged=${c.acknowledged} (applied=${c.applied} rejected=${c.rejected}) ` +
    `lostWrites=${c.lostWrites} divergentClients=${c.divergentClients} healRounds=${c.healRounds}`
  );
}
