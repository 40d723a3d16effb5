import { describe, expect, it } from 'vitest';
import { ACCOUNT_ROLES } from './account-api';
import { ROLES } from './protocol';

describe('the accounts API', () => {
  it('names every role as the protocol declares them', () => {
    expect(ACCOUNT_ROLES).toEqual(ROLES);
  });
});
