import { describe, expect, it } from 'vitest';
import { actionId, groupId, schoolId, templateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Grade } from '@/domain/model';
import type { VuosikelloDb } from './database';
import {
  monthWithTemplates,
  readClassRows,
  readMonthRows,
  type MonthRead,
  type MonthReady,
  type MonthRows,
  type MonthRowsReady,
} from './month-read';
import { listTemplates } from './queries';
import { bindTables } from './tx-tables';
import { readTemplates } from './templates-watch';
import { saveGroup, saveTemplate } from './plan-writes';
import { markProgress, saveProgressNote } from './progress-writes';
import { seedSampleIfEmpty } from './seed';
import { buildGroup, buildSeed, buildTemplate, freshDb, readMonth } from './test-fixtures';

async function seeded(): Promise<VuosikelloDb> {
  const db = freshDb();
  await seedSampleIfEmpty(db, buildSeed());
  return db;
}

const NOVEMBER = '2026-11-10' as LocalDate;

function ready(read: MonthRead): MonthReady {
  if (read.kind !== 'ready') throw new Error(`expected a month, got ${read.kind}`);
  return read;
}

function readyRows(rows: MonthRows): MonthRowsReady {
  if (rows.kind !== 'ready') throw new Error(`expected a month, got ${rows.kind}`);
  return rows;
}

describe('the month’s one read', () => {
  it('holds the class’s tasks and its school’s for its grades, of its year only, by window', async () => {
    const db = await seeded();
    const month = ready(await readMonth(db, 'g-2026-7a', NOVEMBER));
    // The organization's steering task is the coordinator's, not the class's.
    expect(month.actions.map((a) => [a.id, a.start])).toEqual([
      ['sy-2026~s:s-b~t-welfare-group~m09', '2026-09-01'], // ends 15 Sep
      ['sy-2026~g:g-2026-7a~t-rules~', '2026-09-01'], // ends 30 Sep
      ['sy-2026~g:g-2026-7a~t-survey~', '2026-11-02'],
      ['sy-2026~s:s-b~t-welfare-group~m01', '2027-01-07'],
    ]);
    expect(month.actions.map((a) => month.templates.get(a.templateId)?.id)).toEqual([
      't-welfare-group',
      't-rules',
      't-survey',
      't-welfare-group',
    ]);
    expect(month.school?.name).toBe('Patalan koulu');
    // Schools by name (the class picker groups its classes by them), whatever their ids.
    await db.schools.update(schoolId('s-b'), { name: 'Ahon koulu' });
    const renamed = ready(await readMonth(db, 'g-2026-7a', NOVEMBER));
    expect(renamed.schools.map((s) => [s.id, s.name])).toEqual([
      ['s-b', 'Ahon koulu'],
      ['s-a', 'Koivulan koulu'],
    ]);
  });

  it('leaves out a school task for grades the class does not have', async () => {
    const db = await seeded();
    await saveTemplate(
      db,
      buildTemplate({
        id: templateId('t-welfare-group'),
        scope: 'school',
        grades: [1, 2],
        responsible: ['principal'],
        timing: { kind: 'everyMonth', months: [9, 1], part: 'firstHalf' },
      }),
    );
    const month = ready(await readMonth(db, 'g-2026-7a', NOVEMBER));
    expect(month.actions.map((a) => a.templateId)).toEqual(['t-rules', 't-survey']);
  });

  it('opens the remembered class of the school year of the day, else the first', async () => {
    const db = await seeded();
    const opened = async (day: string) => {
      const month = ready(await readMonth(db, undefined, day as LocalDate));
      return [month.schoolYear.id, month.selected.id];
    };
    expect(await opened('2026-11-10')).toEqual(['sy-2026', 'g-2026-1a']);
    // Summer still belongs to the year that ends; past the last year, the latest begun.
    expect(await opened('2026-07-15')).toEqual(['sy-2025', 'g-2025-1a']);
    expect(await opened('2031-03-01')).toEqual(['sy-2026', 'g-2026-1a']);
    expect(await opened('2020-01-01')).toEqual(['sy-2025', 'g-2025-1a']);
    await db.meta.put({ key: 'selectedGroupId', value: groupId('g-2026-7a') });
    expect(await opened('2026-11-10')).toEqual(['sy-2026', 'g-2026-7a']);
  });

  it('lists the year’s classes by lowest grade, then name, and names an unknown class', async () => {
    const db = await seeded();
    await db.groups.put(buildGroup({ id: groupId('g-2026-1b'), name: '1B', grades: [1] }));
    await db.groups.put(buildGroup({ id: groupId('g-2026-eo'), name: 'Eskari', grades: [0] }));
    const month = ready(await readMonth(db, 'g-2026-56', NOVEMBER));
    expect(month.groups.map((g) => g.name)).toEqual(['Eskari', '1A', '1B', '5-6', '7A']);
    expect(await readMonth(db, 'no-such-class', NOVEMBER)).toEqual({
      kind: 'unknownGroup',
      groupId: 'no-such-class',
    });
    expect(await readMonth(freshDb(), undefined, NOVEMBER)).toEqual({
      kind: 'noClasses',
      groupId: undefined,
    });
  });

  it('carries the progress of its tasks, and the name a tick carries', async () => {
    const db = await seeded();
    const ticked = actionId('sy-2026~g:g-2026-7a~t-rules~');
    await markProgress(db, { actionId: ticked, state: 'done', day: null, by: 'A' });
    const local = ready(await readMonth(db, 'g-2026-7a', NOVEMBER));
    expect([...local.progress.keys()]).toEqual([ticked]);
    expect(local.progress.get(ticked)).toMatchObject({ state: 'done', by: 'A' });
    expect([local.user, local.tickName]).toEqual([null, '']);

    await db.meta.put({ key: 'userName', value: 'M. Virtanen' });
    expect(ready(await readMonth(db, 'g-2026-7a', NOVEMBER)).tickName).toBe('M. Virtanen');
    // Signed in, a tick carries the account's name (cut to what a tick holds), not the local one.
    await db.meta.put({
      key: 'sessionUser',
      value: {
        username: 'opettaja',
        displayName: 'O'.repeat(100),
        role: 'teacher',
        organizationId: 'org-jamsa',
        schools: ['s-b'],
        groups: ['g-2026-7a'],
      },
    });
    const signedIn = ready(await readMonth(db, 'g-2026-7a', NOVEMBER));
    expect(signedIn.tickName).toBe('O'.repeat(80));
    expect([...signedIn.ownIds]).toEqual(['g-2026-7a']);
  });
});

