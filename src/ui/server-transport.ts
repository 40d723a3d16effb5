/**
 * What a view that talks to the server (accounts, history, calendar feeds) reads first: who is
 * signed in, and the server's transport once the sync has started for them.
 */
import { useEffect } from 'react';
import type { SessionUser } from '@/domain/sync/protocol';
import type { SyncTransport } from '@/sync/transport';
import { useSessionUser } from './live-data';
import { useSync } from './sync-context';

export interface ServerTransport {
  /** The signed-in user; null in local mode, undefined while read. */
  readonly user: SessionUser | null | undefined;
  /** The transport to the server; null until the sync has started (or in local mode). */
  readonly transport: SyncTransport | null;
}

/** The signed-in user and the server's transport, starting the sync for a signed-in user. */
export function useServerTransport(): ServerTransport {
  const user = useSessionUser();
  const { controller, start } = useSync();
  useEffect(() => {
    if (user) start();
  }, [user, start]);
  return { user, transport: controller?.transport() ?? null };
}
