/**
 * The sync controller for components. The engine (with zod and the protocol schemas) is loaded
 * after the first render, so the teacher's month never waits for it; in local mode it stays idle.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { VuosikelloDb } from '@/db/database';
import type { SyncController, SyncControllerState } from '@/sync/start-sync';

interface SyncContextValue {
  readonly controller: SyncController | null;
  readonly state: SyncControllerState | null;
}

const SyncContext = createContext<SyncContextValue>({ controller: null, state: null });

export function SyncProvider({ db, children }: { db: VuosikelloDb; children: ReactNode }) {
  const [value, setValue] = useState<SyncContextValue>({ controller: null, state: null });
  useEffect(() => {
    let stopped = false;
    let controller: SyncController | null = null;
    let unsubscribe: (() => void) | null = null;
    void import('@/sync/start-sync')
      .then(({ startSync }) => startSync(db))
      .then((started) => {
        controller = started;
        if (stopped) return void started.stop();
        setValue({ controller: started, state: started.getState() });
        unsubscribe = started.subscribe((state) => setValue({ controller: started, state }));
      });
    return () => {
      stopped = true;
      unsubscribe?.();
      void controller?.stop();
    };
  }, [db]);
  return <SyncContext.Provider value={value}>{children}</SyncContext.Provider>;
}

export function useSync(): SyncContextValue {
  return useContext(SyncContext);
}
