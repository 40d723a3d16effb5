import { describe, expect, it } from 'vitest';
import { findHostileKey, findHostileKeyPath } from './hostile-keys';

describe('findHostileKey', () => {
  it.each([
    [{ a: [{ b: 1 }] }, null],
    [JSON.parse('{"a":[{"__proto__":1}]}'), '__proto__'],
    [{ a: { prototype: 1 } }, 'prototype'],
    ['constructor', null],
  ])('%j -> %s', (value, expected) => {
    expect(findHostileKey(value)).toBe(expected);
  });
});

describe('findHostileKeyPath', () => {
  it.each<[string, unknown]>([
    ['{"a":1,"b":[1,{"c":"constructor"}]}', null],
    ['{"__proto__":{}}', ['__proto__']],
    ['{"a":{"b":[0,{"constructor":1}]}}', ['a', 'b', 1, 'constructor']],
    ['[{"ok":1},{"prototype":2}]', [1, 'prototype']],
    ['{"a":{"x":1},"b":{"__proto__":null}}', ['b', '__proto__']],
    ['"__proto__"', null],
  ])('%s -> %j', (json, expected) => {
    expect(findHostileKeyPath(JSON.parse(json))).toEqual(expected);
  });

  it('scans a value nested 200,000 levels deep without exhausting the stack', () => {
    const depth = 200_000;
    const deep = JSON.parse(`${'{"a":'.repeat(depth)}{"__proto__":1}${'}'.repeat(depth)}`);
    const path = findHostileKeyPath(deep);
    expect(path).toHaveLength(depth + 1);
    expect(path?.at(-1)).toBe('__proto__');
  });
});
