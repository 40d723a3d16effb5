import { describe, expect, it } from 'vitest';
import { keepEqual } from './keep-equal';

describe('keepEqual', () => {
  it.each([
    ['the same numbers', 1, 1],
    ['equal strings', 'a', 'a'],
    ['equal objects', { a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 2] } }],
    ['equal arrays of rows', [{ id: 'x', n: 1 }], [{ id: 'x', n: 1 }]],
    ['equal maps', new Map([['k', { v: 1 }]]), new Map([['k', { v: 1 }]])],
    ['equal sets', new Set(['a', 'b']), new Set(['b', 'a'])],
  ])('returns the previous value itself for %s', (_what, previous, next) => {
    expect(keepEqual(previous, next)).toBe(previous);
  });

  it.each([
    ['a changed field', { a: 1, b: 2 }, { a: 1, b: 3 }],
    ['an added field', { a: 1 }, { a: 1, b: undefined }],
    ['a removed field', { a: 1, b: 2 }, { a: 1 }],
    ['a longer array', [1], [1, 2]],
    ['a map with another key', new Map([['k', 1]]), new Map([['j', 1]])],
    ['a set with another member', new Set(['a']), new Set(['b'])],
    ['another type', [1], { 0: 1 }],
  ])('returns a new value for %s, equal to the next one', (_what, previous, next) => {
    const kept = keepEqual(previous, next);
    expect(kept).not.toBe(previous);
    expect(kept).toEqual(next);
  });

  it('keeps the unchanged parts of a changed value, and rows matched by id when they move', () => {
    const a = { id: 'a', title: 'A' };
    const b = { id: 'b', title: 'B' };
    const previous = { rows: [a, b], theme: { color: '#fff' } };
    const next = {
      rows: [
        { id: 'b', title: 'B' },
        { id: 'a', title: 'A2' },
      ],
      theme: { color: '#fff' },
    };
    const kept = keepEqual(previous, next);
    expect(kept).not.toBe(previous);
    expect(kept.theme).toBe(previous.theme);
    expect(kept.rows[0]).toBe(b); // moved, unchanged: the same object
    expect(kept.rows[1]).not.toBe(a);
    expect(kept.rows[1]).toEqual({ id: 'a', title: 'A2' });
  });
});
