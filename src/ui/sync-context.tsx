/**
 * The sync controller for components. The engine (with zod and the protocol schemas) is not part
 * of the first screen: connected to a server, it loads once the browser is idle after it; in
 * local mode only when asked for (Settings, where one signs in).
 */
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { VuosikelloDb } from '@/db/database';
import { getMeta } from '@/db/meta';
import { loadLaterStrings } from '@/i18n/i18n';
import type { SyncController, SyncControllerState } from '@/sync/start-sync';
import { whenIdle } from './idle';

interface SyncContextValue {
  readonly controller: SyncController | null;
  readonly state: SyncControllerState | null;
  /** Loads and starts the controller if it is not yet (it stays idle in local mode). */
  readonly start: () => void;
}

const SyncContext = createContext<SyncContextValue>({
  controller: null,
  state: null,
  start: () => {},
});

type Started = Pick<SyncContextValue, 'controller' | 'state'>;

export function SyncProvider({ db, children }: { db: VuosikelloDb; children: ReactNode }) {
  const [started, setStarted] = useState<Started>({ controller: null, state: null });
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const cancelIdle = whenIdle(() => {
      void getMeta(db, 'serverUrl').then((serverUrl) => {
        if (!cancelled && serverUrl !== undefined) setWanted(true);
      });
    });
    return () => {
      cancelled = true;
      cancelIdle();
    };
  }, [db]);
  useEffect(() => {
    if (!wanted) return;
    let stopped = false;
    let controller: SyncController | null = null;
    let unsubscribe: (() => void) | null = null;
    // The header's words for a connection (fi-later.ts) load with the engine, before its state
    // shows.
    void Promise.all([import('@/sync/start-sync'), loadLaterStrings()])
      .then(([{ startSync }]) => startSync(db))
      .then((sync) => {
        controller = sync;
        if (stopped) return void sync.stop();
        setStarted({ controller: sync, state: sync.getState() });
        unsubscribe = sync.subscribe((state) => setStarted({ controller: sync, state }));
      });
    return () => {
      stopped = true;
      unsubscribe?.();
      void controller?.stop();
    };
  }, [db, wanted]);
  const start = useCallback(() => setWanted(true), []);
  const value = useMemo(() => ({ ...started, start }), [started, start]);
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}

export function useSync(): SyncContextValue {
  return useContext(SyncContext);
}
