/**
 * What the shared push and pull rules (push.ts, pull.ts) and every storage adapter agree on: who
 * is syncing, what the server keeps per client, and why a client must download again.
 */
import type { Actor } from './authorize';

/** The signed-in account as the sync rules see it. */
export interface SyncAccount extends Actor {
  readonly id: string;
  readonly username: string;
  /** The space's seq when the account's schools or classes last changed (0: never). */
  readonly scopeSeq: number;
}

/** What the server keeps of one client: whose it is, in which space, and how far it pushed. */
export interface ClientState {
  readonly accountId: string;
  readonly space: string;
  readonly lastMutationId: number;
}

/** Why a client must pull again from zero (410 ResetRequired, docs/sync-protocol.md §11). */
export type ResetReason = 'epochChanged' | 'cursorAhead' | 'cursorPruned' | 'scopeChanged';

/** Whether `client` is another account's, or bound to another space. */
export function ownedByAnother(
  client: ClientState | null,
  account: SyncAccount,
  space: string,
): boolean {
  return client !== null && (client.accountId !== account.id || client.space !== space);
}
