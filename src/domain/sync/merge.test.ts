import { describe, expect, it } from 'vitest';
import { jsonEqual } from '../json-equal';
import { applyMutation, type MergeMutation, type StoredRow } from './merge';

/** A theme row written at seq 10 (name) and 12 (color), created at 10. */
function themeRow(overrides: Partial<StoredRow> = {}): StoredRow {
  return {
    data: { id: 't1', name: { fi: 'A', sv: 'A', en: 'A' }, color: '#111111' },
    fieldSeq: { deleted: 10, name: 10, color: 12 },
    deleted: false,
    seq: 12,
    ...overrides,
  };
}

function mutation(overrides: Partial<MergeMutation>): MergeMutation {
  return { entity: 'theme', entityId: 't1', op: 'patch', patch: {}, base: {}, ...overrides };
}

describe('applyMutation', () => {
  it('creates a new row with every field at the new seq and the key field filled in', () => {
    const out = applyMutation(
      null,
      mutation({ op: 'create', patch: { name: { fi: 'B', sv: 'B', en: 'B' }, color: '#222222' } }),
      20,
    );
    expect(out).toEqual({
      kind: 'write',
      row: {
        data: { id: 't1', name: { fi: 'B', sv: 'B', en: 'B' }, color: '#222222' },
        fieldSeq: { deleted: 20, name: 20, color: 20 },
        deleted: false,
        seq: 20,
      },
      overwritten: {},
      onTombstone: false,
    });
  });

  it('uses actionId as the key field of progress', () => {
    const out = applyMutation(
      null,
      mutation({
        entity: 'progress',
        entityId: 'sy~org~t~',
        op: 'create',
        patch: { state: 'done' },
      }),
      5,
    );
    expect(out.kind === 'write' && out.row.data).toEqual({ actionId: 'sy~org~t~', state: 'done' });
  });

  it.each<[string, MergeMutation, StoredRow['data'], Record<string, unknown>]>([
    [
      'a field the client had seen: no conflict',
      mutation({ patch: { color: '#333333' }, base: { color: 12 } }),
      { id: 't1', name: { fi: 'A', sv: 'A', en: 'A' }, color: '#333333' },
      {},
    ],
    [
      'a field changed since the client saw it: the old value is reported',
      mutation({ patch: { color: '#333333' }, base: { color: 11 } }),
      { id: 't1', name: { fi: 'A', sv: 'A', en: 'A' }, color: '#333333' },
      { color: { value: '#111111', seq: 12 } },
    ],
    [
      'no base at all counts as seq 0',
      mutation({ patch: { color: '#333333' } }),
      { id: 't1', name: { fi: 'A', sv: 'A', en: 'A' }, color: '#333333' },
      { color: { value: '#111111', seq: 12 } },
    ],
    [
      'an unseen change to the same value is no conflict',
      mutation({ patch: { color: '#111111' } }),
      { id: 't1', name: { fi: 'A', sv: 'A', en: 'A' }, color: '#111111' },
      {},
    ],
    [
      'objects compare by value, not key order',
      mutation({ patch: { name: { en: 'A', sv: 'A', fi: 'A' } } }),
      { id: 't1', name: { en: 'A', sv: 'A', fi: 'A' }, color: '#111111' },
      {},
    ],
    [
      'only the patched fields change; others keep value and seq',
      mutation({ patch: { name: { fi: 'C', sv: 'C', en: 'C' } }, base: { name: 10 } }),
      { id: 't1', name: { fi: 'C', sv: 'C', en: 'C' }, color: '#111111' },
      {},
    ],
  ])('patch: %s', (_name, m, data, overwritten) => {
    const out = applyMutation(themeRow(), m, 30);
    expect(out).toEqual({
      kind: 'write',
      row: {
        data,
        fieldSeq: {
          deleted: 10,
          name: 'name' in m.patch ? 30 : 10,
          color: 'color' in m.patch ? 30 : 12,
        },
        deleted: false,
        seq: 30,
      },
      overwritten,
      onTombstone: false,
    });
  });

  it('two clients patching different fields both survive', () => {
    const afterA = applyMutation(
      themeRow(),
      mutation({ patch: { color: '#aaaaaa' }, base: { color: 12 } }),
      13,
    );
    if (afterA.kind !== 'write') throw new Error('expected a write');
    const afterB = applyMutation(
      afterA.row,
      mutation({ patch: { name: { fi: 'B', sv: 'B', en: 'B' } }, base: { name: 10 } }),
      14,
    );
    expect(afterB.kind === 'write' && afterB.row.data).toEqual({
      id: 't1',
      name: { fi: 'B', sv: 'B', en: 'B' },
      color: '#aaaaaa',
    });
    expect(afterB.kind === 'write' && afterB.overwritten).toEqual({});
  });

  it('two clients patching the same field: the later in server order wins and reports the loss', () => {
    const afterA = applyMutation(
      themeRow(),
      mutation({ patch: { color: '#aaaaaa' }, base: { color: 12 } }),
      13,
    );
    if (afterA.kind !== 'write') throw new Error('expected a write');
    const afterB = applyMutation(
      afterA.row,
      mutation({ patch: { color: '#bbbbbb' }, base: { color: 12 } }),
      14,
    );
    expect(afterB.kind === 'write' && afterB.row.data['color']).toBe('#bbbbbb');
    expect(afterB.kind === 'write' && afterB.overwritten).toEqual({
      color: { value: '#aaaaaa', seq: 13 },
    });
  });

  it.each<[string, StoredRow | null, MergeMutation, unknown]>([
    [
      'patch of a missing row',
      null,
      mutation({ patch: { color: '#000000' } }),
      { kind: 'notFound' },
    ],
    ['undelete of a missing row', null, mutation({ op: 'undelete' }), { kind: 'notFound' }],
    ['delete of a missing row', null, mutation({ op: 'delete' }), { kind: 'noop' }],
    [
      'delete of a deleted row',
      themeRow({ deleted: true }),
      mutation({ op: 'delete' }),
      { kind: 'noop' },
    ],
    ['undelete of a live row', themeRow(), mutation({ op: 'undelete' }), { kind: 'noop' }],
    ['an empty patch', themeRow(), mutation({ patch: {} }), { kind: 'noop' }],
  ])('%s', (_name, current, m, expected) => {
    expect(applyMutation(current, m, 40)).toEqual(expected);
  });

  it('delete keeps the fields in a tombstone', () => {
    expect(applyMutation(themeRow(), mutation({ op: 'delete' }), 40)).toEqual({
      kind: 'write',
      row: {
        ...themeRow(),
        deleted: true,
        fieldSeq: { deleted: 40, name: 10, color: 12 },
        seq: 40,
      },
      overwritten: {},
      onTombstone: false,
    });
  });

  it('a patch on a tombstone is stored, the row stays deleted and the conflict is flagged', () => {
    const tombstone = themeRow({
      deleted: true,
      fieldSeq: { deleted: 15, name: 10, color: 12 },
      seq: 15,
    });
    const out = applyMutation(
      tombstone,
      mutation({ patch: { color: '#cccccc' }, base: { color: 12 } }),
      41,
    );
    expect(out).toEqual({
      kind: 'write',
      row: {
        data: { ...tombstone.data, color: '#cccccc' },
        fieldSeq: { deleted: 15, name: 10, color: 41 },
        deleted: true,
        seq: 41,
      },
      overwritten: {},
      onTombstone: true,
    });
  });

  it('undelete restores the fields, patched ones included', () => {
    const tombstone = themeRow({
      deleted: true,
      fieldSeq: { deleted: 15, name: 10, color: 41 },
      seq: 41,
    });
    const out = applyMutation(tombstone, mutation({ op: 'undelete', base: { deleted: 15 } }), 42);
    expect(out.kind === 'write' && out.row).toEqual({
      ...tombstone,
      deleted: false,
      fieldSeq: { deleted: 42, name: 10, color: 41 },
      seq: 42,
    });
    expect(out.kind === 'write' && out.overwritten).toEqual({});
  });

  it('a create on a row that exists acts as a patch, and on a tombstone also undeletes it', () => {
    const tombstone = themeRow({
      deleted: true,
      fieldSeq: { deleted: 15, name: 10, color: 12 },
      seq: 15,
    });
    const out = applyMutation(
      tombstone,
      mutation({ op: 'create', patch: { name: { fi: 'A', sv: 'A', en: 'A' }, color: '#dddddd' } }),
      43,
    );
    expect(out).toEqual({
      kind: 'write',
      row: {
        data: { id: 't1', name: { fi: 'A', sv: 'A', en: 'A' }, color: '#dddddd' },
        fieldSeq: { deleted: 43, name: 43, color: 43 },
        deleted: false,
        seq: 43,
      },
      overwritten: { color: { value: '#111111', seq: 12 }, deleted: { value: true, seq: 15 } },
      onTombstone: false,
    });
  });

  it('does not touch its inputs', () => {
    const row = themeRow();
    const copy = structuredClone(row);
    applyMutation(row, mutation({ patch: { color: '#333333' } }), 30);
    applyMutation(row, mutation({ op: 'delete' }), 31);
    expect(row).toEqual(copy);
  });
});

describe('jsonEqual', () => {
  it.each([
    [1, 1, true],
    [1, '1', false],
    [null, null, true],
    [null, {}, false],
    [[1, 2], [1, 2], true],
    [[1, 2], [2, 1], false],
    [[], {}, false],
    [{ a: 1, b: [1] }, { b: [1], a: 1 }, true],
    [{ a: 1 }, { a: 1, b: undefined }, false],
  ])('%j vs %j -> %s', (a, b, expected) => {
    expect(jsonEqual(a, b)).toBe(expected);
  });
});
