import { afterEach, describe, expect, it } from 'vitest';
import { ACTION, progressRow, SPACE } from './fixtures';
import {
  createTheme,
  disposeTestLocation,
  newTestLocation,
  startTestServer,
  testBackdoor,
  type TestServer,
} from './harness';

let t: TestServer;
afterEach(async () => {
  await t.close(); // closing twice is harmless
});

describe('reset (410)', () => {
  it('when an account’s schools changed since its cursor, for that account only, once', async () => {
    t = await startTestServer();
    const southTeacher = await t.signIn('southTeacher');
    await southTeacher.pushMutations('c-south', [
      {
        id: 1,
        entity: 'progress',
        entityId: ACTION.south1,
        op: 'create',
        patch: progressRow(ACTION.south1),
      },
    ]);
    const teacher = await t.signIn('teacher');
    const other = await t.signIn('teacher2');
    const before = await teacher.pullAll('c-teacher');
    const otherBefore = await other.pullAll('c-other');
    expect(before.changes.some((c) => c.id === ACTION.south1)).toBe(false);

    // The teacher also takes a class of the south school.
    expect(
      await t.accounts.setAccountScope('teacher', {
        schools: ['s-north', 's-south'],
        groups: ['g-n1', 'g-s1'],
      }),
    ).toBe(true);
    const since = (last: typeof before.last) => ({
      since: last.cursor,
      schemaVersion: 1,
      dbEpoch: last.dbEpoch,
    });
    const stale = await teacher.pull({ ...since(before.last), clientId: 'c-teacher' });
    expect(stale.status).toBe(410);
    expect(stale.body).toMatchObject({ error: 'ResetRequired', reason: 'scopeChanged' });
    // From zero the south school's progress comes, and the new cursor is good.
    const again = await teacher.pullAll('c-teacher');
    expect(again.changes.some((c) => c.id === ACTION.south1)).toBe(true);
    expect((await teacher.pull({ ...since(again.last), clientId: 'c-teacher' })).status).toBe(200);
    // Another teacher's cursor is not affected.
    expect((await other.pull({ ...since(otherBefore.last), clientId: 'c-other' })).status).toBe(
      200,
    );
    // And the teacher may now tick the south class.
    const tick = await teacher.pushMutations('c-teacher', [
      {
        id: 1,
        entity: 'progress',
        entityId: ACTION.south1,
        op: 'patch',
        patch: { note: 'Tehty yhdessä' },
      },
    ]);
    expect(tick.body.results[0]).toMatchObject({ status: 'applied' });
  });

  it('when the cursor is below the prune horizon (an operator pruned the log), from zero works', async () => {
    const location = await newTestLocation();
    try {
      t = await startTestServer({ location });
      const before = await t.signIn('coordinator');
      await before.pushMutations('c-1', [createTheme(1, 'th-a')]);
      const early = (await before.pullAll('c-1')).last;
      await before.pushMutations('c-1', [createTheme(2, 'th-b')]);
      const late = (await before.pullAll('c-1')).last;
      await t.close();
      // The server does not prune yet; a pruning job would record its horizon like this.
      await testBackdoor(location).setPruneHorizon(late.cursor);

      t = await startTestServer({ location });
      const after = await t.signIn('coordinator');
      const from = (last: typeof early) => ({
        since: last.cursor,
        clientId: 'c-1',
        schemaVersion: 1,
        dbEpoch: last.dbEpoch,
      });
      const stale = await after.pull(from(early));
      expect(stale.status).toBe(410);
      expect(stale.body).toMatchObject({ error: 'ResetRequired', reason: 'cursorPruned' });
      expect((await after.pull(from(late))).status).toBe(200);
      const again = await after.pullAll('c-1');
      expect(again.changes.map((c) => c.id)).toEqual(expect.arrayContaining(['th-a', 'th-b']));
    } finally {
      await t.close();
      await disposeTestLocation(location);
    }
  });

  it('when the database was restored from an older backup: the cursor is ahead of the head', async () => {
    const location = await newTestLocation();
    try {
      t = await startTestServer({ location });
      await t.close();
      const backup = await testBackdoor(location).backup();

      t = await startTestServer({ location });
      const before = await t.signIn('coordinator');
      await before.pushMutations('c-1', [createTheme(1, 'th-a'), createTheme(2, 'th-b')]);
      const { last } = await before.pullAll('c-1');
      await t.close();

      await backup.restore();
      t = await startTestServer({ location });
      const after = await t.signIn('coordinator');
      const res = await after.pull({
        since: last.cursor,
        clientId: 'c-1',
        schemaVersion: 1,
        dbEpoch: last.dbEpoch,
      });
      expect(res.status).toBe(410);
      expect(res.body).toMatchObject({ error: 'ResetRequired', reason: 'cursorAhead' });
      // The client pulls from zero and pushes its kept outbox again: nothing acknowledged is lost.
      const push = await after.pushMutations('c-1', [
        createTheme(1, 'th-a'),
        createTheme(2, 'th-b'),
      ]);
      expect(push.body.results.map((r) => r.status)).toEqual(['applied', 'applied']);
      expect(await t.store.readRow(SPACE, 'theme', 'th-b')).not.toBeNull();
    } finally {
      await t.close();
      await disposeTestLocation(location);
    }
  });

  it('when the epoch differs (the admin rotated it after a restore), on pull and on push', async () => {
    t = await startTestServer();
    const coordinator = await t.signIn('coordinator');
    const { last } = await coordinator.pullAll('c-1');
    const newEpoch = await t.store.rotateEpoch();
    const pull = await coordinator.pull({
      since: last.cursor,
      clientId: 'c-1',
      schemaVersion: 1,
      dbEpoch: last.dbEpoch,
    });
    expect(pull.status).toBe(410);
    expect(pull.body).toEqual({
      error: 'ResetRequired',
      message: expect.any(String),
      reason: 'epochChanged',
      dbEpoch: newEpoch,
    });
    const push = await coordinator.pushMutations('c-1', [createTheme(1, 'th-a')], {
      dbEpoch: last.dbEpoch,
    });
    expect(push.status).toBe(410);
    expect(await t.store.readRow(SPACE, 'theme', 'th-a')).toBeNull();
    // A pull from zero needs no epoch and gives the new one.
    const fresh = await coordinator.pull({ since: 0, clientId: 'c-1', schemaVersion: 1 });
    expect(fresh.body.dbEpoch).toBe(newEpoch);
  });

  it('when since is beyond the head', async () => {
    t = await startTestServer();
    const coordinator = await t.signIn('coordinator');
    const { last } = await coordinator.pullAll('c-1');
    const res = await coordinator.pull({
      since: last.headSeq + 1,
      clientId: 'c-1',
      schemaVersion: 1,
      dbEpoch: last.dbEpoch,
    });
    expect(res.status).toBe(410);
    expect(res.body).toMatchObject({ reason: 'cursorAhead' });
  });
});

