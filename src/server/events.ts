/**
 * Live pokes (SYNC-NOTES §8.2): a server-sent-events stream per space that says "the head moved
 * to N", never what changed; clients pull on each poke and on every (re)connect. In process:
 * servers sharing one PostgreSQL will relay pokes through LISTEN/NOTIFY instead.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Poke } from '@/domain/sync/protocol';

type Listener = (headSeq: number) => void;

export class PokeHub {
  private readonly listeners = new Map<string, Set<Listener>>();

  subscribe(space: string, listener: Listener): () => void {
    let set = this.listeners.get(space);
    if (!set) this.listeners.set(space, (set = new Set()));
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(space);
    };
  }

  publish(space: string, headSeq: number): void {
    for (const listener of this.listeners.get(space) ?? []) listener(headSeq);
  }

  get listenerCount(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }
}

export interface EventStreamOptions {
  readonly hub: PokeHub;
  readonly space: string;
  readonly headSeq: number;
  readonly heartbeatMs: number;
  /** Checked on each heartbeat: the stream ends when the session has expired or been revoked. */
  readonly stillAuthorized: () => Promise<boolean>;
}

/** Streams pokes until the client leaves, the session ends, or the server closes. */
export function streamEvents(
  req: IncomingMessage,
  res: ServerResponse,
  options: EventStreamOptions,
): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    // Tell nginx-like proxies not to buffer the stream.
    'X-Accel-Buffering': 'no',
  });
  const poke = (headSeq: number) => {
    const data: Poke = { headSeq };
    res.write(`event: poke\ndata: ${JSON.stringify(data)}\n\n`);
  };
  res.write('retry: 5000\n\n');
  poke(options.headSeq);
  const unsubscribe = options.hub.subscribe(options.space, poke);
  const heartbeat = setInterval(() => {
    void options.stillAuthorized().then((ok) => {
      if (ok) res.write(': heartbeat\n\n');
      else res.end();
    });
  }, options.heartbeatMs);
  const stop = () => {
    clearInterval(heartbeat);
    unsubscribe();
  };
  req.on('close', stop);
  res.on('close', stop);
}
