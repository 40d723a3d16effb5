import { describe, expect, it } from 'vitest';
import { actionId, groupId, templateId } from '@/domain/ids';
import { mustParseLocalDate as d } from '@/domain/local-date';
import type { TimingRule } from '@/domain/timing-rule';
import {
  deleteGroup,
  deleteTemplate,
  saveGroup,
  saveSchool,
  saveSchoolYear,
  saveTemplate,
  saveTheme,
} from './plan-writes';
import { markProgress } from './progress-writes';
import { seedSampleIfEmpty } from './seed';
import {
  buildGroup,
  buildSchool,
  buildSeed,
  buildTemplate,
  buildTheme,
  fakeClock,
  freshDb,
  jamsa2026,
  SCHOOL_B,
  storedAction,
  storedActions,
} from './test-fixtures';

describe('plan writes and their outbox entries', () => {
  it('writes a new template with a create entry holding the whole row', async () => {
    const db = freshDb();
    const template = buildTemplate();
    await saveTemplate(db, template, fakeClock());
    expect(await db.templates.get(template.id)).toEqual(template);
    expect(await db.outbox.toArray()).toEqual([
      {
        mutationId: 1,
        entity: 'template',
        entityId: 't-rules',
        op: 'create',
        patch: template,
        status: 'pending',
        createdAt: 1_000_000,
        schemaVersion: 1,
        base: {},
        ackSeq: null,
      },
    ]);
  });

  it('records only the changed fields of an update, and nothing for a save that changes nothing', async () => {
    const db = freshDb();
    const template = buildTemplate();
    await saveTemplate(db, template);
    await saveTemplate(db, { ...template, grades: [1, 2], responsible: ['classTeacher'] });
    await saveTemplate(db, { ...template, grades: [1, 2] });
    const entries = await db.outbox.toArray();
    expect(entries.map((e) => [e.mutationId, e.op, e.patch])).toEqual([
      [1, 'create', template],
      [2, 'patch', { grades: [1, 2] }],
    ]);
  });

  it('deletes with a delete entry and ignores the delete of a missing row', async () => {
    const db = freshDb();
    await saveTemplate(db, buildTemplate());
    await deleteTemplate(db, templateId('t-rules'));
    await deleteTemplate(db, templateId('t-rules'));
    expect(await db.templates.count()).toBe(0);
    const entries = await db.outbox.toArray();
    expect(entries.map((e) => [e.mutationId, e.entity, e.entityId, e.op, e.patch])).toEqual([
      [1, 'template', 't-rules', 'create', buildTemplate()],
      [2, 'template', 't-rules', 'delete', null],
    ]);
  });

  it('writes no outbox entry for the derived actions', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSeed());
    await saveTemplate(db, buildTemplate({ timing: { kind: 'month', month: 10, part: 'whole' } }));
    expect(await db.outbox.toArray()).toMatchObject([{ entity: 'template', op: 'patch' }]);
  });

  it('stores neither the row nor its outbox entry when materialization fails in the transaction', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSeed());
    const schedulesBefore = await db.schedules.toArray();
    // An unknown rule kind makes the scheduler throw after the row and the entry were written.
    const broken = buildTemplate({ timing: { kind: 'lunar' } as unknown as TimingRule });
    await expect(saveTemplate(db, broken)).rejects.toThrow('Unexpected value');
    expect(await db.templates.get(broken.id)).toEqual(buildTemplate());
    expect(await db.outbox.count()).toBe(0);
    expect(await db.meta.get('nextMutationId')).toEqual({ key: 'nextMutationId', value: 1 });
    expect(await db.schedules.toArray()).toEqual(schedulesBefore);
    // The next write gets the id the failed one would have had: no gap.
    await saveTheme(db, buildTheme({ color: '#000' }));
    expect((await db.outbox.toArray()).map((e) => e.mutationId)).toEqual([1]);
  });

  it('keeps mutationIds gapless and increasing over many writes, also concurrent ones', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSeed());
    const writes: Promise<void>[] = [];
    for (let i = 0; i < 40; i += 1) {
      writes.push(saveTheme(db, buildTheme({ color: `#${i}` })));
      writes.push(
        markProgress(db, {
          actionId: actionId(`a-${i}`),
          state: 'done',
          day: jamsa2026.firstDay,
          by: 'M. V.',
        }),
      );
      writes.push(saveGroup(db, buildGroup({ name: `1A-${i}` })));
    }
    await Promise.all(writes);
    const ids = (await db.outbox.toArray()).map((e) => e.mutationId);
    expect(ids).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
    expect(await db.meta.get('nextMutationId')).toEqual({ key: 'nextMutationId', value: 121 });
  });

  it('re-materializes a school year when its dates change', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSeed());
    const id = actionId('sy-2026~org~t-steering~');
    expect(await storedAction(db, id)).toMatchObject({ start: '2027-05-17', end: '2027-05-31' });
    // A municipal day off on Monday 17 May 2027 pushes the window's start to Tuesday.
    await saveSchoolYear(db, {
      ...jamsa2026,
      extraDaysOff: [jamsa2026.firstDay, d('2027-05-17')],
    });
    expect(await storedAction(db, id)).toMatchObject({ start: '2027-05-18', end: '2027-05-31' });
  });

  it('re-materializes when a school stops teaching a grade', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSeed());
    const ofSchoolB = async () =>
      (await storedActions(db)).filter((a) => a.scope === 'school' && a.schoolId === 's-b');
    expect(await ofSchoolB()).toHaveLength(4);
    await saveSchool(db, buildSchool({ id: SCHOOL_B, name: 'Patalan koulu', grades: [] }));
    expect(await ofSchoolB()).toEqual([]);
  });

  it('moves a group’s actions when it is saved, and removes them when it is deleted', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSeed());
    await saveGroup(db, buildGroup({ id: groupId('g-2026-1a'), grades: [7] }));
    const ofGroup = async () =>
      (await storedActions(db)).filter((a) => a.groupId === 'g-2026-1a').map((a) => a.id);
    expect(await ofGroup()).toEqual([
      'sy-2026~g:g-2026-1a~t-rules~',
      'sy-2026~g:g-2026-1a~t-survey~',
    ]);
    await deleteGroup(db, groupId('g-2026-1a'));
    expect(await ofGroup()).toEqual([]);
    expect((await db.outbox.toArray()).map((e) => [e.entity, e.op])).toEqual([
      ['group', 'patch'],
      ['group', 'delete'],
    ]);
  });
});
