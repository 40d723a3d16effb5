import { describe, expect, it } from 'vitest';
import { pullParamsProblem } from './pull';

describe('a pull’s parameters', () => {
  it.each([
    [{ since: 0 }, null], // a first pull has no epoch yet
    [{ since: 0, dbEpoch: 'e1' }, null],
    [{ since: 5, dbEpoch: 'e1' }, null],
    [{ since: 5 }, 'dbEpoch: required with since > 0 (the epoch of the last pull)'],
    [{ since: 5, dbEpoch: null }, 'dbEpoch: required with since > 0 (the epoch of the last pull)'],
  ])('%j -> %s', (params, expected) => {
    expect(pullParamsProblem(params)).toBe(expected);
  });
});
