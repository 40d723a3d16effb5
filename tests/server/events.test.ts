import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { waitUntil } from './deadline';
import { SPACE } from './fixtures';
import { createTheme, startTestServer, type TestServer } from './harness';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer({ heartbeatMs: 100 });
});
afterEach(async () => {
  await t.close();
});

/** One server-sent event as this test reads it. */
type StreamEvent =
  | { readonly kind: 'poke'; readonly headSeq: unknown }
  | { readonly kind: 'heartbeat' }
  | { readonly kind: 'retry'; readonly ms: number }
  | { readonly kind: 'other'; readonly text: string };

/** An SSE block (the text between blank lines) as an event. */
function parseBlock(block: string): StreamEvent {
  if (block === ': heartbeat') return { kind: 'heartbeat' };
  const retry = /^retry: (\d+)$/.exec(block);
  if (retry) return { kind: 'retry', ms: Number(retry[1]) };
  const poke = /^event: poke\ndata: (.*)$/.exec(block);
  if (poke)
    return { kind: 'poke', headSeq: (JSON.parse(poke[1]!) as { headSeq?: unknown }).headSeq };
  return { kind: 'other', text: block };
}

/** Reads an SSE stream into events as they come. */
async function openEvents(headers: Record<string, string>) {
  const controller = new AbortController();
  const res = await fetch(`${t.url}/sync/v1/spaces/${SPACE}/events`, {
    headers,
    signal: controller.signal,
  });
  const events: StreamEvent[] = [];
  let buffer = '';
  let ended = false;
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const pump = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        const blocks = buffer.split('\n\n');
        buffer = blocks.pop()!;
        events.push(...blocks.map(parseBlock));
      }
    } catch {
      // Aborted by the test.
    }
    ended = true;
  })();
  return {
    res,
    events,
    ended: () => ended,
    /**
     * The first event of `kind` after index `after` (-1: from the start), and its index; fails
     * with the events seen if none has come within 3 s.
     */
    async next(kind: StreamEvent['kind'], after = -1): Promise<[StreamEvent, number]> {
      const find = () => events.findIndex((e, i) => i > after && e.kind === kind);
      await waitUntil(() => find() !== -1, `a ${kind} event after event ${after}`, {
        timeoutMs: 3_000,
        seen: () => JSON.stringify(events),
      });
      const index = find();
      return [events[index]!, index];
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
}

describe('events (SSE)', () => {
  it('pokes a connected listener with the new head after a push, authenticated by the cookie', async () => {
    const signIn = await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'teacher', password: 'correct horse battery' }),
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const stream = await openEvents({ Cookie: cookie });
    expect(stream.res.status).toBe(200);
    expect(stream.res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    const head = (await t.store.status(SPACE)).headSeq;
    // On connecting: the reconnect delay, then a poke with the current head.
    const [first, firstAt] = await stream.next('poke');
    expect(stream.events.slice(0, firstAt + 1)).toEqual([
      { kind: 'retry', ms: 5000 },
      { kind: 'poke', headSeq: head },
    ]);
    expect(first).toEqual({ kind: 'poke', headSeq: head });

    const coordinator = await t.signIn('coordinator');
    const pushed = await coordinator.pushMutations('c-1', [createTheme(1, 'th-a')]);
    expect(pushed.body.headSeq).toBe(head + 1);
    // The next poke, whatever heartbeats came before it, carries the new head.
    const [poke, pokeAt] = await stream.next('poke', firstAt);
    expect(poke).toEqual({ kind: 'poke', headSeq: head + 1 });
    // The stream lives on after it.
    await stream.next('heartbeat', pokeAt);
    expect(stream.events.filter((e) => e.kind === 'other')).toEqual([]);

    await stream.close();
    await waitUntil(() => t.server.hub.listenerCount === 0, 'the closed stream to unsubscribe', {
      seen: () => `${t.server.hub.listenerCount} listeners`,
    });
  });

  it('does not poke for a push that changed nothing', async () => {
    const coordinator = await t.signIn('coordinator');
    const stream = await openEvents(coordinator.auth);
    const head = (await t.store.status(SPACE)).headSeq;
    const [, firstAt] = await stream.next('poke');
    const nothing = await coordinator.pushMutations('c-1', [
      { id: 1, entity: 'theme', entityId: 'th-none', op: 'delete' },
    ]);
    expect(nothing.body.headSeq).toBe(head);
    // Pokes go out in commit order: a poke for the first push would come before this one's.
    await coordinator.pushMutations('c-1', [createTheme(2, 'th-b')]);
    const [poke] = await stream.next('poke', firstAt);
    expect(poke).toEqual({ kind: 'poke', headSeq: head + 1 });
    await stream.close();
  });

  it('ends the stream when the session expires, and refuses a stream without one', async () => {
    const coordinator = await t.signIn('coordinator');
    const stream = await openEvents(coordinator.auth);
    await stream.next('poke');
    t.advance(13 * 3_600_000);
    await waitUntil(() => stream.ended(), 'the stream to end at the next heartbeat', {
      timeoutMs: 3_000,
      seen: () => JSON.stringify(stream.events),
    });
    const refused = await fetch(`${t.url}/sync/v1/spaces/${SPACE}/events`);
    expect(refused.status).toBe(401);
  });
});
