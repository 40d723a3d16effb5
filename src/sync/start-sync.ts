/**
 * The app's entry to sync. Load it with a dynamic import after the first render, so that zod, the
 * protocol schemas and the engine stay out of the initial JavaScript:
 *
 *   const { startSync } = await import('@/sync/start-sync');
 *   const sync = await startSync(db, { appVersion });
 *   sync.subscribe(setSyncState);
 *   await sync.signIn({ username, password }); // connects a local database, then syncs
 *
 * In local mode (never signed in) nothing runs until signIn.
 */
import { connectToServer, readSyncSettings, type ConnectResult } from '@/db/connect';
import { requestPersistentStorage, type VuosikelloDb } from '@/db/database';
import type { SessionUser } from '@/domain/sync/protocol';
import { createSyncEngine, type SyncEngine, type SyncEngineOptions } from './engine';
import { INITIAL_SYNC_STATE, type SyncState } from './sync-state';
import { createFetchTransport, type SyncTransport, type TransportFailure } from './transport';

/** The engine's state plus the connection, for the UI. */
export interface SyncControllerState extends SyncState {
  /** The server this database syncs with; null in local mode. */
  readonly serverUrl: string | null;
  /** The user this database last signed in as; null in local mode. */
  readonly user: SessionUser | null;
}

export type SignInResult =
  | { readonly ok: true; readonly user: SessionUser; readonly connection: ConnectResult }
  /** `failure.kind` 'unauthorized' (code InvalidCredentials), 'rateLimited', 'network'... */
  | { readonly ok: false; readonly failure: TransportFailure };

export interface SyncController {
  getState(): SyncControllerState;
  subscribe(listener: (state: SyncControllerState) => void): () => void;
  /**
   * Signs in at `serverUrl` (default: the server already connected, else this page's origin),
   * connects the database to it (connectToServer) and starts or resumes syncing.
   */
  signIn(input: {
    readonly username: string;
    readonly password: string;
    readonly serverUrl?: string;
  }): Promise<SignInResult>;
  /** Ends the session on the server and pauses sync; local data and the outbox stay. */
  signOut(): Promise<void>;
  syncNow(): Promise<void>;
  notifyLocalWrite(): void;
  stop(): Promise<void>;
  /**
   * The transport to the connected server (null in local mode), for what the UI asks the server
   * itself (the session, the status): it carries the sign-in's token where a cookie cannot.
   */
  transport(): SyncTransport | null;
}

export interface StartSyncOptions {
  readonly appVersion?: string;
  /** Where to sign in when no server is connected yet (default: the page's origin). */
  readonly defaultServerUrl?: string;
  readonly now?: () => number;
  readonly random?: () => number;
  readonly createTransport?: (serverUrl: string) => SyncTransport;
  /** Overrides for the engine (tests: timers, locks, environment, pokes). */
  readonly engine?: Partial<Omit<SyncEngineOptions, 'db' | 'transport'>>;
}

/** Reads the connection, starts the engine when there is one, and returns the controller. */
export async function startSync(
  db: VuosikelloDb,
  options: StartSyncOptions = {},
): Promise<SyncController> {
  const now = options.now ?? Date.now;
  const random = options.random ?? Math.random;
  const createTransport =
    options.createTransport ?? ((serverUrl: string) => createFetchTransport({ serverUrl }));
  const listeners = new Set<(state: SyncControllerState) => void>();
  const settings = await readSyncSettings(db);
  let serverUrl = settings?.serverUrl ?? null;
  let user = settings?.user ?? null;
  let transport: SyncTransport | null = serverUrl === null ? null : createTransport(serverUrl);
  let engine: SyncEngine | null = null;
  let unsubscribeEngine: (() => void) | null = null;

  const getState = (): SyncControllerState => ({
    ...(engine?.getState() ?? INITIAL_SYNC_STATE),
    serverUrl,
    user,
  });
  const publish = () => {
    const state = getState();
    for (const listener of listeners) listener(state);
  };

  function startEngine(t: SyncTransport): void {
    engine = createSyncEngine({
      now,
      random,
      ...(options.appVersion !== undefined && { appVersion: options.appVersion }),
      ...options.engine,
      db,
      transport: t,
    });
    unsubscribeEngine = engine.subscribe(publish);
    engine.start();
  }

  async function stopEngine(): Promise<void> {
    unsubscribeEngine?.();
    unsubscribeEngine = null;
    await engine?.stop();
    engine = null;
  }

  // An admin runs the server's accounts and syncs no data (the server refuses it): no engine, so
  // no standing "may not sync" error; the transport still serves the accounts view.
  const syncs = (u: SessionUser | null) => u?.role !== 'admin';
  if (transport !== null && syncs(user)) startEngine(transport);

  return {
    getState,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async signIn(input) {
      const url = (
        input.serverUrl ??
        serverUrl ??
        options.defaultServerUrl ??
        (typeof location === 'undefined' ? '' : location.origin)
      ).replace(/\/+$/, '');
      const t = url === serverUrl && transport !== null ? transport : createTransport(url);
      const result = await t.signIn(input.username, input.password);
      if (!result.ok) return { ok: false, failure: result.failure };
      const connection = await connectToServer(db, { serverUrl: url, user: result.value.user });
      user = result.value.user;
      if (!syncs(user)) {
        await stopEngine();
        serverUrl = url;
        transport = t;
      } else if (engine !== null && url === serverUrl) {
        engine.resume();
      } else {
        await stopEngine();
        serverUrl = url;
        transport = t;
        startEngine(t);
      }
      publish();
      // The only copy of unsynced work is in this browser: ask it not to evict it.
      void requestPersistentStorage();
      return { ok: true, user: result.value.user, connection };
    },
    async signOut() {
      await transport?.signOut();
      await stopEngine();
      publish();
    },
    syncNow: () => engine?.syncNow() ?? Promise.resolve(),
    transport: () => transport,
    notifyLocalWrite: () => engine?.notifyLocalWrite(),
    async stop() {
      await stopEngine();
      listeners.clear();
    },
  };
}
