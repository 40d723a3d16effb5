import { describe, expect, it } from 'vitest';
import { buildSampleOrganization } from '@/domain/library/sample';
import { materializeActions } from '@/domain/schedule/materialize-actions';
import { seedSampleIfEmpty } from './seed';
import { buildSeed, freshDb, storedActions } from './test-fixtures';

describe('seeding the sample organization', () => {
  it('writes the plan and its actions once, with no outbox entries', async () => {
    const db = freshDb();
    expect(await seedSampleIfEmpty(db, buildSeed(), () => 7)).toBe(true);
    expect(await db.organizations.count()).toBe(1);
    expect(await db.schools.count()).toBe(2);
    expect(await db.schoolYears.count()).toBe(2);
    expect(await db.groups.count()).toBe(4);
    expect(await db.templates.count()).toBe(4);
    expect(await storedActions(db)).toHaveLength(16);
    expect(await db.schedules.count()).toBe(10);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.meta.bulkGet(['seeded', 'seededAt', 'nextMutationId'])).toEqual([
      { key: 'seeded', value: 'sample-v1' },
      { key: 'seededAt', value: 7 },
      { key: 'nextMutationId', value: 1 },
    ]);
  });

  it('is idempotent, also when two tabs seed at once', async () => {
    const db = freshDb();
    const results = await Promise.all([
      seedSampleIfEmpty(db, buildSeed()),
      seedSampleIfEmpty(db, buildSeed()),
    ]);
    expect(results.sort()).toEqual([false, true]);
    const schedules = await db.schedules.toArray();
    expect(await seedSampleIfEmpty(db, buildSeed())).toBe(false);
    expect(await db.schedules.toArray()).toEqual(schedules);
    expect(await db.organizations.count()).toBe(1);
  });

  it('leaves a database with a plan alone', async () => {
    const db = freshDb();
    await db.organizations.put(buildSeed().organization);
    expect(await seedSampleIfEmpty(db, buildSeed())).toBe(false);
    expect(await db.templates.count()).toBe(0);
  });

  it('seeds the built-in sample with every action the scheduler derives for it', async () => {
    const db = freshDb();
    const sample = buildSampleOrganization();
    expect(await seedSampleIfEmpty(db, sample)).toBe(true);
    const expected = sample.schoolYears.flatMap(
      (schoolYear) => materializeActions({ ...sample, schoolYear }).actions,
    );
    expect(expected.length).toBeGreaterThan(100);
    expect((await storedActions(db)).map((a) => a.id)).toEqual(expected.map((a) => a.id).sort());
    expect(await db.templates.count()).toBe(sample.templates.length);
    expect(await db.outbox.count()).toBe(0);
    expect(await seedSampleIfEmpty(db, sample)).toBe(false);
    expect(await storedActions(db)).toHaveLength(expected.length);
  });
});