describe('versions (426)', () => {
  it.each([
    ['protocolVersion', { protocolVersion: 2 }, 'protocol'],
    ['schemaVersion', { schemaVersion: 2 }, 'schema'],
    [
      'a mutation schemaVersion',
      { mutations: [{ ...createTheme(1, 'th-a'), schemaVersion: 0 }] },
      'schema',
    ],
  ])(
    'refuses a push with an unsupported %s and keeps nothing',
    async (_name, override, versionType) => {
      t = await startTestServer();
      const coordinator = await t.signIn('coordinator');
      const res = await coordinator.push({
        protocolVersion: 1,
        schemaVersion: 1,
        clientId: 'c-1',
        mutations: [createTheme(1, 'th-a')],
        ...override,
      });
      expect(res.status).toBe(426);
      expect(res.body).toEqual({
        error: 'VersionNotSupported',
        message: expect.any(String),
        versionType,
        supported: [1],
      });
      expect(await t.store.mutationLog('c-1')).toEqual([]);
    },
  );

  it('refuses an unsupported X-Sync-Protocol header and pull schemaVersion', async () => {
    t = await startTestServer();
    const coordinator = await t.signIn('coordinator');
    const header = await t.fetch(
      `/sync/v1/spaces/${SPACE}/pull?since=0&clientId=c-1&schemaVersion=1`,
      {
        headers: { ...coordinator.auth, 'X-Sync-Protocol': '2' },
      },
    );
    expect(header.status).toBe(426);
    expect(header.body).toMatchObject({ versionType: 'protocol' });
    const schema = await coordinator.pull({ since: 0, clientId: 'c-1', schemaVersion: 7 });
    expect(schema.status).toBe(426);
    expect(schema.body).toMatchObject({ versionType: 'schema', supported: [1] });
  });

  it('reports the versions and head in status', async () => {
    t = await startTestServer();
    const coordinator = await t.signIn('coordinator');
    const res = await t.fetch(`/sync/v1/spaces/${SPACE}/status`, { headers: coordinator.auth });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      protocolVersion: 1,
      supportedSchemaVersions: [1],
      dbEpoch: expect.any(String),
      headSeq: (await t.store.status(SPACE)).headSeq,
      serverTime: new Date(t.now()).toISOString(),
    });
  });
});