describe('progress no longer in the plan', () => {
  const tick = (db: VuosikelloDb, id: string, note = '') =>
    markProgress(db, {
      actionId: actionId(id),
      state: 'done',
      day: '2026-09-02' as LocalDate,
      by: 'A',
      note,
    });
  const unplanned = async (db: VuosikelloDb, group: string) =>
    ready(await readMonth(db, group, NOVEMBER)).unplanned;

  it('lists a class’s and its school’s ticks whose actions the schedules no longer hold', async () => {
    const db = await seeded();
    await tick(db, 'sy-2026~g:g-2026-56~t-rules~', 'Pidettiin');
    await tick(db, 'sy-2026~g:g-2026-56~t-survey~');
    await tick(db, 'sy-2026~s:s-a~t-welfare-group~m09');
    await tick(db, 'sy-2026~s:s-a~t-welfare-group~m01');
    await tick(db, 'sy-2026~g:g-2026-1a~t-rules~'); // another class
    await tick(db, 'sy-2025~g:g-2026-56~t-rules~'); // another year
    expect(await unplanned(db, 'g-2026-56')).toEqual([]);

    // A tick of a task the plan no longer has at all; the class becomes a grade 8 class (the
    // survey is for 5-7, the rules for every grade); the welfare group meets in September only.
    await tick(db, 'sy-2026~g:g-2026-56~t-old~');
    await saveGroup(db, buildGroup({ id: groupId('g-2026-56'), name: '8', grades: [8] }));
    await saveTemplate(
      db,
      buildTemplate({
        id: templateId('t-welfare-group'),
        scope: 'school',
        responsible: ['principal'],
        timing: { kind: 'everyMonth', months: [9], part: 'firstHalf' },
      }),
    );
    const found = await unplanned(db, 'g-2026-56');
    expect(found.map((u) => [u.progress.actionId, u.scope, u.templateId, u.occurrence])).toEqual([
      ['sy-2026~g:g-2026-56~t-old~', 'class', 't-old', ''],
      ['sy-2026~g:g-2026-56~t-survey~', 'class', 't-survey', ''],
      ['sy-2026~s:s-a~t-welfare-group~m01', 'school', 't-welfare-group', 'm01'],
    ]);
    expect(found.map((u) => u.template?.id)).toEqual([undefined, 't-survey', 't-welfare-group']);
  });

  it('leaves out a tick taken back with no note', async () => {
    const db = await seeded();
    const gone = actionId('sy-2026~g:g-2026-1a~t-gone~');
    await tick(db, gone);
    await markProgress(db, { actionId: gone, state: 'todo', day: null, by: 'A' });
    expect(await unplanned(db, 'g-2026-1a')).toEqual([]);
    await saveProgressNote(db, gone, 'Siirtyi kevääseen', 'A');
    expect(await unplanned(db, 'g-2026-1a')).toMatchObject([
      { progress: { state: 'todo', note: 'Siirtyi kevääseen' }, template: undefined },
    ]);
  });
});

