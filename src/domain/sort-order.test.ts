import { afterEach, describe, expect, it, vi } from 'vitest';
import { compareNames } from './sort-order';

const finnish = new Intl.Collator('fi', { numeric: true });
const sign = (n: number) => Math.sign(n);

/** A deterministic stream of numbers in [0, 1) (a linear congruential generator). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/** Names from `alphabet`, up to `longest` characters. */
function names(alphabet: string, count: number, longest: number, seed: number): string[] {
  const next = numbers(seed);
  return Array.from({ length: count }, () =>
    Array.from(
      { length: Math.floor(next() * (longest + 1)) },
      () => alphabet[Math.floor(next() * alphabet.length)],
    ).join(''),
  );
}

describe('compareNames', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it.each([
    ['2A', '10A', -1],
    ['1A', '1a', 1],
    ['1a', '1A', -1],
    ['5–6', '5A', -1],
    ['5-6', '5–6', -1],
    ['5 6', '5-6', -1],
    ['Eskari', '1A', 1],
    ['Vaasa', 'Wasa', -1],
    ['Zeta', 'Åbo', -1],
    ['Åbo', 'Ääni', -1],
    ['Ääni', 'Öljy', -1],
    ['koulu', 'koulu 2', -1],
    ['07A', '7A', 0],
    ['7A', '7A', 0],
    ['', 'a', -1],
    // Characters the order leaves to the collator.
    ['École', 'Ecole', 1],
    ['7.A', '7 A', 1],
  ])('%j against %j is %i, as the Finnish collator says', (a, b, expected) => {
    expect(sign(compareNames(a, b))).toBe(expected);
    expect(sign(finnish.compare(a, b))).toBe(expected);
  });

  it.each([
    ['names of the characters it knows', ' -–0129aAbBvVwWzZåÅäÄöÖ', 6],
    ['names of those and characters it leaves to the collator', ' -–019aAäÄ.éÉ_ü', 5],
  ])('orders %s as the Finnish collator does', (_, alphabet, longest) => {
    const some = names(alphabet, 300, longest, 7);
    for (const a of some) {
      for (const b of some.slice(0, 60)) {
        expect([a, b, sign(compareNames(a, b))]).toEqual([a, b, sign(finnish.compare(a, b))]);
      }
    }
  });

  it('sorts names it knows without making a collator', async () => {
    vi.resetModules();
    const Collator = Intl.Collator;
    let made = 0;
    const Counted = class extends Collator {
      constructor(...args: ConstructorParameters<typeof Collator>) {
        super(...args);
        made += 1;
      }
    };
    vi.stubGlobal('Intl', Object.assign(Object.create(Intl) as typeof Intl, { Collator: Counted }));
    const { byName } = await import('./sort-order');
    const sorted = ['10A', 'Eskari', '2A', '5–6', 'Mäntylä', '1a'].map((name) => ({ name }));
    expect(sorted.sort(byName).map((r) => r.name)).toEqual([
      '1a',
      '2A',
      '5–6',
      '10A',
      'Eskari',
      'Mäntylä',
    ]);
    expect(made).toBe(0);
    expect([{ name: 'Éa' }, { name: 'Eb' }].sort(byName).map((r) => r.name)).toEqual(['Éa', 'Eb']);
    expect(made).toBe(1);
  });
});
