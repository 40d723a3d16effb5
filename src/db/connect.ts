/**
 * Connecting a local database to a sync server, and reading the sync settings. A database starts
 * in local mode (the seeded sample, no server); connecting keeps every local change and lets the
 * first download replace the sample (docs/data-model.md, "Sync").
 */
import type { SessionUser } from '@/domain/sync/protocol';
import type { VuosikelloDb } from './database';
import { getMetaIn, putMetaIn } from './meta';
import { renumberIn } from './outbox-recovery';
import { beginDownloadFromZero } from './download';
import { forgetServerCopies } from './server-copy';
import { bindTables } from './tx-tables';

/**
 * - firstConnection: the database was local; its clientId and outbox are kept as they are.
 * - sameUser: already connected to this server as this user; only the user's details changed.
 * - newIdentity: another server or user than before: a new clientId, the unanswered entries
 *   renumbered from 1, the server copy and cursor forgotten.
 * In the first and last case a download from zero follows.
 */
export type ConnectResult = 'firstConnection' | 'sameUser' | 'newIdentity';

/**
 * Connects the database to `serverUrl` as `user` (after a successful sign-in), in one
 * transaction. Local changes are never dropped: every outbox entry that has not been answered
 * stays and is pushed; the server decides on each (a tick of a class the server does not have is
 * rejected and shown as a conflict). Plan rows that only the local sample had are removed when
 * the first download completes, unless an outbox entry still holds them.
 */
export async function connectToServer(
  db: VuosikelloDb,
  connection: { readonly serverUrl: string; readonly user: SessionUser },
  now: () => number = Date.now,
): Promise<ConnectResult> {
  const serverUrl = connection.serverUrl.replace(/\/+$/, '');
  return db.transaction('rw', db.tables, async (tx) => {
    const t = bindTables(tx);
    const previousUrl = await getMetaIn(t, 'serverUrl');
    const previousUser = await getMetaIn(t, 'sessionUser');
    await putMetaIn(t, 'sessionUser', connection.user);
    if (
      previousUrl === serverUrl &&
      previousUser?.username === connection.user.username &&
      previousUser.organizationId === connection.user.organizationId
    ) {
      return 'sameUser';
    }
    await putMetaIn(t, 'serverUrl', serverUrl);
    if (previousUrl === undefined) {
      await beginDownloadFromZero(t);
      return 'firstConnection';
    }
    // The old clientId is bound to the previous user (or server): the server would refuse it.
    await renumberIn(t, { resendAcked: false }, now);
    await forgetServerCopies(t);
    await t.meta.bulkDelete(['cursor', 'dbEpoch', 'headSeq', 'lastSyncedAt']);
    await beginDownloadFromZero(t);
    return 'newIdentity';
  });
}

/**
 * Stores what the server now says about the signed-in user (their schools and classes after an
 * admin changed them), if it is the same user; another user needs connectToServer. Returns
 * whether it was stored.
 */
export async function refreshSessionUser(db: VuosikelloDb, user: SessionUser): Promise<boolean> {
  return db.transaction('rw', db.meta, async (tx) => {
    const t = bindTables(tx);
    const current = await getMetaIn(t, 'sessionUser');
    if (current?.username !== user.username || current.organizationId !== user.organizationId) {
      return false;
    }
    await putMetaIn(t, 'sessionUser', user);
    return true;
  });
}

/** What the sync engine needs to know about the connection; null in local mode. */
export interface SyncSettings {
  readonly serverUrl: string;
  readonly user: SessionUser;
  /** The space: the user's organization. */
  readonly space: string;
  readonly clientId: string;
  /** 0 before the first page. */
  readonly cursor: number;
  readonly dbEpoch: string | null;
  readonly headSeq: number | null;
  readonly bootstrapping: boolean;
  readonly lastSyncedAt: number | null;
}

/** The connection and sync position, read in one transaction; null when not connected. */
export async function readSyncSettings(db: VuosikelloDb): Promise<SyncSettings | null> {
  return db.transaction('r', db.meta, async (tx) => {
    const t = bindTables(tx);
    const [serverUrl, user, clientId, cursor, dbEpoch, headSeq, bootstrapping, lastSyncedAt] =
      await Promise.all([
        getMetaIn(t, 'serverUrl'),
        getMetaIn(t, 'sessionUser'),
        getMetaIn(t, 'clientId'),
        getMetaIn(t, 'cursor'),
        getMetaIn(t, 'dbEpoch'),
        getMetaIn(t, 'headSeq'),
        getMetaIn(t, 'bootstrapping'),
        getMetaIn(t, 'lastSyncedAt'),
      ]);
    if (serverUrl === undefined || user === undefined || clientId === undefined) return null;
    return {
      serverUrl,
      user,
      space: user.organizationId,
      clientId,
      cursor: cursor ?? 0,
      dbEpoch: dbEpoch ?? null,
      headSeq: headSeq ?? null,
      bootstrapping: bootstrapping ?? false,
      lastSyncedAt: lastSyncedAt ?? null,
    };
  });
}
