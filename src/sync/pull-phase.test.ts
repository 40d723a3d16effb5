import { describe, expect, it } from 'vitest';
import { getMeta } from '@/db/meta';
import { pullToHead, type PullPhase } from './pull-phase';
import {
  connectedDb,
  failWith,
  recordingTransport,
  seededServer,
  type ReplacedAnswers,
} from './test-support';

/** A pull phase over the fake server (14 rows), pages of 5, requests and pages recorded. */
async function pulling(replace: ReplacedAnswers = {}) {
  const server = seededServer();
  const db = await connectedDb();
  const calls: string[] = [];
  const pages: string[] = [];
  let answers = 0;
  const phase: PullPhase = {
    db,
    transport: recordingTransport(server.transport(), calls, replace),
    now: () => 1_800_000_000_000,
    pullLimit: 5,
    onAnswer: () => (answers += 1),
    onPage: (page, bootstrapping) =>
      pages.push(`${page.cursor}${page.hasMore ? '+' : ''}${bootstrapping ? ' from zero' : ''}`),
  };
  return { server, db, calls, pages, phase, answers: () => answers };
}

describe('the pull phase', () => {
  it('pulls from the stored cursor page by page until the head, each page told as applied', async () => {
    const p = await pulling();
    expect(await pullToHead(p.phase)).toEqual({ kind: 'ok' });
    expect(p.calls).toEqual(['pull since=0', 'pull since=5', 'pull since=10']);
    expect(p.pages).toEqual(['5+ from zero', '10+ from zero', '14 from zero']);
    expect(p.answers()).toBe(3);
    expect(await getMeta(p.db, 'cursor')).toBe(14);
    expect(await p.db.templates.count()).toBe(4);

    await p.server.writeAs('rehtori', 'theme', 'th-community', 'patch', { color: '#123' });
    expect(await pullToHead(p.phase)).toEqual({ kind: 'ok' });
    expect(p.calls.at(-1)).toBe('pull since=14');
    expect(p.pages.at(-1)).toBe('15');
  });

  it('ends as a reset on 410, the cursor where it was', async () => {
    let pulls = 0;
    const p = await pulling({
      pull: () =>
        ++pulls === 2 ? failWith({ kind: 'reset', reason: 'pruned', dbEpoch: null }) : undefined,
    });
    expect(await pullToHead(p.phase)).toEqual({ kind: 'reset' });
    expect(await getMeta(p.db, 'cursor')).toBe(5);
  });

  it('goes on under a new clientId when the server says this one is another user’s, three times at most', async () => {
    let refusals = 1;
    const p = await pulling({
      pull: () =>
        refusals-- > 0
          ? failWith({ kind: 'forbidden', code: 'ClientOwnedByAnotherUser' })
          : undefined,
    });
    const before = await getMeta(p.db, 'clientId');
    expect(await pullToHead(p.phase)).toEqual({ kind: 'ok' });
    const after = await getMeta(p.db, 'clientId');
    expect(after).not.toBe(before);
    expect(p.server.pulls.map((q) => q.clientId)).toEqual([after, after, after]);
    expect(p.calls).toEqual(['pull since=0', 'pull since=0', 'pull since=5', 'pull since=10']);

    const always = await pulling({
      pull: () => failWith({ kind: 'forbidden', code: 'ClientOwnedByAnotherUser' }),
    });
    expect(await pullToHead(always.phase)).toEqual({
      kind: 'failed',
      failure: { error: 'forbidden', pause: true },
    });
    expect(always.calls).toHaveLength(4);
  });

  it('ends on a failure with what was applied kept', async () => {
    let pulls = 0;
    const p = await pulling({
      pull: () => (++pulls === 3 ? failWith({ kind: 'server', status: 503 }) : undefined),
    });
    expect(await pullToHead(p.phase)).toEqual({
      kind: 'failed',
      failure: { error: 'server', pause: false },
    });
    expect(await getMeta(p.db, 'cursor')).toBe(10);
    expect(p.pages).toEqual(['5+ from zero', '10+ from zero']);
  });
});
