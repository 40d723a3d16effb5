import { describe, expect, it } from 'vitest';
import { groupId } from '../ids';
import { repointedClasses, repointRequestSchema } from './repoint-classes';

const mapping = [
  { from: groupId('g-2026-3a'), to: groupId('g-2027-s-4a') },
  { from: groupId('g-2026-5-6'), to: groupId('g-2027-s-6-7') },
];

describe('repointedClasses', () => {
  it.each<[string[], string[] | null]>([
    [['g-2026-3a'], ['g-2026-3a', 'g-2027-s-4a']],
    [
      ['g-2026-5-6', 'g-2026-3a'],
      ['g-2026-5-6', 'g-2026-3a', 'g-2027-s-6-7', 'g-2027-s-4a'],
    ],
    // Already there (a second request): unchanged.
    [['g-2026-3a', 'g-2027-s-4a'], null],
    // A class that leaves (9A) or another year's: unchanged.
    [['g-2026-9a'], null],
    [[], null],
  ])('%j -> %j', (classes, expected) => {
    expect(repointedClasses(classes, new Map(mapping.map((m) => [m.from, m.to])))).toEqual(
      expected,
    );
  });
});

describe('repointRequestSchema', () => {
  it.each([
    [{ mapping }, true],
    [{ mapping: [] }, true],
    [{ mapping, extra: 1 }, false],
    [{ mapping: [{ from: 'a', to: 'b', x: 1 }] }, false],
    [{ mapping: [{ from: 'a~b', to: 'b' }] }, false],
    [{ mapping: [{ from: '', to: 'b' }] }, false],
    [{ mapping: 'x' }, false],
    [null, false],
  ])('%j valid: %s', (body, valid) => {
    expect(repointRequestSchema.safeParse(body).success).toBe(valid);
  });
});
