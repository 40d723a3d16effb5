import { describe, expect, it } from 'vitest';
import { requestLeadership } from './leadership';
import { fakeLocks } from './test-support';

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('which tab syncs', () => {
  it('leads in the first tab to ask; the next leads once the first releases the lock', async () => {
    const locks = fakeLocks();
    const leaders: string[] = [];
    const releaseFirst = requestLeadership(locks, 'db-1', () => leaders.push('first'));
    requestLeadership(locks, 'db-1', () => leaders.push('second'));
    // Another database's lock is its own.
    requestLeadership(locks, 'db-2', () => leaders.push('other db'));
    await flush();
    expect(leaders).toEqual(['first', 'other db']);

    releaseFirst();
    await flush();
    expect(leaders).toEqual(['first', 'other db', 'second']);
  });

  it('never leads after withdrawing a request not yet granted, and lets the next one in', async () => {
    const locks = fakeLocks();
    const leaders: string[] = [];
    const releaseFirst = requestLeadership(locks, 'db', () => leaders.push('first'));
    const withdraw = requestLeadership(locks, 'db', () => leaders.push('withdrawn'));
    requestLeadership(locks, 'db', () => leaders.push('third'));
    await flush();
    expect(leaders).toEqual(['first']);
    withdraw();
    releaseFirst();
    await flush();
    expect(leaders).toEqual(['first', 'third']);
  });
});
