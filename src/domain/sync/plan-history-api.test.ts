import { describe, expect, it } from 'vitest';
import { ENTITIES, ENTITY_REGISTRY } from '../entities';
import { MUTATION_OPS } from './merge';
import { HISTORY_ENTITIES, HISTORY_OPS } from './plan-history-api';

describe('the plan history API', () => {
  it('names every plan entity and every mutation op as declared', () => {
    expect(HISTORY_ENTITIES).toEqual(ENTITIES.filter((e) => ENTITY_REGISTRY[e].part === 'plan'));
    expect(HISTORY_OPS).toEqual(MUTATION_OPS);
  });
});
