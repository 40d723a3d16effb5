import { describe, expect, it } from 'vitest';
import { canonical, lastAppliedWrites, lostAcknowledgments, type Logs } from './checks';

const patch = (entityId: string, fields: Record<string, unknown>) => ({
  entity: 'progress',
  entityId,
  op: 'patch',
  patch: fields,
});

const LOGS: Logs = new Map([
  [
    'c-a',
    [
      {
        mutationId: 1,
        status: 'applied',
        seq: 10,
        payload: patch('p1', { state: 'done', note: 'a' }),
      },
      { mutationId: 2, status: 'rejected', seq: null, payload: patch('p9', { state: 'done' }) },
      { mutationId: 3, status: 'applied', seq: 14, payload: patch('p1', { note: 'a2' }) },
    ],
  ],
  [
    'c-b',
    [
      { mutationId: 1, status: 'applied', seq: 12, payload: patch('p1', { state: 'skipped' }) },
      // Applied with nothing changed (a delete of a missing row): no write to check.
      { mutationId: 2, status: 'applied', seq: null, payload: patch('p2', { note: 'x' }) },
    ],
  ],
]);

describe('the checks of a fault run', () => {
  it('finds an acknowledged mutation missing from the log, or logged with another status', () => {
    const told = new Map([
      ['c-a/1', 'applied'],
      ['c-a/2', 'rejected'],
      ['c-b/1', 'applied'],
    ]);
    expect(lostAcknowledgments(told, LOGS)).toEqual([]);
    told.set('c-a/4', 'applied');
    told.set('c-b/2', 'rejected');
    told.set('c-c/1', 'applied');
    expect(lostAcknowledgments(told, LOGS)).toEqual([
      'acked c-a/4 (applied) logged as missing',
      'acked c-b/2 (rejected) logged as applied',
      'acked c-c/1 (applied) logged as missing',
    ]);
  });

  it('takes for each field the applied write with the highest seq, whoever wrote it', () => {
    expect(lastAppliedWrites(LOGS)).toEqual([
      { entity: 'progress', id: 'p1', field: 'state', seq: 12, value: 'skipped', by: 'c-b/1' },
      { entity: 'progress', id: 'p1', field: 'note', seq: 14, value: 'a2', by: 'c-a/3' },
    ]);
  });

  it('compares rows whatever their key order', () => {
    expect(canonical({ b: 1, a: { d: [2, 1], c: null } })).toBe(
      canonical({ a: { c: null, d: [2, 1] }, b: 1 }),
    );
    expect(canonical({ a: [1, 2] })).not.toBe(canonical({ a: [2, 1] }));
    expect(canonical(undefined)).toBe('null');
  });
});
