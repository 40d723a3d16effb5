/** `SEED=none`: a new database gets one empty organization, no demo rows and no accounts. */
import { describe, expect, it } from 'vitest';
import { seedDemoIfNew } from '@/server/demo-seed';
import { seedEmptyIfNew } from '@/server/empty-seed';
import { startTestServer } from './harness';

describe('the empty organization', () => {
  it('is written once, alone, and keeps a later demo seed away', async () => {
    const t = await startTestServer({ seed: false });
    const stores = { sync: t.store, accounts: t.accounts };
    try {
      const org = { id: 'org-jamsa', name: 'Jämsän kaupunki' };
      expect(await seedEmptyIfNew(stores, org, 0)).toBe(true);
      expect(await t.store.organizations()).toEqual(['org-jamsa']);
      expect((await t.store.status('org-jamsa')).headSeq).toBe(1);
      expect(await t.store.liveRows('org-jamsa', 'school')).toEqual([]);
      expect(await t.accounts.listAccounts()).toEqual([]);
      expect(await seedEmptyIfNew(stores, { id: 'org-muu', name: 'Muu' }, 0)).toBe(false);
      expect(
        await seedDemoIfNew(stores, { demoPassword: null, now: 0, passwordCost: 4 }),
      ).toBeNull();
      expect(await t.store.organizations()).toEqual(['org-jamsa']);
    } finally {
      await t.close();
    }
  });
});
