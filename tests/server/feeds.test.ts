/**
 * Calendar feeds against the real server (a real port, a real SQLite file): a teacher makes a
 * feed of their own class and no other, a calendar app fetches it with no session and gets the
 * class's tasks (read back with ical.js) and nothing of its progress, a plan change shows in the
 * next fetch with the same UIDs, and a revoked, unknown or no longer allowed feed answers one
 * and the same 404.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { feedCreatedSchema, feedListSchema, type FeedView } from '@/domain/sync/feed-api';
import { parseIcs } from '../support/ics';
import { ACTION, SPACE, YEAR, progressRow } from './fixtures';
import { startTestServer, type SignedIn, type TestServer } from './harness';

let t: TestServer;
beforeEach(async () => {
  t = await startTestServer();
});
afterEach(async () => {
  await t.close();
});

const OWN_CLASS = { kind: 'group', groupId: 'g-n1' } as const;

/** POSTs a feed request as `user`. */
function createFeed(user: SignedIn, body: Record<string, unknown>) {
  return t.fetch('/api/feeds', {
    method: 'POST',
    headers: { ...user.auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** A feed of `target` made by `user` (201), as the API shows it. */
async function feedOf(
  user: SignedIn,
  target: Record<string, unknown> = OWN_CLASS,
  language = 'fi',
): Promise<FeedView> {
  const res = await createFeed(user, { target, schoolYearId: YEAR, language });
  expect(res.status).toBe(201);
  return feedCreatedSchema.parse(res.body).feed;
}

/** Fetches a feed as a calendar app does: no session, plain fetch. */
async function fetchFeed(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${t.url}${path}`, { headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('making a feed', () => {
  it('gives a teacher a feed of their own class, listed with its URL', async () => {
    const teacher = await t.signIn('teacher');
    const feed = await feedOf(teacher);
    expect(feed).toMatchObject({
      target: OWN_CLASS,
      schoolYearId: YEAR,
      language: 'fi',
      name: 'G-N1 (Pohjoinen) — lukuvuosi 2026–2027',
      owner: 'teacher',
      createdAt: new Date(t.now()).toISOString(),
    });
    expect(feed.path).toMatch(/^\/feeds\/[A-Za-z0-9_-]{43}\.ics$/);
    const list = await t.fetch('/api/feeds', { headers: teacher.auth });
    expect(list.status).toBe(200);
    expect(feedListSchema.parse(list.body).feeds).toEqual([feed]);
    // Another account sees none of it.
    const other = await t.signIn('teacher2');
    expect((await t.fetch('/api/feeds', { headers: other.auth })).body).toEqual({ feeds: [] });
  });

  it.each([
    ['teacher', { kind: 'group', groupId: 'g-s1' }, 403, 'Forbidden'],
    ['teacher', { kind: 'group', groupId: 'g-n2' }, 403, 'Forbidden'],
    ['teacher', { kind: 'school', schoolId: 's-north' }, 403, 'Forbidden'],
    ['teacher', { kind: 'grade', schoolId: 's-north', grade: 1 }, 403, 'Forbidden'],
    ['principal', { kind: 'grade', schoolId: 's-north', grade: 1 }, 201, null],
    ['principal', { kind: 'school', schoolId: 's-south' }, 403, 'Forbidden'],
    ['coordinator', { kind: 'school', schoolId: 's-south' }, 201, null],
    ['admin', { kind: 'school', schoolId: 's-south' }, 403, 'Forbidden'],
    ['teacher', { kind: 'group', groupId: 'g-none' }, 400, 'InvalidScope'],
    ['coordinator', { kind: 'grade', schoolId: 's-north', grade: 10 }, 400, 'BadRequest'],
    ['coordinator', { kind: 'class', groupId: 'g-n1' }, 400, 'BadRequest'],
  ] as const)('%s, %j: %i', async (who, target, status, code) => {
    const user = await t.signIn(who);
    const res = await createFeed(user, { target, schoolYearId: YEAR, language: 'sv' });
    expect(res.status).toBe(status);
    if (code !== null) expect(res.body['error']).toBe(code);
    const list = await t.fetch('/api/feeds', { headers: user.auth });
    expect((list.body['feeds'] as unknown[]).length).toBe(status === 201 ? 1 : 0);
  });

  it('refuses an unknown school year, a wrong language and a body that is no feed request', async () => {
    const teacher = await t.signIn('teacher');
    const cases: [Record<string, unknown>, string][] = [
      [{ target: OWN_CLASS, schoolYearId: 'sy-1999', language: 'fi' }, 'InvalidScope'],
      [{ target: OWN_CLASS, schoolYearId: YEAR, language: 'de' }, 'BadRequest'],
      [{ target: OWN_CLASS, schoolYearId: YEAR, language: 'fi', extra: 1 }, 'BadRequest'],
    ];
    for (const [body, code] of cases) {
      const res = await createFeed(teacher, body);
      expect([res.status, res.body['error']]).toEqual([400, code]);
    }
    expect((await t.fetch('/api/feeds', { headers: teacher.auth })).body).toEqual({ feeds: [] });
  });

  it('answers 401 to every feeds request without a session, and makes nothing', async () => {
    const json = { 'Content-Type': 'application/json' };
    const body = JSON.stringify({ target: OWN_CLASS, schoolYearId: YEAR, language: 'fi' });
    for (const [method, path] of [
      ['GET', '/api/feeds'],
      ['POST', '/api/feeds'],
      ['DELETE', '/api/feeds/feed-x'],
    ] as const) {
      const res = await t.fetch(path, {
        method,
        headers: json,
        ...(method === 'POST' && { body }),
      });
      expect([method, res.status, res.body['error']]).toEqual([method, 401, 'Unauthenticated']);
    }
  });
});

describe('fetching a feed', () => {
  it("serves the class's tasks as a calendar, with none of its progress", async () => {
    const teacher = await t.signIn('teacher');
    const note = 'Käsiteltiin koko luokan kanssa';
    await t.store.seedRows(
      SPACE,
      [{ entity: 'progress', data: progressRow(ACTION.north1, { note, by: 'Olli Opettaja' }) }],
      'system',
      t.now(),
    );
    const feed = await feedOf(teacher, OWN_CLASS, 'en');
    const res = await fetchFeed(feed.path!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(res.headers.get('last-modified')).toBe(new Date(t.now()).toUTCString());
    const calendar = parseIcs(res.text);
    expect(calendar.name).toBe('G-N1 (Pohjoinen) — school year 2026–2027');
    expect(calendar.events.map((e) => [e.uid, e.start, e.end, e.summary])).toEqual([
      [`${ACTION.north1}@vuosikello`, '2026-09-01', '2026-10-01', 'Task'],
    ]);
    for (const text of [note, 'Olli Opettaja']) expect(res.text).not.toContain(text);
    // HEAD: the same headers, no body.
    const head = await fetch(`${t.url}${feed.path!}`, { method: 'HEAD' });
    expect([head.status, head.headers.get('etag'), await head.text()]).toEqual([
      200,
      res.headers.get('etag'),
      '',
    ]);
  });

  it('shows a plan change in the next fetch, with the same UIDs, and answers 304 while unchanged', async () => {
    const teacher = await t.signIn('teacher');
    const feed = await feedOf(teacher);
    const first = await fetchFeed(feed.path!);
    const etag = first.headers.get('etag')!;
    expect((await fetchFeed(feed.path!, { 'If-None-Match': etag })).status).toBe(304);
    expect(
      (await fetchFeed(feed.path!, { 'If-Modified-Since': first.headers.get('last-modified')! }))
        .status,
    ).toBe(304);

    t.advance(60_000);
    const coordinator = await t.signIn('coordinator');
    const push = await coordinator.pushMutations('c-coordinator', [
      {
        id: 1,
        entity: 'template',
        entityId: 'tpl-1',
        op: 'patch',
        patch: { timing: { kind: 'everyMonth', months: [9], part: 'secondHalf' } },
      },
    ]);
    expect(push.body.results[0]).toMatchObject({ status: 'applied' });

    const after = await fetchFeed(feed.path!, { 'If-None-Match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    const [before] = parseIcs(first.text).events;
    const [moved] = parseIcs(after.text).events;
    expect([moved?.uid, moved?.start, moved?.end]).toEqual([
      `${ACTION.north1}@vuosikello`,
      '2026-09-16',
      '2026-10-01',
    ]);
    expect(moved!.sequence).toBeGreaterThan(before!.sequence);
  });

  it('keeps the UID when the task moves within its occurrence', async () => {
    const principal = await t.signIn('principal');
    const feed = await feedOf(principal, { kind: 'school', schoolId: 's-north' });
    const [before] = parseIcs((await fetchFeed(feed.path!)).text).events;
    t.advance(60_000);
    const coordinator = await t.signIn('coordinator');
    await coordinator.pushMutations('c-coordinator', [
      {
        id: 1,
        entity: 'template',
        entityId: 'tpl-s',
        op: 'patch',
        patch: { timing: { kind: 'month', month: 4, part: 'whole' } },
      },
    ]);
    const [after] = parseIcs((await fetchFeed(feed.path!)).text).events;
    expect(before).toMatchObject({ uid: `${ACTION.northSchool}@vuosikello`, start: '2027-05-03' });
    expect(after).toMatchObject({ uid: `${ACTION.northSchool}@vuosikello`, start: '2027-04-01' });
  });

  it('answers one and the same 404 for a revoked, an unknown and a malformed feed', async () => {
    const teacher = await t.signIn('teacher');
    const feed = await feedOf(teacher);
    expect((await fetchFeed(feed.path!)).status).toBe(200);
    const revoke = await t.fetch(`/api/feeds/${feed.id}`, {
      method: 'DELETE',
      headers: teacher.auth,
    });
    expect(revoke.status).toBe(204);
    const revoked = await fetchFeed(feed.path!);
    const unknown = await fetchFeed(`/feeds/${'A'.repeat(43)}.ics`);
    const malformed = await fetchFeed('/feeds/not-a-token');
    for (const res of [revoked, unknown, malformed]) {
      expect(res.status).toBe(404);
      expect(res.text).toBe(revoked.text);
    }
    expect(JSON.parse(revoked.text)).toEqual({ error: 'NotFound', message: 'No such feed' });
    expect((await t.fetch('/api/feeds', { headers: teacher.auth })).body).toEqual({ feeds: [] });
    // Revoked once: a second revoke finds nothing.
    const again = await t.fetch(`/api/feeds/${feed.id}`, {
      method: 'DELETE',
      headers: teacher.auth,
    });
    expect(again.status).toBe(404);
  });

  it('stops serving when its owner is disabled or no longer has the class', async () => {
    const teacher = await t.signIn('teacher');
    const feed = await feedOf(teacher);
    await t.accounts.setAccountScope('teacher', { schools: ['s-north'], groups: ['g-n2'] });
    expect((await fetchFeed(feed.path!)).status).toBe(404);
    await t.accounts.setAccountScope('teacher', { schools: ['s-north'], groups: ['g-n1'] });
    expect((await fetchFeed(feed.path!)).status).toBe(200);
    await t.accounts.setAccountDisabled('teacher', true);
    expect((await fetchFeed(feed.path!)).status).toBe(404);
  });
});

describe('revoking', () => {
  it("lets only the owner and an admin revoke; the admin lists everyone's feeds without URLs", async () => {
    const teacher = await t.signIn('teacher');
    const feed = await feedOf(teacher);
    const colleague = await t.signIn('teacher2');
    const coordinator = await t.signIn('coordinator');
    for (const user of [colleague, coordinator]) {
      const res = await t.fetch(`/api/feeds/${feed.id}`, { method: 'DELETE', headers: user.auth });
      expect(res.status).toBe(404);
    }
    expect((await fetchFeed(feed.path!)).status).toBe(200);

    const admin = await t.signIn('admin');
    const list = feedListSchema.parse((await t.fetch('/api/feeds', { headers: admin.auth })).body);
    expect(list.feeds).toEqual([{ ...feed, path: undefined }]);
    const res = await t.fetch(`/api/feeds/${feed.id}`, { method: 'DELETE', headers: admin.auth });
    expect(res.status).toBe(204);
    expect((await fetchFeed(feed.path!)).status).toBe(404);
  });

  it('caps the live feeds of an account, and a revoke makes room', async () => {
    const coordinator = await t.signIn('coordinator');
    const feeds: FeedView[] = [];
    for (let i = 0; i < 50; i++) feeds.push(await feedOf(coordinator, OWN_CLASS));
    const refused = await createFeed(coordinator, {
      target: OWN_CLASS,
      schoolYearId: YEAR,
      language: 'fi',
    });
    expect([refused.status, refused.body['error']]).toEqual([409, 'TooManyFeeds']);
    await t.fetch(`/api/feeds/${feeds[0]!.id}`, { method: 'DELETE', headers: coordinator.auth });
    await feedOf(coordinator, OWN_CLASS);
  });
});

describe('the app beside the feeds', () => {
  it('never answers a feed path with the app’s index.html', async () => {
    const dist = await mkdtemp(join(tmpdir(), 'vuosikello-dist-'));
    await writeFile(join(dist, 'index.html'), '<!doctype html><title>Vuosikello</title>');
    const withApp = await startTestServer({ distDir: dist });
    try {
      for (const path of ['/feeds/', '/feeds/abc', `/feeds/${'A'.repeat(43)}.ics`]) {
        const res = await fetch(`${withApp.url}${path}`);
        expect([path, res.status]).toEqual([path, 404]);
        expect(await res.text()).not.toContain('<title>');
      }
      expect((await fetch(`${withApp.url}/calendars`)).status).toBe(200);
    } finally {
      await withApp.close();
      await rm(dist, { recursive: true, force: true });
    }
  });
});
