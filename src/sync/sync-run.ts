/**
 * One sync run (SYNC-NOTES §8.4): rounds of push then pull, again while entries are unanswered
 * (written meanwhile, or requeued), with a download from zero after a 410. What happens while it
 * runs is told to an observer; how it ended is its result. It decides nothing about when to run.
 */
import { readSyncSettings, refreshSessionUser, type SyncSettings } from '@/db/connect';
import type { VuosikelloDb } from '@/db/database';
import { resetForResync } from '@/db/pull-apply';
import { nextUnanswered } from '@/db/push-results';
import type { PullResponse } from '@/domain/sync/protocol';
import { MAX_RECOVERIES, type PhaseOutcome } from './phase-outcome';
import { pullToHead } from './pull-phase';
import { pushOutbox } from './push-phase';
import { retryLater, type SyncFailure } from './sync-failure';
import type { SyncTransport } from './transport';

/** Push-pull rounds per run before giving the turn to the next trigger. */
export const MAX_ROUNDS = 5;

/** What a run tells while it goes. */
export interface RunObserver {
  /** Connected and online: the run reaches for the server. */
  started(lastSyncedAt: number | null): void;
  /** The server answered a request. */
  answered(): void;
  /** A pull page was applied; `bootstrapping` while downloading from zero. */
  pulled(page: PullResponse, bootstrapping: boolean): void;
}

export interface SyncRun {
  readonly db: VuosikelloDb;
  readonly transport: SyncTransport;
  /** Epoch ms. */
  readonly now: () => number;
  readonly isOnline: () => boolean;
  readonly pushBatchSize: number;
  readonly pushBatchBytes: number;
  readonly pullLimit: number;
  readonly appVersion?: string;
  readonly observer: RunObserver;
  /** Told about unexpected exceptions (a failing database...), which end the run as 'storage'. */
  readonly onError?: (error: unknown) => void;
}

/** How a run ended. */
export type RunResult =
  /** Not connected to a server (local mode): nothing to do. */
  | { readonly kind: 'local' }
  /** The browser is offline: nothing tried. */
  | { readonly kind: 'offline' }
  | { readonly kind: 'failed'; readonly failure: SyncFailure }
  /**
   * Pushed everything and pulled to the head. `more`: writes kept coming and the run stopped
   * after its share of rounds. `settings`: as they are after the run (null if unreadable).
   */
  | { readonly kind: 'synced'; readonly more: boolean; readonly settings: SyncSettings | null };

/** Runs once: reads the connection, then pushes and pulls in rounds. */
export async function runSync(run: SyncRun): Promise<RunResult> {
  let settings: SyncSettings | null;
  try {
    settings = await readSyncSettings(run.db);
  } catch (error) {
    run.onError?.(error);
    return { kind: 'failed', failure: retryLater('storage') };
  }
  if (settings === null) return { kind: 'local' };
  if (!run.isOnline()) return { kind: 'offline' };
  run.observer.started(settings.lastSyncedAt);
  let rounds: RoundsOutcome;
  try {
    rounds = await syncRounds(run);
  } catch (error) {
    run.onError?.(error);
    return { kind: 'failed', failure: retryLater('storage') };
  }
  if (rounds.kind === 'failed') return rounds;
  const after = await readSyncSettings(run.db).catch(() => null);
  return { kind: 'synced', more: rounds.more, settings: after };
}

type RoundsOutcome =
  | { readonly kind: 'ok'; readonly more: boolean }
  | { readonly kind: 'failed'; readonly failure: SyncFailure };

async function syncRounds(run: SyncRun): Promise<RoundsOutcome> {
  const answered = () => run.observer.answered();
  const push = () =>
    pushOutbox({
      db: run.db,
      transport: run.transport,
      now: run.now,
      batchSize: run.pushBatchSize,
      batchBytes: run.pushBatchBytes,
      ...(run.appVersion !== undefined && { appVersion: run.appVersion }),
      onAnswer: answered,
    });
  const pull = () =>
    pullToHead({
      db: run.db,
      transport: run.transport,
      now: run.now,
      pullLimit: run.pullLimit,
      onAnswer: answered,
      onPage: (page, bootstrapping) => run.observer.pulled(page, bootstrapping),
    });
  let recoveries = 0;
  // After a reset the pull comes first: the outbox is rebased on the new download, then pushed.
  let pullFirst = false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const phases: (() => Promise<PhaseOutcome>)[] = pullFirst ? [pull] : [push, pull];
    pullFirst = false;
    let reset = false;
    for (const phase of phases) {
      const outcome = await phase();
      if (outcome.kind === 'failed') return outcome;
      if (outcome.kind === 'reset') {
        reset = true;
        break;
      }
    }
    if (reset) {
      if (++recoveries > MAX_RECOVERIES) {
        return { kind: 'failed', failure: retryLater('invalidResponse') };
      }
      await resetAndRefreshUser(run);
      pullFirst = true;
      continue;
    }
    if ((await nextUnanswered(run.db, 1)).length === 0) return { kind: 'ok', more: false };
  }
  // Writes keep coming: this run has done its share; the next trigger goes on.
  return { kind: 'ok', more: true };
}

/**
 * Before a download from zero: forget the server copy, and take the user's schools and classes
 * from the server again (a reset may come from an admin changing them). The latter is best
 * effort: without an answer the old ones stay until the next sign-in.
 */
async function resetAndRefreshUser(run: SyncRun): Promise<void> {
  await resetForResync(run.db);
  const session = await run.transport.session();
  if (session.ok) await refreshSessionUser(run.db, session.value.user);
}
