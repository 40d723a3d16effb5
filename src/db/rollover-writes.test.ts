import { describe, expect, it } from 'vitest';
import { actionId, groupId, schoolYearId } from '@/domain/ids';
import { proposeRollover } from '@/domain/rollover/rollover-plan';
import { markProgress } from './progress-writes';
import { RolloverError, rolloverUndoBlock, undoRollover, writeRollover } from './rollover-writes';
import { seedSampleIfEmpty } from './seed';
import { saveGroup } from './plan-writes';
import {
  buildGroup,
  buildSeed,
  fakeClock,
  freshDb,
  jamsa2025,
  jamsa2026,
  storedActions,
} from './test-fixtures';

const Y27 = schoolYearId('sy-2027');

async function seeded() {
  const db = freshDb();
  const seed = buildSeed();
  await seedSampleIfEmpty(db, seed);
  const proposal = proposeRollover(jamsa2026, seed.schools, seed.groups);
  return { db, proposal };
}

describe('writeRollover', () => {
  it('writes the new year and its classes with one outbox entry each, and derives their actions', async () => {
    const { db, proposal } = await seeded();
    const outboxBefore = await db.outbox.count();
    await writeRollover(db, proposal, fakeClock());
    expect(await db.schoolYears.get(Y27)).toEqual(proposal.year);
    const groups = await db.groups.where('schoolYearId').equals(Y27).sortBy('id');
    expect(groups.map((g) => [g.id, g.name, g.grades])).toEqual([
      ['g-2027-s-a-1a', '1A', [1]],
      ['g-2027-s-a-2a', '2A', [2]],
      ['g-2027-s-a-6-7', '6-7', [6, 7]],
      ['g-2027-s-a-eskari', 'Eskari', [0]],
      ['g-2027-s-b-8a', '8A', [8]],
    ]);
    const entries = (await db.outbox.toArray()).slice(outboxBefore);
    expect(entries.map((e) => [e.entity, e.entityId, e.op])).toEqual([
      ['schoolYear', 'sy-2027', 'create'],
      ['group', 'g-2027-s-a-eskari', 'create'],
      ['group', 'g-2027-s-a-1a', 'create'],
      ['group', 'g-2027-s-a-2a', 'create'],
      ['group', 'g-2027-s-a-6-7', 'create'],
      ['group', 'g-2027-s-b-8a', 'create'],
    ]);
    const actions = (await storedActions(db)).filter((a) => a.schoolYearId === Y27);
    expect(actions.some((a) => a.groupId === groupId('g-2027-s-a-2a'))).toBe(true);
  });

  it('writes nothing when a step fails half-way', async () => {
    const { db, proposal } = await seeded();
    const outboxBefore = await db.outbox.toArray();
    const schedulesBefore = await db.schedules.count();
    db.groups.hook('creating', (key) => {
      if (key === 'g-2027-s-a-6-7') throw new Error('disk full');
    });
    await expect(writeRollover(db, proposal)).rejects.toThrow('disk full');
    expect(await db.schoolYears.get(Y27)).toBeUndefined();
    expect(await db.groups.where('schoolYearId').equals(Y27).count()).toBe(0);
    expect(await db.outbox.toArray()).toEqual(outboxBefore);
    expect(await db.schedules.count()).toBe(schedulesBefore);
  });

  it('refuses a second roll-over into a year that exists, writing nothing', async () => {
    const { db, proposal } = await seeded();
    await writeRollover(db, proposal);
    const outbox = await db.outbox.count();
    await expect(writeRollover(db, proposal)).rejects.toEqual(new RolloverError('YEAR_EXISTS'));
    expect(await db.outbox.count()).toBe(outbox);
  });
});

describe('undoRollover', () => {
  it('deletes the new year, its classes and their schedules, with delete entries', async () => {
    const { db, proposal } = await seeded();
    await writeRollover(db, proposal);
    expect(await rolloverUndoBlock(db, proposal)).toBeNull();
    const outbox = await db.outbox.count();
    await undoRollover(db, proposal);
    expect(await db.schoolYears.get(Y27)).toBeUndefined();
    expect(await db.groups.where('schoolYearId').equals(Y27).count()).toBe(0);
    expect(await db.schedules.where('schoolYearId').equals(Y27).count()).toBe(0);
    const deletes = (await db.outbox.toArray()).slice(outbox);
    expect(deletes.map((e) => [e.entity, e.op])).toEqual([
      ['group', 'delete'],
      ['group', 'delete'],
      ['group', 'delete'],
      ['group', 'delete'],
      ['group', 'delete'],
      ['schoolYear', 'delete'],
    ]);
    // The year before is untouched.
    expect(await db.groups.where('schoolYearId').equals(jamsa2026.id).count()).toBe(3);
    expect(await rolloverUndoBlock(db, proposal)).toBe('YEAR_MISSING');
  });

  it('is refused after the first tick of the new year, deleting nothing', async () => {
    const { db, proposal } = await seeded();
    await writeRollover(db, proposal);
    const [action] = (await storedActions(db)).filter((a) => a.schoolYearId === Y27);
    if (action === undefined) throw new Error('the new year has actions');
    await markProgress(db, { actionId: action.id, state: 'done', day: null, by: 'Opettaja' });
    expect(await rolloverUndoBlock(db, proposal)).toBe('PROGRESS_EXISTS');
    const outbox = await db.outbox.count();
    await expect(undoRollover(db, proposal)).rejects.toEqual(new RolloverError('PROGRESS_EXISTS'));
    expect(await db.schoolYears.get(Y27)).toEqual(proposal.year);
    expect(await db.groups.where('schoolYearId').equals(Y27).count()).toBe(5);
    expect(await db.outbox.count()).toBe(outbox);
  });

  it('is not blocked by progress of another year whose id starts alike', async () => {
    const { db, proposal } = await seeded();
    await writeRollover(db, proposal);
    await markProgress(db, {
      actionId: actionId('sy-2026~g:g-2026-1a~t-rules~'),
      state: 'done',
      day: null,
      by: 'Opettaja',
    });
    expect(await rolloverUndoBlock(db, proposal)).toBeNull();
  });

  it('is refused for a year made by hand, or with a class added by hand, deleting nothing', async () => {
    const { db, proposal } = await seeded();
    // 2026-2027 of the seed is not what a roll-over of 2025-2026 makes.
    const seed = buildSeed();
    const from2025 = proposeRollover(jamsa2025, seed.schools, seed.groups);
    expect(from2025.year.id).toBe(jamsa2026.id);
    expect(await rolloverUndoBlock(db, from2025)).toBe('NOT_A_ROLLOVER');
    await expect(undoRollover(db, from2025)).rejects.toEqual(new RolloverError('NOT_A_ROLLOVER'));
    expect(await db.groups.where('schoolYearId').equals(jamsa2026.id).count()).toBe(3);

    await writeRollover(db, proposal);
    await saveGroup(db, buildGroup({ id: groupId('g-by-hand'), schoolYearId: Y27 }));
    await expect(undoRollover(db, proposal)).rejects.toEqual(new RolloverError('NOT_A_ROLLOVER'));
    expect(await db.groups.where('schoolYearId').equals(Y27).count()).toBe(6);
  });
});
