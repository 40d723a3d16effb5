/**
 * What the sync engine needs from its surroundings, as small interfaces with browser defaults:
 * online and visibility events, the server's poke stream, Web Locks and timers. Tests pass fakes.
 */

/** A change in the surroundings that is worth a sync (or a pause). */
export type EnvironmentEvent = 'online' | 'offline' | 'visible';

export interface SyncEnvironment {
  isOnline(): boolean;
  /** Calls `listener` on `online`, `offline`, and when the page becomes visible. */
  subscribe(listener: (event: EnvironmentEvent) => void): () => void;
}

/** The window's online/offline events and the document's visibility; always-online elsewhere. */
export function browserEnvironment(): SyncEnvironment {
  const hasWindow = typeof window !== 'undefined' && typeof document !== 'undefined';
  return {
    isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
    subscribe: (listener) => {
      if (!hasWindow) return () => {};
      const online = () => listener('online');
      const offline = () => listener('offline');
      const visibility = () => {
        if (document.visibilityState === 'visible') listener('visible');
      };
      window.addEventListener('online', online);
      window.addEventListener('offline', offline);
      document.addEventListener('visibilitychange', visibility);
      return () => {
        window.removeEventListener('online', online);
        window.removeEventListener('offline', offline);
        document.removeEventListener('visibilitychange', visibility);
      };
    },
  };
}

/** Callbacks of a poke stream. */
export interface PokeHandlers {
  /** The stream (re)connected: changes may have been missed, so sync. */
  onOpen(): void;
  /** The server's head moved (null when the poke carried no readable head). */
  onPoke(headSeq: number | null): void;
  /** The stream ended for good (e.g. 401); it is reopened after the next successful sync. */
  onClosed(): void;
}

export interface PokeSource {
  close(): void;
}

/** Opens the server-sent-events stream at `url`; null where EventSource does not exist. */
export type OpenPokes = (url: string, handlers: PokeHandlers) => PokeSource | null;

/** EventSource with the session cookie; it reconnects by itself after a dropped connection. */
export const browserPokes: OpenPokes = (url, handlers) => {
  if (typeof EventSource === 'undefined') return null;
  const source = new EventSource(url, { withCredentials: true });
  source.addEventListener('open', () => handlers.onOpen());
  source.addEventListener('poke', (event) => {
    let headSeq: number | null = null;
    try {
      const data: unknown = JSON.parse((event as MessageEvent<string>).data);
      const value = (data as { headSeq?: unknown } | null)?.headSeq;
      if (typeof value === 'number') headSeq = value;
    } catch {
      // A poke is a hint; an unreadable one still means "something changed".
    }
    handlers.onPoke(headSeq);
  });
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) handlers.onClosed();
  });
  return { close: () => source.close() };
};

/** The part of the Web Locks API the engine uses (navigator.locks). */
export interface LockManagerLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
}

/** navigator.locks where the browser has it. */
export function browserLocks(): LockManagerLike | null {
  if (typeof navigator === 'undefined') return null;
  const locks = (navigator as Navigator & { locks?: LockManagerLike }).locks;
  return locks && typeof locks.request === 'function' ? locks : null;
}

/** Runs `fn` after `ms`; returns a function that cancels it. */
export type SetTimer = (fn: () => void, ms: number) => () => void;

export const realTimer: SetTimer = (fn, ms) => {
  const handle = setTimeout(fn, ms);
  return () => clearTimeout(handle);
};
