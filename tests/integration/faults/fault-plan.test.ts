import { describe, expect, it } from 'vitest';
import {
  planOperations,
  prng,
  requestFate,
  spreadBudget,
  summarizePlan,
  type PlanOptions,
} from './fault-plan';

const OPTIONS: PlanOptions = {
  seed: 20261128,
  clients: 5,
  operations: 150,
  killServer: true,
  maxIdleKills: 4,
};

describe('the plan of a fault run', () => {
  it('is the same for the same seed, and another for another seed', () => {
    expect(planOperations(OPTIONS)).toEqual(planOperations(OPTIONS));
    expect(summarizePlan(planOperations(OPTIONS)).digest).not.toBe(
      summarizePlan(planOperations({ ...OPTIONS, seed: 20261129 })).digest,
    );
  });

  it('gives a request its fate by its operation and number alone, however many came before', () => {
    // The old runner drew every decision from one stream: one more request anywhere (a page
    // more, a kill landing later) shifted every decision after it.
    const asked = (before: number) => {
      for (let op = 0; op < 10; op++) {
        for (let n = 0; n < before; n++) requestFate(OPTIONS.seed, op, n, 0.15);
      }
      return requestFate(OPTIONS.seed, 10, 2, 0.15);
    };
    expect(asked(1)).toEqual(asked(7));
    const fates = Array.from({ length: 200 }, (_, n) => requestFate(OPTIONS.seed, 3, n, 0.15));
    expect(new Set(fates.map((f) => JSON.stringify(f))).size).toBeGreaterThan(10);
  });

  it('gives an operation its client, edit and downtime by its index alone, however long the run', () => {
    const longer = planOperations({ ...OPTIONS, operations: 300 });
    const shorter = planOperations(OPTIONS);
    // Only the kill budget (spread over the run's length) may differ between the two.
    const withoutKind = ({ index, client, edit, downFor }: (typeof shorter)[number]) => ({
      index,
      client,
      edit,
      downFor,
    });
    expect(longer.slice(0, 150).map(withoutKind)).toEqual(shorter.map(withoutKind));
  });

  it('plans every kind of operation in roughly its share, and kills within the budget, spread out', () => {
    const plan = planOperations(OPTIONS);
    const summary = summarizePlan(plan);
    expect(summary.edits + summary.syncRuns + summary.idleKills).toBe(150);
    expect(summary.edits).toBeGreaterThan(60);
    expect(summary.closeDb).toBeGreaterThan(0);
    expect(summary.idleKills).toBe(4);
    const kills = plan.filter((op) => op.kind === 'killServer').map((op) => op.index);
    kills.forEach((index, k) => expect(k + 1).toBeLessThanOrEqual(spreadBudget(4, index, 150)));
    expect(summarizePlan(planOperations({ ...OPTIONS, killServer: false })).idleKills).toBe(0);
    expect(new Set(plan.map((op) => op.client))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('spreads a budget over the run', () => {
    expect([0, 36, 37, 74, 75, 149].map((i) => spreadBudget(4, i, 150))).toEqual([
      1, 1, 2, 2, 3, 4,
    ]);
  });

  it('draws from mulberry32, in [0, 1)', () => {
    const random = prng(1);
    const draws = Array.from({ length: 3 }, () => random());
    expect(draws.map((d) => d.toFixed(6))).toEqual(['0.627074', '0.002736', '0.527447']);
    expect(Array.from({ length: 1000 }, prng(42)).every((d) => d >= 0 && d < 1)).toBe(true);
  });
});
