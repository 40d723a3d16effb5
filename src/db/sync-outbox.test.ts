import { describe, expect, it } from 'vitest';
import { actionId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { SessionUser } from '@/domain/sync/protocol';
import { listConflicts, markConflictsSeen, unseenConflictCount } from './conflicts';
import { connectToServer, readSyncSettings, refreshSessionUser } from './connect';
import { getMeta } from './meta';
import { requeueFrom, renumberOutbox } from './outbox-recovery';
import { saveTheme } from './plan-writes';
import { markProgress } from './progress-writes';
import { markSent, nextUnanswered, recordPushResults } from './push-results';
import { unsyncedCount } from './queries';
import { buildTheme, freshDb } from './test-fixtures';

const A = actionId('sy-2026~g:g-2026-1a~t-rules~');
const B = actionId('sy-2026~g:g-2026-56~t-rules~');
const DAY = '2026-09-03' as LocalDate;
const USER: SessionUser = {
  username: 'opettaja',
  displayName: 'Olli',
  role: 'teacher',
  organizationId: 'org-demo',
  schools: ['s-a'],
  groups: ['g-2026-1a'],
};

const tick = (db: ReturnType<typeof freshDb>, id = A) =>
  markProgress(db, { actionId: id, state: 'done', day: DAY, by: 'M' });

describe('the outbox through a push', () => {
  it('counts pending and sent entries as unsynced, acked ones not', async () => {
    const db = freshDb();
    await tick(db, A);
    await tick(db, B);
    expect((await nextUnanswered(db, 10)).map((e) => e.mutationId)).toEqual([1, 2]);
    await markSent(db, [1]);
    expect((await db.outbox.toArray()).map((e) => e.status)).toEqual(['sent', 'pending']);
    expect(await unsyncedCount(db)).toBe(2);
    await recordPushResults(db, { results: [{ id: 1, status: 'applied', seq: 40 }], headSeq: 40 });
    expect(await unsyncedCount(db)).toBe(1);
    expect((await nextUnanswered(db, 10)).map((e) => e.mutationId)).toEqual([2]);
  });

  it('acks a duplicate with its original seq, or with headSeq when the server kept no result', async () => {
    const db = freshDb();
    await tick(db, A);
    await tick(db, B);
    await recordPushResults(db, {
      results: [
        { id: 1, status: 'duplicate', original: { id: 1, status: 'applied', seq: 31 } },
        { id: 2, status: 'duplicate', original: null },
      ],
      headSeq: 35,
    });
    expect((await db.outbox.toArray()).map((e) => [e.status, e.ackSeq])).toEqual([
      ['acked', 31],
      ['acked', 35],
    ]);
  });

  it('records the same answer twice without a second notice, keeping whether it was seen', async () => {
    const db = freshDb();
    await tick(db, A);
    const answer = {
      results: [{ id: 1, status: 'rejected', code: 'Forbidden', message: 'no' }] as const,
      headSeq: 9,
    };
    await recordPushResults(db, answer);
    expect(await unseenConflictCount(db)).toBe(1);
    await markConflictsSeen(db);
    await recordPushResults(db, answer);
    expect(await listConflicts(db)).toMatchObject([
      { kind: 'rejected', code: 'Forbidden', seen: 1 },
    ]);
    expect(await unseenConflictCount(db)).toBe(0);
    expect(await db.progress.get(A)).toBeUndefined();
  });

  it('writes the fieldSeq it has seen as the base of a change', async () => {
    const db = freshDb();
    await db.serverRows.put({
      entity: 'theme',
      id: 'th-community',
      data: { ...buildTheme() },
      fieldSeq: { deleted: 3, name: 3, color: 8 },
      seq: 8,
      deleted: false,
      updatedBy: 'system',
    });
    await db.themes.put(buildTheme());
    await saveTheme(db, buildTheme({ color: '#abc' }));
    expect((await db.outbox.toArray()).map((e) => [e.patch, e.base])).toEqual([
      [{ color: '#abc' }, { color: 8, deleted: 3 }],
    ]);
  });
});

describe('recovering the outbox', () => {
  it('sends entries again from the one the server expects, answered ones included', async () => {
    const db = freshDb();
    await tick(db, A);
    await tick(db, B);
    await saveTheme(db, buildTheme());
    await recordPushResults(db, {
      results: [
        { id: 1, status: 'applied', seq: 5 },
        { id: 2, status: 'rejected', code: 'Forbidden', message: 'no' },
      ],
      headSeq: 6,
    });
    expect(await requeueFrom(db, 2)).toBe('requeued');
    expect((await db.outbox.toArray()).map((e) => e.status)).toEqual([
      'acked',
      'pending',
      'pending',
    ]);
    expect(await db.progress.get(B)).toMatchObject({ state: 'done' });
    expect(await requeueFrom(db, 0)).toBe('missing');
  });

  it('renumbers kept entries from 1 under a new clientId', async () => {
    const db = freshDb();
    const before = await getMeta(db, 'clientId');
    await tick(db, A);
    await tick(db, B);
    await saveTheme(db, buildTheme());
    await recordPushResults(db, { results: [{ id: 1, status: 'applied', seq: 5 }], headSeq: 5 });
    await renumberOutbox(db, { resendAcked: true });
    expect(await getMeta(db, 'clientId')).not.toBe(before);
    expect((await db.outbox.toArray()).map((e) => [e.mutationId, e.entityId, e.status])).toEqual([
      [1, A, 'pending'],
      [2, B, 'pending'],
      [3, 'th-community', 'pending'],
    ]);
    expect(await getMeta(db, 'nextMutationId')).toBe(4);
  });
});

describe('connectToServer', () => {
  it('keeps the clientId and every local change on a first connection', async () => {
    const db = freshDb();
    const clientId = await getMeta(db, 'clientId');
    await tick(db);
    expect(await connectToServer(db, { serverUrl: 'https://vk.test/', user: USER })).toBe(
      'firstConnection',
    );
    expect(await readSyncSettings(db)).toEqual({
      serverUrl: 'https://vk.test',
      user: USER,
      space: 'org-demo',
      clientId,
      cursor: 0,
      dbEpoch: null,
      headSeq: null,
      bootstrapping: true,
      lastSyncedAt: null,
    });
    expect(await db.outbox.toArray()).toMatchObject([{ mutationId: 1, status: 'pending' }]);
  });

  it('only updates the user when the same user signs in again', async () => {
    const db = freshDb();
    await connectToServer(db, { serverUrl: 'https://vk.test', user: USER });
    const clientId = await getMeta(db, 'clientId');
    const again = { ...USER, groups: ['g-2026-1a', 'g-2026-56'] };
    expect(await connectToServer(db, { serverUrl: 'https://vk.test', user: again })).toBe(
      'sameUser',
    );
    expect(await getMeta(db, 'clientId')).toBe(clientId);
    expect(await getMeta(db, 'sessionUser')).toEqual(again);
  });

  it.each([
    ['the same user with new classes', { groups: ['g-2026-7a'] }, true],
    ['another user', { username: 'toinen', groups: ['g-2026-7a'] }, false],
    ['the same name in another organization', { organizationId: 'org-muu' }, false],
  ])('refreshes the stored user only for %s', async (_, change, stored) => {
    const db = freshDb();
    await connectToServer(db, { serverUrl: 'https://vk.test', user: USER });
    const next = { ...USER, ...change };
    expect(await refreshSessionUser(db, next)).toBe(stored);
    expect(await getMeta(db, 'sessionUser')).toEqual(stored ? next : USER);
  });

  it('starts as a new client for another user, keeping unanswered changes renumbered from 1', async () => {
    const db = freshDb();
    await connectToServer(db, { serverUrl: 'https://vk.test', user: USER });
    const clientId = await getMeta(db, 'clientId');
    await tick(db, A);
    await tick(db, B);
    await recordPushResults(db, { results: [{ id: 1, status: 'applied', seq: 5 }], headSeq: 5 });
    await db.meta.put({ key: 'cursor', value: 4 });
    const other = { ...USER, username: 'opettaja2' };
    expect(await connectToServer(db, { serverUrl: 'https://vk.test', user: other })).toBe(
      'newIdentity',
    );
    expect(await getMeta(db, 'clientId')).not.toBe(clientId);
    expect((await db.outbox.toArray()).map((e) => [e.mutationId, e.entityId])).toEqual([[1, B]]);
    expect(await getMeta(db, 'cursor')).toBeUndefined();
    expect(await getMeta(db, 'bootstrapping')).toBe(true);
  });
});
