/**
 * First-run content: the built-in sample organization. Seeding is local and goes to no outbox:
 * every device derives the same built-in rows from the same code, and a device that connects to
 * a server takes the server's plan instead (docs/data-model.md, "Seeding").
 */
import type { Group, Organization, School, SchoolYear, TaskTemplate, Theme } from '@/domain/model';
import type { VuosikelloDb } from './database';
import { materializeTables, rederiveEveryYear } from './materialize';
import { bindTables } from './tx-tables';

/** The plan rows to seed, as built by `buildSampleOrganization()` in the domain library. */
export interface PlanSeed {
  readonly organization: Organization;
  readonly schools: readonly School[];
  readonly schoolYears: readonly SchoolYear[];
  readonly groups: readonly Group[];
  readonly themes: readonly Theme[];
  readonly templates: readonly TaskTemplate[];
}

/** The meta `seeded` value of the current built-in sample. */
export const SAMPLE_SEED_VERSION = 'sample-v1';

/**
 * When the organizations table is empty, writes the seed's plan and materializes every school
 * year, all in one transaction (a crash leaves either nothing or the whole seed), and returns
 * true. Otherwise writes nothing and returns false, so calling it again, even from two tabs at
 * once, is harmless. `now` stamps meta `seededAt`.
 */
export async function seedSampleIfEmpty(
  db: VuosikelloDb,
  seed: PlanSeed,
  now: () => number = Date.now,
): Promise<boolean> {
  return db.transaction(
    'rw',
    [...materializeTables(db), db.organizations, db.themes, db.meta],
    async (tx) => {
      const t = bindTables(tx);
      if ((await t.organizations.count()) > 0) return false;
      await t.organizations.put(seed.organization);
      await t.schools.bulkPut(seed.schools);
      await t.schoolYears.bulkPut(seed.schoolYears);
      await t.groups.bulkPut(seed.groups);
      await t.themes.bulkPut(seed.themes);
      await t.templates.bulkPut(seed.templates);
      await rederiveEveryYear(t);
      await t.meta.bulkPut([
        { key: 'seeded', value: SAMPLE_SEED_VERSION },
        { key: 'seededAt', value: now() },
      ]);
      return true;
    },
  );
}
