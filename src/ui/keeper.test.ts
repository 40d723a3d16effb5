import { describe, expect, it } from 'vitest';
import { keeper } from './keeper';

describe('keeper', () => {
  it('returns each value kept equal to the one it returned last', () => {
    const keep = keeper<{ rows: { id: string; n: number }[] }>();
    const first = keep({
      rows: [
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ],
    });
    const same = keep({
      rows: [
        { id: 'a', n: 1 },
        { id: 'b', n: 2 },
      ],
    });
    expect(same).toBe(first);
    const changed = keep({
      rows: [
        { id: 'a', n: 1 },
        { id: 'b', n: 3 },
      ],
    });
    expect(changed).not.toBe(first);
    expect(changed.rows[0]).toBe(first.rows[0]);
    // Kept against the last value, not the first.
    expect(
      keep({
        rows: [
          { id: 'a', n: 1 },
          { id: 'b', n: 3 },
        ],
      }),
    ).toBe(changed);
  });
});
