/**
 * Fault injection for a fault run: the fetch every client goes through, where each sync request
 * meets the fate the plan gave it (lost before the server, lost after it answered, the server
 * killed under a push at the chosen point), a client's database closed when a request of its run
 * is answered, and kills between operations. It counts what it observed.
 */
import type { PushRequest } from '@/domain/sync/protocol';
import { requestFate, spreadBudget, type KillPoint } from './fault-plan';
import { loggedCount, type ChildServerControl, type ServerControl } from './server-control';

/** The origin the clients believe they talk to: the real address changes with restarts. */
export const FAKE_ORIGIN = 'http://fault.test';

/** What the nemesis saw happen (the plan says what it meant to do). */
export interface ObservedFaults {
  /** Sync requests sent while faults were on. */
  readonly requests: number;
  readonly dropRequest: number;
  readonly dropResponse: number;
  readonly closeDb: number;
  /** All kills: between operations and under pushes. */
  readonly killServer: number;
  /** Kills under a push, inside its transaction (process mode) or after its commit. */
  readonly killInside: number;
  readonly killAfter: number;
  /** Kills under a push after which its mutations were in the file's log (committed). */
  readonly killCommitted: number;
}

/** The part of a client the nemesis acts on. */
export interface Victim {
  /** Close the database when the next sync request of its run is answered. */
  closeOnNextAnswer: boolean;
  readonly db: { close(): void };
}

export interface NemesisOptions {
  readonly seed: number;
  readonly operations: number;
  readonly server: ServerControl;
  /** The child process, in process mode (it can hold a push where the kill is to land). */
  readonly child: ChildServerControl | null;
  readonly file: string;
  readonly killServer: boolean;
  /** At most this many kills under pushes, spread over the run. */
  readonly maxPushKills: number;
  readonly killChance: number;
}

export interface Nemesis {
  readonly observed: () => ObservedFaults;
  /** Anything the nemesis saw go wrong (a push killed inside its transaction but committed). */
  readonly problems: readonly string[];
  /** Operation `index` begins: its requests are numbered from 0. */
  beginOperation(index: number): void;
  /** Starts the server if it is down and due back by now. */
  restartIfDue(): Promise<void>;
  /** Kills the server between operations (if it runs); it stays down `downFor` more operations. */
  killBetweenOperations(downFor: number): Promise<void>;
  /** No more faults; the server comes back. */
  heal(): Promise<void>;
  /** The fetch of `victim`'s transport. */
  fetchFor(victim: () => Victim | null): typeof fetch;
}

/** A nemesis with faults on, at operation 0, nothing counted yet. */
export function createNemesis(options: NemesisOptions): Nemesis {
  const { server, child, file } = options;
  const counts = {
    requests: 0,
    dropRequest: 0,
    dropResponse: 0,
    closeDb: 0,
    killServer: 0,
    killInside: 0,
    killAfter: 0,
    killCommitted: 0,
  };
  const problems: string[] = [];
  let faultsOn = true;
  let operation = 0;
  let ordinal = 0;
  let downUntil = -1;

  async function kill(downFor: number): Promise<void> {
    counts.killServer += 1;
    await server.kill();
    downUntil = operation + 1 + downFor;
  }

  /** Counts a kill under `push` at `point`, and whether the file kept the push. */
  function countPushKill(push: PushRequest, loggedBefore: number, point: KillPoint): void {
    const ids = push.mutations.map((m) => m.id);
    if (point === 'inside') counts.killInside += 1;
    else counts.killAfter += 1;
    if (loggedCount(file, push.clientId, ids) > loggedBefore) {
      counts.killCommitted += 1;
      if (point === 'inside') {
        problems.push(`push ${push.clientId}/${ids.join(',')} killed before its commit was kept`);
      }
    }
  }

  /**
   * Kills the child while it holds the push at `point`, and throws as the client sees it; or,
   * if the push was answered without reaching the store, returns that answer.
   */
  async function killHeld(
    c: ChildServerControl,
    push: PushRequest,
    send: () => Promise<Response>,
    point: KillPoint,
    downFor: number,
  ): Promise<Response> {
    const loggedBefore = loggedCount(
      file,
      push.clientId,
      push.mutations.map((m) => m.id),
    );
    const hold = await c.holdNextPush(push.clientId, point);
    const answer = send();
    const first = await Promise.race([
      hold.held.then(() => 'held' as const),
      answer.then(
        () => 'answered' as const,
        () => 'failed' as const,
      ),
    ]);
    if (first !== 'held') {
      await hold.release();
      return answer;
    }
    await kill(downFor);
    await answer.catch(() => null);
    countPushKill(push, loggedBefore, point);
    throw new TypeError('fetch failed: server killed');
  }

  return {
    observed: () => ({ ...counts }),
    problems,
    beginOperation(index) {
      operation = index;
      ordinal = 0;
    },
    async restartIfDue() {
      if (!server.isUp() && operation >= downUntil) await server.start();
    },
    async killBetweenOperations(downFor) {
      if (server.isUp()) await kill(downFor);
    },
    async heal() {
      faultsOn = false;
      await server.start();
    },
    fetchFor: (victim) => async (input, init) => {
      const url = String(input);
      // In-process mode a request to the killed server is refused, as the OS would.
      const base = server.url();
      if (base === null) throw new TypeError('fetch failed: server down');
      const real = `${base}${url.slice(FAKE_ORIGIN.length)}`;
      if (!url.includes('/sync/v1/') || !faultsOn) return fetch(real, init);
      counts.requests += 1;
      const fate = requestFate(options.seed, operation, ordinal++, options.killChance);
      if (fate.dropRequest) {
        counts.dropRequest += 1;
        throw new TypeError('fetch failed: request dropped');
      }
      const killPush =
        fate.killServer &&
        options.killServer &&
        url.endsWith('/push') &&
        server.isUp() &&
        counts.killInside + counts.killAfter <
          spreadBudget(options.maxPushKills, operation, options.operations);
      const push = killPush ? (JSON.parse(String(init?.body)) as PushRequest) : null;
      let res: Response;
      if (push !== null && child !== null) {
        res = await killHeld(child, push, () => fetch(real, init), fate.killPoint, fate.downFor);
      } else if (push !== null) {
        // In this process the kill comes after the answer: it is lost with the server.
        const ids = push.mutations.map((m) => m.id);
        const loggedBefore = loggedCount(file, push.clientId, ids);
        await (await fetch(real, init)).text();
        await kill(fate.downFor);
        countPushKill(push, loggedBefore, 'after');
        throw new TypeError('fetch failed: server killed');
      } else {
        res = await fetch(real, init);
      }
      const body = await res.text();
      if (fate.dropAnswer) {
        counts.dropResponse += 1;
        throw new TypeError('fetch failed: response dropped');
      }
      const v = victim();
      if (v?.closeOnNextAnswer) {
        v.closeOnNextAnswer = false;
        counts.closeDb += 1;
        v.db.close();
      }
      return new Response(body, { status: res.status, headers: res.headers });
    },
  };
}
