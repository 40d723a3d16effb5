import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from './outbox';
import { rebaseRow, type ServerRow } from './server-rows';

const server = (overrides: Partial<ServerRow> = {}): ServerRow => ({
  entity: 'theme',
  id: 'th-1',
  data: { id: 'th-1', name: 'A', color: '#111' },
  fieldSeq: { deleted: 5, name: 5, color: 5 },
  seq: 5,
  deleted: false,
  updatedBy: 'system',
  ...overrides,
});

let nextId = 1;
/** An entry of theme th-1; the patch is loose on purpose (fields as the rebase sees them). */
const entry = (
  overrides: Partial<Omit<OutboxEntry, 'patch'>> & {
    readonly patch?: Record<string, unknown> | null;
  },
): OutboxEntry =>
  ({
    mutationId: nextId++,
    entity: 'theme',
    entityId: 'th-1',
    op: 'patch',
    patch: {},
    status: 'pending',
    createdAt: 0,
    schemaVersion: 1,
    base: {},
    ackSeq: null,
    ...overrides,
  }) as OutboxEntry;

describe('rebaseRow: the visible row is the server row with the outstanding entries on top', () => {
  it.each([
    ['the server row alone', server(), [], { id: 'th-1', name: 'A', color: '#111' }],
    ['no server row and no entries', undefined, [], null],
    ['a tombstone', server({ deleted: true }), [], null],
    [
      'pending and sent patches in mutationId order',
      server(),
      [
        entry({ mutationId: 12, patch: { color: '#333' }, status: 'sent' }),
        entry({ mutationId: 11, patch: { color: '#222', name: 'B' } }),
      ],
      { id: 'th-1', name: 'B', color: '#333' },
    ],
    [
      'an acked patch the server row does not include yet',
      server(),
      [entry({ patch: { name: 'B' }, status: 'acked', ackSeq: 6 })],
      { id: 'th-1', name: 'B', color: '#111' },
    ],
    [
      'not an acked patch the server row already includes (a later write may have replaced it)',
      server({ data: { id: 'th-1', name: 'C', color: '#111' }, seq: 7 }),
      [entry({ patch: { name: 'B' }, status: 'acked', ackSeq: 6 })],
      { id: 'th-1', name: 'C', color: '#111' },
    ],
    [
      'not a rejected patch',
      server(),
      [entry({ patch: { name: 'B' }, status: 'rejected', ackSeq: 9 })],
      { id: 'th-1', name: 'A', color: '#111' },
    ],
    [
      'a local create without a server row',
      undefined,
      [entry({ op: 'create', patch: { id: 'th-1', name: 'N', color: '#000' } })],
      { id: 'th-1', name: 'N', color: '#000' },
    ],
    [
      'a create over a tombstone brings back its fields',
      server({ deleted: true }),
      [entry({ op: 'create', patch: { name: 'N' } })],
      { id: 'th-1', name: 'N', color: '#111' },
    ],
    [
      'a patch of a missing row, which the server will refuse',
      undefined,
      [entry({ patch: { name: 'B' } })],
      null,
    ],
    ['a pending delete', server(), [entry({ op: 'delete', patch: null })], null],
  ])('%s', (_name, serverRow, entries, expected) => {
    expect(rebaseRow(serverRow, entries)).toEqual(expected);
  });
});
