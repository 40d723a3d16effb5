/**
 * The model-based fault test (SYNC-NOTES §9 H): clients editing and syncing against the real
 * server while a nemesis drops requests and answers, closes client databases mid-sync and kills
 * the server (a child process, SIGKILLed up to 8 times, some of them mid-push, and restarted on
 * the same file and port); after healing, nothing acknowledged is lost and every client equals
 * the server.
 * The runner is tests/integration/fault-run.ts; `npm run bench` runs a larger size.
 */
import { describe, expect, it } from 'vitest';
import { runFaultScenario } from './fault-run';

describe('sync under faults (model-based)', () => {
  it('loses no acknowledged write and converges after drops, closed databases and server kills', async () => {
    const counts = await runFaultScenario({
      clients: 5,
      operations: 150,
      seed: 20261128,
      killServer: true,
      serverMode: 'process',
    });
    expect(counts.problems).toEqual([]);
    expect(counts.lostWrites).toBe(0);
    expect(counts.divergentClients).toBe(0);
    // The run did exercise the sync: writes were acknowledged and every kind of fault happened.
    expect(counts.applied).toBeGreaterThan(0);
    expect(counts.rejected).toBeGreaterThan(0);
    expect(counts.faults.dropRequest).toBeGreaterThan(0);
    expect(counts.faults.dropResponse).toBeGreaterThan(0);
    expect(counts.faults.closeDb).toBeGreaterThan(0);
    expect(counts.faults.killServer).toBeGreaterThan(0);
    expect(counts.faults.killInFlight).toBeGreaterThan(0);
  }, 60_000);
});
