import { describe, expect, it } from 'vitest';
import { findHostileKeyPath } from './hostile-keys';

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

  it.each<[string, number, unknown]>([
    ['{"a":{"b":{}}}', 2, null], // the innermost object is 2 levels down
    ['{"a":{"b":{}}}', 1, 'too deep'],
    ['{"a":[[1]]}', 1, 'too deep'], // arrays count as levels too
    ['{"a":{"b":1}}', 1, null], // a plain value is no level
    ['{"a":{"__proto__":{"b":{}}}}', 1, ['a', '__proto__']], // the key is found on the way
  ])('%s within %i levels -> %j', (json, maxDepth, expected) => {
    expect(findHostileKeyPath(JSON.parse(json), maxDepth)).toEqual(expected);
  });

  it('scans a value nested 200,000 levels deep without exhausting the stack', () => {
    const depth = 200_000;
    const deep = JSON.parse(`${'{"a":'.repeat(depth)}{"__proto__":1}${'}'.repeat(depth)}`);
    const path = findHostileKeyPath(deep);
    expect(path).toHaveLength(depth + 1);
    expect(path?.at(-1)).toBe('__proto__');
  });
});
