import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SPACE } from './fixtures';
import { createTheme, startTestServer, type TestServer } from './harness';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer({ heartbeatMs: 100 });
});
afterEach(async () => {
  await t.close();
});

/** Reads an SSE stream, collecting its text; `until` waits for a substring. */
async function openEvents(headers: Record<string, string>) {
  const controller = new AbortController();
  const res = await fetch(`${t.url}/sync/v1/spaces/${SPACE}/events`, {
    headers,
    signal: controller.signal,
  });
  let text = '';
  let ended = false;
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const pump = (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += decoder.decode(value, { stream: true });
      }
    } catch {
      // Aborted by the test.
    }
    ended = true;
  })();
  return {
    res,
    text: () => text,
    ended: () => ended,
    async until(predicate: () => boolean, ms = 3000) {
      const deadline = Date.now() + ms;
      while (!predicate()) {
        if (Date.now() > deadline)
          throw new Error(`timed out; stream so far: ${JSON.stringify(text)}`);
        await new Promise((r) => setTimeout(r, 10));
      }
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
    await stream.until(() => stream.text().includes(`data: {"headSeq":${head}}`));

    const coordinator = await t.signIn('coordinator');
    await coordinator.pushMutations('c-1', [createTheme(1, 'th-a')]);
    await stream.until(() =>
      stream.text().includes(`event: poke\ndata: {"headSeq":${head + 1}}\n\n`),
    );
    await stream.until(() => stream.text().includes(': heartbeat\n\n'));
    await stream.close();
    await new Promise((r) => setTimeout(r, 50));
    expect(t.server.hub.listenerCount).toBe(0);
  });

  it('does not poke for a push that changed nothing', async () => {
    const coordinator = await t.signIn('coordinator');
    const stream = await openEvents(coordinator.auth);
    await stream.until(() => stream.text().includes('event: poke'));
    await coordinator.pushMutations('c-1', [
      { id: 1, entity: 'theme', entityId: 'th-none', op: 'delete' },
    ]);
    await stream.until(() => stream.text().includes(': heartbeat'));
    expect(stream.text().match(/event: poke/g)).toHaveLength(1);
    await stream.close();
  });

  it('ends the stream when the session expires, and refuses a stream without one', async () => {
    const coordinator = await t.signIn('coordinator');
    const stream = await openEvents(coordinator.auth);
    await stream.until(() => stream.text().includes('event: poke'));
    t.advance(13 * 3_600_000);
    await stream.until(() => stream.ended());
    const refused = await fetch(`${t.url}/sync/v1/spaces/${SPACE}/events`);
    expect(refused.status).toBe(401);
  });
});
