import { describe, expect, it } from 'vitest';
import { syncFailureOf } from './sync-failure';
import type { TransportFailure } from './transport';

describe('what a failure means', () => {
  const cases: readonly [string, TransportFailure, string, boolean][] = [
    // [what, the failure, the error shown, pauses until the user acts]
    [
      '401 expired session',
      { kind: 'unauthorized', code: 'SessionExpired' },
      'signInRequired',
      true,
    ],
    ['401 no session', { kind: 'unauthorized', code: 'Unauthenticated' }, 'signInRequired', true],
    [
      '426 schema',
      { kind: 'updateRequired', versionType: 'schema', supported: [2] },
      'updateRequired',
      true,
    ],
    [
      '426 unknown',
      { kind: 'updateRequired', versionType: null, supported: [] },
      'updateRequired',
      true,
    ],
    ['403', { kind: 'forbidden', code: 'Forbidden' }, 'forbidden', true],
    [
      '403 clientId of another user, past its recovery',
      { kind: 'forbidden', code: 'ClientOwnedByAnotherUser' },
      'forbidden',
      true,
    ],
    ['no answer', { kind: 'network', message: 'fetch failed' }, 'network', false],
    ['503', { kind: 'server', status: 503 }, 'server', false],
    ['429', { kind: 'rateLimited', retryAfterSeconds: 30 }, 'server', false],
    [
      'a 200 off the protocol',
      { kind: 'invalidResponse', message: 'cursor: required' },
      'invalidResponse',
      false,
    ],
    ['413 of a single change', { kind: 'tooLarge', limit: 1_048_576 }, 'tooLarge', false],
    ['409 past its recovery', { kind: 'gap', expected: 3 }, 'badRequest', false],
    [
      '410 past its recovery',
      { kind: 'reset', reason: 'epoch', dbEpoch: 'e-2' },
      'badRequest',
      false,
    ],
    [
      '400',
      { kind: 'badRequest', status: 400, code: 'InvalidRequest', message: 'since' },
      'badRequest',
      false,
    ],
  ];

  it.each(cases)('%s: %j is %s, pause %s', (_what, failure, error, pause) => {
    expect(syncFailureOf(failure)).toEqual({ error, pause });
  });
});
