import { describe, expect, it } from 'vitest';
import { valuesBefore, type LoggedChange } from './history-before';

const created: LoggedChange = {
  seq: 3,
  op: 'create',
  fields: { title: 'Vanhempainilta', timing: { kind: 'isoWeek', week: 40 }, grades: [1] },
};
const retitled: LoggedChange = { seq: 7, op: 'patch', fields: { title: 'Vanhempainilta 1' } };
const moved: LoggedChange = {
  seq: 9,
  op: 'patch',
  fields: { timing: { kind: 'isoWeek', week: 41 } },
};
const deleted: LoggedChange = { seq: 11, op: 'delete', fields: {} };

describe('valuesBefore', () => {
  it.each<[string, LoggedChange, LoggedChange[], Record<string, unknown>]>([
    ['a creation replaced nothing', created, [retitled, moved], {}],
    [
      'a field takes the last value written before',
      retitled,
      [created, moved],
      { title: 'Vanhempainilta' },
    ],
    [
      'each field from its own last writer, whatever the order given',
      {
        seq: 12,
        op: 'patch',
        fields: { title: 'Uusi', timing: { kind: 'month', month: 10, part: 'whole' } },
      },
      [moved, deleted, created, retitled],
      { title: 'Vanhempainilta 1', timing: { kind: 'isoWeek', week: 41 } },
    ],
    [
      'a field no earlier change wrote is left out',
      { seq: 8, op: 'patch', fields: { materials: [] } },
      [created, retitled],
      {},
    ],
    [
      'later changes do not count',
      retitled,
      [created, moved, { seq: 20, op: 'patch', fields: { title: 'Myöhempi' } }],
      { title: 'Vanhempainilta' },
    ],
  ])('%s', (_name, change, older, expected) => {
    expect(valuesBefore(change, older)).toEqual(expected);
  });
});