describe('the class’s part read again', () => {
  const classRowsAfter = async (db: VuosikelloDb, rows: MonthRows) =>
    db.transaction('r', ['schedules', 'progress'], (tx) =>
      readClassRows(bindTables(tx), readyRows(rows)),
    );

  it('reads the class’s ticks and schedules again, the rest as it was', async () => {
    const db = await seeded();
    const before = await readMonthRows(db, 'g-2026-7a', NOVEMBER);
    const survey = actionId('sy-2026~g:g-2026-7a~t-survey~');
    await markProgress(db, { actionId: survey, state: 'skipped', day: null, by: 'A' });
    // A mark on a task the plan no longer has, and the class renamed (not the class's part).
    const gone = actionId('sy-2026~g:g-2026-7a~t-gone~');
    await markProgress(db, { actionId: gone, state: 'done', day: null, by: 'A' });
    await saveGroup(db, { ...readyRows(before).selected, name: '7 Ä' });
    const after = await classRowsAfter(db, before);
    expect(after.progress.get(survey)?.state).toBe('skipped');
    expect(after.unplannedMarks.map((m) => m.progress.actionId)).toEqual([gone]);
    expect(after.selected).toBe(readyRows(before).selected);
    expect(after.groups).toBe(readyRows(before).groups);
    // Everything of the class's part is as a whole read finds it.
    const whole = readyRows(await readMonthRows(db, 'g-2026-7a', NOVEMBER));
    expect([after.planned, after.progress, after.unplannedMarks]).toEqual([
      whole.planned,
      whole.progress,
      whole.unplannedMarks,
    ]);
  });

  it('follows the class’s schedule rewritten: a task moved to another week', async () => {
    const db = await seeded();
    const before = await readMonthRows(db, 'g-2026-7a', NOVEMBER);
    const survey = (await listTemplates(db)).find((t) => t.id === templateId('t-survey'));
    if (!survey) throw new Error('no survey template');
    await saveTemplate(db, { ...survey, timing: { kind: 'isoWeek', week: 47 } });
    const after = await classRowsAfter(db, before);
    expect(after.planned.find((a) => a.templateId === 't-survey')?.start).toBe('2026-11-16');
    expect(readyRows(before).planned.find((a) => a.templateId === 't-survey')?.start).toBe(
      '2026-11-02',
    );
  });
});

describe('the month’s templates, apart from its rows', () => {
  it('takes an edited template from the templates given, the rows as they were', async () => {
    const db = await seeded();
    const rows = await readMonthRows(db, 'g-2026-7a', NOVEMBER);
    const templates = await readTemplates(db);
    const before = ready(monthWithTemplates(rows, templates));
    const rules = templateId('t-rules');
    const edited = new Map(templates).set(rules, {
      ...templates.get(rules)!,
      title: { fi: 'Säännöt', sv: 'Regler', en: 'Rules' },
    });
    const after = ready(monthWithTemplates(rows, edited));
    expect(after.templates.get(rules)?.title.fi).toBe('Säännöt');
    // The same actions and the other templates, as the same objects (memoised cards keep them).
    expect(after.actions).toEqual(before.actions);
    after.actions.forEach((action, i) => expect(action).toBe(before.actions[i]));
    expect(after.templates.get(templateId('t-survey'))).toBe(
      before.templates.get(templateId('t-survey')),
    );
  });

  it('shows a school task once its template names the class’s grade', async () => {
    const db = await seeded();
    const rows = await readMonthRows(db, 'g-2026-7a', NOVEMBER);
    const templates = await readTemplates(db);
    const welfare = templateId('t-welfare-group');
    const forGrades = (grades: Grade[]) =>
      new Map(templates).set(welfare, { ...templates.get(welfare)!, grades });
    const schoolTasks = (all: typeof templates) =>
      ready(monthWithTemplates(rows, all)).actions.filter((a) => a.scope === 'school').length;
    expect(schoolTasks(forGrades([1, 2]))).toBe(0);
    expect(schoolTasks(forGrades([7]))).toBe(2);
  });

  it('passes a month it cannot show through as it is', async () => {
    const db = await seeded();
    const rows = await readMonthRows(db, 'no-such-class', NOVEMBER);
    expect(monthWithTemplates(rows, new Map())).toBe(rows);
  });
});
