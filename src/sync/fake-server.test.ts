/**
 * The fake server runs the server's own push and pull rules (src/domain/sync/push.ts, pull.ts),
 * not a copy: what the real server refuses, it refuses; what a user may not read, it does not
 * send. Only who may write what is left to the test (`rejectWhen`).
 */
import { describe, expect, it } from 'vitest';
import type { PushRequest } from '@/domain/sync/protocol';
import { SCHOOL_A } from '@/db/test-fixtures';
import { FAKE_USER } from './fake-server';
import { seededServer } from './test-support';

const DAY = '2026-09-03';
const progress = (id: number, actionId: string, note = '') => ({
  id,
  entity: 'progress',
  entityId: actionId,
  op: 'create',
  patch: { actionId, state: 'done', day: DAY, by: 'Maija', note },
});
const push = (mutations: PushRequest['mutations']): PushRequest => ({
  protocolVersion: 1,
  schemaVersion: 1,
  clientId: 'c-1',
  mutations,
});

describe('the fake server', () => {
  it('refuses progress of an action the plan does not give, and a note with an identity code', async () => {
    const server = seededServer();
    const res = await server
      .transport()
      .push(
        'org-demo',
        push([
          progress(1, 'sy-2026~g:g-2026-1a~t-rules~'),
          progress(2, 'sy-2026~g:g-2026-1a~t-rules~m10'),
          progress(3, 'sy-2026~g:g-2026-7a~t-rules~', 'Hetu 131052-308T'),
        ]),
      );
    expect(
      res.ok && res.value.results.map((r) => (r.status === 'rejected' ? r.code : r.status)),
    ).toEqual(['applied', 'UnknownAction', 'PersonalData']);
    expect(server.row('progress', 'sy-2026~g:g-2026-1a~t-rules~m10')).toBeUndefined();
    expect(server.log.map((l) => l.status)).toEqual(['applied', 'rejected', 'rejected']);
  });

  it('sends a teacher only the progress of their own schools', async () => {
    const server = seededServer();
    const coordinator = server.transport();
    await coordinator.push(
      'org-demo',
      push([
        progress(1, 'sy-2026~g:g-2026-7a~t-rules~'),
        progress(2, 'sy-2026~g:g-2026-1a~t-rules~'),
      ]),
    );
    server.user = {
      ...FAKE_USER,
      username: 'opettaja',
      role: 'teacher',
      schools: [SCHOOL_A],
      groups: ['g-2026-1a'],
    };
    const pulled = await server
      .transport()
      .pull('org-demo', { since: 0, limit: 1000, clientId: 'c-teacher', schemaVersion: 1 });
    const ids = pulled.ok ? pulled.value.changes.map((c) => `${c.entity}/${c.id}`) : [];
    expect(ids).toContain('group/g-2026-7a');
    expect(ids).toContain('progress/sy-2026~g:g-2026-1a~t-rules~');
    expect(ids).not.toContain('progress/sy-2026~g:g-2026-7a~t-rules~');
  });

  it('refuses in writeAs what the rules refuse', async () => {
    const server = seededServer();
    await expect(
      server.writeAs('rehtori', 'theme', 'th-community', 'patch', { color: 'red;}' }),
    ).rejects.toThrow(/InvalidField/);
    await expect(
      server.writeAs('rehtori', 'theme', 'th-none', 'patch', { color: '#123' }),
    ).rejects.toThrow(/NotFound/);
  });
});
