/**
 * What the seed of a fault run decides, and nothing else: which client does what at each
 * operation, what each edit writes, and the fate of each sync request (dropped, its answer
 * dropped, the server killed under it, and where). Pure: each decision is drawn from a stream of
 * its own, keyed by the seed and the decision's place (the operation, the request's number within
 * it), so no decision moves when the run makes more or fewer requests elsewhere.
 */

/** mulberry32: a small seeded PRNG in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The stream of one decision: `seed` and `keys` mixed (murmur3's finalizer per key). */
export function streamOf(seed: number, ...keys: readonly number[]): () => number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  for (const key of keys) {
    h = Math.imul(h ^ (key >>> 0), 0x85ebca6b) >>> 0;
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h ^= h >>> 16;
  }
  return prng(h);
}

/** Kinds of decision, keeping their streams apart. */
const OPERATION = 1;
const REQUEST = 2;

export type OperationKind =
  /** A local edit by the client (nothing sent). */
  | 'edit'
  | 'sync'
  /** A sync run whose database is closed when its first request is answered, then reopened. */
  | 'syncAndCloseDb'
  /** The server is killed between operations (no request in flight). */
  | 'killServer';

/** The draws an edit is made of, each in [0, 1) (fixed, whichever branch the edit takes). */
export interface EditDraws {
  /** Below 0.35 a coordinator edits the theme. */
  readonly theme: number;
  /** Below 0.7 the theme's colour, else its name. */
  readonly themeField: number;
  readonly color: number;
  /** Below 0.08 the task of a class not the user's (the server rejects it). */
  readonly otherClass: number;
  readonly action: number;
  /** Below 0.25 only a note, else a tick. */
  readonly noteOnly: number;
  readonly state: number;
  readonly day: number;
  /** Below 0.2 the tick carries a note. */
  readonly withNote: number;
}

export interface PlannedOperation {
  readonly index: number;
  /** The client's index. */
  readonly client: number;
  readonly kind: OperationKind;
  readonly edit: EditDraws;
  /** After a kill in this operation: how many operations the server stays down (0-2). */
  readonly downFor: number;
}

export interface PlanOptions {
  readonly seed: number;
  readonly clients: number;
  readonly operations: number;
  readonly killServer: boolean;
  /** At most this many kills between operations, spread over the run. */
  readonly maxIdleKills: number;
}

/** How many of `max` events may have happened by operation `index`: spreads them over the run. */
export function spreadBudget(max: number, index: number, operations: number): number {
  return Math.min(max, Math.ceil((max * (index + 1)) / operations));
}

/** The operations of a run, in order. */
export function planOperations(options: PlanOptions): PlannedOperation[] {
  const plan: PlannedOperation[] = [];
  let idleKills = 0;
  for (let index = 0; index < options.operations; index++) {
    const draw = streamOf(options.seed, OPERATION, index);
    const client = Math.floor(draw() * options.clients);
    const r = draw();
    const mayKill =
      options.killServer &&
      idleKills < spreadBudget(options.maxIdleKills, index, options.operations);
    const kind: OperationKind =
      r < 0.55
        ? 'edit'
        : r < 0.88
          ? 'sync'
          : r < 0.96 || !mayKill
            ? 'syncAndCloseDb'
            : 'killServer';
    if (kind === 'killServer') idleKills += 1;
    const edit: EditDraws = {
      theme: draw(),
      themeField: draw(),
      color: draw(),
      otherClass: draw(),
      action: draw(),
      noteOnly: draw(),
      state: draw(),
      day: draw(),
      withNote: draw(),
    };
    plan.push({ index, client, kind, edit, downFor: Math.floor(draw() * 3) });
  }
  return plan;
}

/** Where a push is killed: inside its transaction (rolled back) or after its commit. */
export type KillPoint = 'inside' | 'after';

/** What happens to one sync request, if the nemesis may. */
export interface RequestFate {
  /** Lost before it reaches the server. */
  readonly dropRequest: boolean;
  /** A push: the server is killed under it (if the kill budget allows). */
  readonly killServer: boolean;
  readonly killPoint: KillPoint;
  /** Lost after the server answered. */
  readonly dropAnswer: boolean;
  /** After a kill: how many operations the server stays down (0-2). */
  readonly downFor: number;
}

/** The chance that a push is killed, per mode. */
export const KILL_CHANCE = { process: 0.15, inProcess: 0.04 } as const;
const DROP_CHANCE = 0.12;

/** The fate of request number `ordinal` (from 0) of operation `operation`. */
export function requestFate(
  seed: number,
  operation: number,
  ordinal: number,
  killChance: number,
): RequestFate {
  const draw = streamOf(seed, REQUEST, operation, ordinal);
  return {
    dropRequest: draw() < DROP_CHANCE,
    killServer: draw() < killChance,
    killPoint: draw() < 0.6 ? 'inside' : 'after',
    dropAnswer: draw() < DROP_CHANCE,
    downFor: Math.floor(draw() * 3),
  };
}

/** The plan's counts, for the printed line. */
export interface PlanSummary {
  /** A digest of the whole schedule: equal for equal plans. */
  readonly digest: string;
  readonly edits: number;
  readonly syncRuns: number;
  readonly closeDb: number;
  readonly idleKills: number;
}

/** The plan's counts by kind, and its digest. */
export function summarizePlan(plan: readonly PlannedOperation[]): PlanSummary {
  const count = (kind: OperationKind) => plan.filter((op) => op.kind === kind).length;
  // FNV-1a over the schedule's JSON.
  let h = 0x811c9dc5;
  for (const ch of JSON.stringify(plan)) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return {
    digest: h.toString(16).padStart(8, '0'),
    edits: count('edit'),
    syncRuns: count('sync') + count('syncAndCloseDb'),
    closeDb: count('syncAndCloseDb'),
    idleKills: count('killServer'),
  };
}
