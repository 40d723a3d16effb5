/**
 * Key-value rows of local state: the sync identity (clientId, the mutationId counter), the schema
 * version, and local settings that never sync (selected class, language, the user's name).
 */
import type { GroupId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { LocalRole } from '@/domain/local-role';
import type { Language } from '@/domain/model';
import type { SessionUser } from '@/domain/sync/protocol';
import type { VuosikelloDb } from './database';
import type { OutboxEntity } from './outbox';
import { trimmedWithin } from './errors';
import type { Tables } from './tx-tables';

/** Every meta key and the type of its value. */
export interface MetaValues {
  /** Random per database; the sync server binds it to the user on first push. */
  readonly clientId: string;
  /** The mutationId the next outbox entry gets (starts at 1). */
  readonly nextMutationId: number;
  /** The Dexie schema version that created or last upgraded the data. */
  readonly schemaVersion: number;
  /**
   * The scheduler's rules version (DERIVATION_VERSION) every stored schedule was derived with;
   * absent in databases made before the stamp existed. Behind the code's: re-derived on open.
   */
  readonly derivedWith: number;
  /** The built-in content the database was seeded with, e.g. 'sample-v1'. */
  readonly seeded: string;
  /** Epoch ms of seeding. */
  readonly seededAt: number;
  readonly selectedGroupId: GroupId;
  readonly language: Language;
  readonly userName: string;
  /** The role this device acts in while in local mode (no account); absent: not chosen. */
  readonly localRole: LocalRole;
  /** The day the user hid the reminders on opening the app: they show again the next day. */
  readonly remindersHiddenOn: LocalDate;
  /** The sync server this database is connected to (absent: local mode, no server). */
  readonly serverUrl: string;
  /** The signed-in user as the server last described them; their organization is the space. */
  readonly sessionUser: SessionUser;
  /** The pull cursor: the server seq the server copy (serverRows) is complete up to. */
  readonly cursor: number;
  /** The server database epoch the cursor belongs to. */
  readonly dbEpoch: string;
  /** The server's headSeq at the last pull page, for first-download progress. */
  readonly headSeq: number;
  /**
   * True from connecting (or a reset) until the first complete pull: at its end, local rows the
   * server does not have and no outbox entry holds are removed (docs/data-model.md, "Sync").
   */
  readonly bootstrapping: boolean;
  /** Epoch ms (this device's clock) of the last pull that reached the server's head. */
  readonly lastSyncedAt: number;
  /**
   * The generation of server copies embedded in visible rows (absent: 0). A reset or a new
   * identity moves it on, so every embedded copy of an earlier one counts as forgotten
   * (server-copy.ts).
   */
  readonly serverGeneration: number;
  /**
   * True while a first download has brought plan rows whose schedules are not derived yet: they
   * are derived once, when the plan pages are in (pull-apply.ts).
   */
  readonly schedulesStale: boolean;
  /**
   * The visible rows there were when a download from zero began: at its end, those it did not
   * bring are removed unless the outbox holds them (download.ts).
   */
  readonly downloadCandidates: readonly DownloadCandidate[];
}

/** A visible row noted at the start of a download from zero. */
export interface DownloadCandidate {
  readonly entity: OutboxEntity;
  readonly id: string;
}
export type MetaKey = keyof MetaValues;
/** One stored meta row; the union keeps each key with its own value type. */
export type MetaRow = {
  [K in MetaKey]: { readonly key: K; readonly value: MetaValues[K] };
}[MetaKey];

/** Settings the UI may set directly: local to this browser, no outbox entry. */
export type LocalSettingKey = 'selectedGroupId' | 'language' | 'localRole' | 'remindersHiddenOn';

/** The value stored under `key`, or undefined when unset. */
export async function getMeta<K extends MetaKey>(
  db: VuosikelloDb,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const row = await db.meta.get(key);
  // The row stored under `key` has that key's value type: only typed writers put meta rows.
  return row?.value as MetaValues[K] | undefined;
}

/** The value stored under `key` in the transaction `t` is bound to, or undefined when unset. */
export async function getMetaIn<K extends MetaKey>(
  t: Pick<Tables, 'meta'>,
  key: K,
): Promise<MetaValues[K] | undefined> {
  const row = await t.meta.get(key);
  return row?.value as MetaValues[K] | undefined;
}

/** Stores `value` under `key` in the transaction `t` is bound to (sync bookkeeping). */
export async function putMetaIn<K extends MetaKey>(
  t: Pick<Tables, 'meta'>,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await t.meta.put({ key, value } as MetaRow);
}

/** Stores a local setting (never synced, so no outbox entry). */
export async function setMeta<K extends LocalSettingKey>(
  db: VuosikelloDb,
  key: K,
  value: MetaValues[K],
): Promise<void> {
  await db.meta.put({ key, value } as MetaRow);
}

/** Longest display name shown on ticks. */
export const USER_NAME_MAX_LENGTH = 80;

/**
 * Stores the user's display name for ticks, trimmed. Throws DbWriteError NAME_TOO_LONG (nothing
 * written) when it exceeds USER_NAME_MAX_LENGTH characters.
 */
export async function setUserName(db: VuosikelloDb, name: string): Promise<void> {
  const value = trimmedWithin(name, USER_NAME_MAX_LENGTH, 'NAME_TOO_LONG');
  await db.meta.put({ key: 'userName', value });
}
