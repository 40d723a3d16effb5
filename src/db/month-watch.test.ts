import { RangeSet, type ObservabilitySet } from 'dexie';
import { describe, expect, it } from 'vitest';
import { actionId, groupId, templateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { VuosikelloDb } from './database';
import { monthWithTemplates, type MonthRead, type MonthReady } from './month-read';
import {
  noteChange,
  readWholeMonth,
  watchMonth,
  WHOLE_MONTH_TABLES,
  type MonthChange,
  type WatchedMonth,
} from './month-watch';
import { saveGroup, saveTemplate } from './plan-writes';
import { markProgress } from './progress-writes';
import { listTemplates } from './queries';
import { seedSampleIfEmpty } from './seed';
import { buildGroup, buildSeed, freshDb, readMonth } from './test-fixtures';
import { bindTables } from './tx-tables';
import { classScheduleIds } from './unplanned-progress';

const NOVEMBER = '2026-11-10' as LocalDate;
const SEVEN_A = buildGroup({
  id: groupId('g-2026-7a'),
  grades: [7],
  schoolId: buildSeed().schools[1]!.id,
});
const [OWN, SCHOOL] = classScheduleIds(SEVEN_A);
const [OTHER_OWN] = classScheduleIds(buildGroup());

const keys = (...k: string[]) => new RangeSet().addKeys(k);
const everything = () => new RangeSet(-Infinity, [[]]);
const part = (table: string, ranges: RangeSet, db = 'db') => ({
  [`idb://${db}/${table}/`]: ranges,
});

describe('what a change asks the month to read again', () => {
  const nothing = { all: false, classPart: false, templates: [] };
  // [what, Dexie's report, the class shown (null: none; undefined: being read), what to read]
  it.each<[string, ObservabilitySet, typeof SEVEN_A | null | undefined, object]>([
    [
      'a tick of the class',
      part('progress', keys(`${OWN}~t-survey~`)),
      SEVEN_A,
      { ...nothing, classPart: true },
    ],
    [
      'a tick of its school',
      part('progress', keys(`${SCHOOL}~t-welfare-group~m09`)),
      SEVEN_A,
      { ...nothing, classPart: true },
    ],
    ['a tick of another class', part('progress', keys(`${OTHER_OWN}~t-rules~`)), SEVEN_A, nothing],
    [
      'its schedule rewritten',
      part('schedules', keys(OWN)),
      SEVEN_A,
      { ...nothing, classPart: true },
    ],
    ['another class’s schedule', part('schedules', keys(OTHER_OWN!)), SEVEN_A, nothing],
    ['progress cleared', part('progress', everything()), SEVEN_A, { ...nothing, classPart: true }],
    ['progress cleared, no class shown', part('progress', everything()), null, nothing],
    ['a tick, no class shown', part('progress', keys(`${OWN}~t-survey~`)), null, nothing],
    [
      'any tick while a class is being read',
      part('progress', keys(`${OTHER_OWN}~t-rules~`)),
      undefined,
      { ...nothing, classPart: true },
    ],
    [
      'a template saved',
      part('templates', keys('t-survey')),
      SEVEN_A,
      { ...nothing, templates: ['t-survey'] },
    ],
    [
      'the templates cleared',
      part('templates', everything()),
      SEVEN_A,
      { ...nothing, templates: 'all' },
    ],
    ['a class renamed', part('groups', keys('g-2026-1a')), SEVEN_A, { ...nothing, all: true }],
    [
      'a sync’s class, ticks and template in one change',
      {
        ...part('groups', keys('g-2026-1a')),
        ...part('progress', keys(`${OWN}~t-survey~`)),
        ...part('templates', keys('t-survey')),
      },
      SEVEN_A,
      { ...nothing, all: true, templates: ['t-survey'] },
    ],
    [
      'a school, a year, a theme',
      {
        ...part('schools', keys('s-a')),
        ...part('schoolYears', keys('sy')),
        ...part('themes', keys('th')),
      },
      null,
      { ...nothing, all: true },
    ],
    ['the user signed in', part('meta', keys('sessionUser')), SEVEN_A, { ...nothing, all: true }],
    [
      'the remembered class',
      part('meta', keys('selectedGroupId')),
      SEVEN_A,
      { ...nothing, all: true },
    ],
    [
      'the sync’s own bookkeeping',
      { ...part('meta', keys('pullCursor')), ...part('outbox', keys('1')) },
      SEVEN_A,
      nothing,
    ],
    ['another database', part('groups', keys('g-2026-1a'), 'other'), SEVEN_A, nothing],
    ['an index’s part only', { 'idb://db/groups/schoolYearId': keys('sy-2026') }, SEVEN_A, nothing],
  ])('%s', (_, parts, shown, expected) => {
    const change: MonthChange = { all: false, classPart: false, templates: new Set() };
    noteChange(change, parts, 'db', shown);
    const { templates, ...rest } = change;
    expect({ ...rest, templates: templates === 'all' ? 'all' : [...templates] }).toEqual(expected);
  });
});

/**
 * Reads asked of each table in readonly transactions (a Dexie middleware): what the watch reads,
 * not the writes' own reads.
 */
function countReads(db: VuosikelloDb): Map<string, number> {
  const reads = new Map<string, number>();
  db.use({
    stack: 'dbcore',
    name: 'count reads',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        const count = (req: { trans: unknown }) => {
          if ((req.trans as IDBTransaction).mode === 'readonly') {
            reads.set(name, (reads.get(name) ?? 0) + 1);
          }
        };
        return {
          ...table,
          get: (req) => (count(req), table.get(req)),
          getMany: (req) => (count(req), table.getMany(req)),
          query: (req) => (count(req), table.query(req)),
          openCursor: (req) => (count(req), table.openCursor(req)),
        };
      },
    }),
  });
  return reads;
}

/** Watches the month of `group`; `next()` resolves with the next month told. */
async function watch(group = 'g-2026-7a') {
  const db = freshDb();
  const reads = countReads(db);
  await seedSampleIfEmpty(db, buildSeed());
  const told: WatchedMonth[] = [];
  const errors: unknown[] = [];
  let wake: (() => void) | null = null;
  const stop = watchMonth(
    db,
    group,
    NOVEMBER,
    (month) => {
      told.push(month);
      wake?.();
    },
    (error) => errors.push(error),
  );
  const next = async (): Promise<MonthReady> => {
    const seen = told.length;
    while (told.length === seen) await new Promise<void>((resolve) => (wake = resolve));
    return ready(monthWithTemplates(told.at(-1)!.rows, told.at(-1)!.templates));
  };
  return { db, reads, told, errors, next, stop };
}

function ready(read: MonthRead): MonthReady {
  if (read.kind !== 'ready') throw new Error(`expected a month, got ${read.kind}`);
  return read;
}

/** Marks the action of `id` done. */
const tick = (db: VuosikelloDb, id: string) =>
  markProgress(db, { actionId: actionId(id), state: 'done', day: null, by: 'A' });

/** Lets every change's listener and read run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

describe('watchMonth', () => {
  it('tells first the month as a read finds it, templates and all', async () => {
    const w = await watch();
    expect(await w.next()).toEqual(await readMonth(w.db, 'g-2026-7a', NOVEMBER));
    w.stop();
  });

  it('tells a template’s new window once, with the template, reading only what changed', async () => {
    const w = await watch();
    const before = await w.next();
    w.reads.clear();
    const survey = (await listTemplates(w.db)).find((t) => t.id === templateId('t-survey'))!;
    await saveTemplate(w.db, {
      ...survey,
      title: { ...survey.title, fi: 'Kysely' },
      timing: { kind: 'isoWeek', week: 47 },
    });
    const after = await w.next();
    const moved = after.actions.find((a) => a.templateId === 't-survey');
    expect([moved?.start, after.templates.get(survey.id)?.title.fi]).toEqual([
      '2026-11-16',
      'Kysely',
    ]);
    expect([...w.reads.keys()].sort()).toEqual(['progress', 'schedules', 'templates']);
    await settle();
    expect(w.told).toHaveLength(2);
    // The rest is the same objects: only the moved card renders again.
    expect(after.groups).toBe(before.groups);
    expect(after.actions.filter((a) => a !== moved)).toEqual(
      before.actions.filter((a) => a.templateId !== 't-survey'),
    );
    expect(after.templates.get(templateId('t-rules'))).toBe(
      before.templates.get(templateId('t-rules')),
    );
    w.stop();
  });

  it('reads only the class’s part again after a tick of it, and nothing after another class’s', async () => {
    const w = await watch();
    await w.next();
    await tick(w.db, `${OTHER_OWN}~t-rules~`);
    await settle();
    expect(w.told).toHaveLength(1);
    w.reads.clear();
    const survey = actionId(`${OWN}~t-survey~`);
    await tick(w.db, survey);
    expect((await w.next()).progress.get(survey)?.state).toBe('done');
    expect([...w.reads.keys()].sort()).toEqual(['progress', 'schedules']);
    expect(w.told).toHaveLength(2);
    w.stop();
  });

  it('reads all again when the class changes, and stops when told', async () => {
    const w = await watch();
    const before = await w.next();
    await saveGroup(w.db, { ...before.selected, name: '7 Ä' });
    const renamed = await w.next();
    expect(renamed.selected.name).toBe('7 Ä');
    expect(renamed.groups.find((g) => g.id === before.selected.id)?.name).toBe('7 Ä');
    w.stop();
    await tick(w.db, `${OWN}~t-survey~`);
    await settle();
    expect(w.told).toHaveLength(2);
  });

  it('tells a failed read, and reads all again at the next change', async () => {
    const db = freshDb();
    await seedSampleIfEmpty(db, buildSeed());
    db.close();
    const told: WatchedMonth[] = [];
    const errors: unknown[] = [];
    const stop = watchMonth(
      db,
      'g-2026-7a',
      NOVEMBER,
      (m) => told.push(m),
      (e) => errors.push(e),
    );
    await expect.poll(() => errors.length).toBe(1);
    await db.open();
    await tick(db, `${OWN}~t-survey~`);
    await expect.poll(() => told.length).toBe(1);
    expect(ready(monthWithTemplates(told[0]!.rows, told[0]!.templates))).toEqual(
      await readMonth(db, 'g-2026-7a', NOVEMBER),
    );
    stop();
  });
});

describe('watchMonth from a month already read (the first screen’s early read)', () => {
  /** Reads the month of 7A, lets `between` change the database, then watches from that read. */
  async function watchFrom(between: (db: VuosikelloDb) => Promise<unknown> = async () => {}) {
    const db = freshDb();
    const reads = countReads(db);
    await seedSampleIfEmpty(db, buildSeed());
    const first = await db.transaction('r', [...WHOLE_MONTH_TABLES], (tx) =>
      readWholeMonth(bindTables(tx), 'g-2026-7a', NOVEMBER),
    );
    await between(db);
    reads.clear();
    const told: WatchedMonth[] = [];
    let catchUp: (() => void) | null = null;
    let cancelled = false;
    const stop = watchMonth(
      db,
      'g-2026-7a',
      NOVEMBER,
      (month) => told.push(month),
      (error) => {
        throw error;
      },
      {
        first,
        catchUp: (read) => {
          catchUp = read;
          return () => (cancelled = true);
        },
      },
    );
    const month = (i: number) => ready(monthWithTemplates(told[i]!.rows, told[i]!.templates));
    return {
      db,
      reads,
      first,
      told,
      month,
      stop,
      catchUp: () => catchUp!(),
      cancelled: () => cancelled,
    };
  }

  it('tells that month at once and reads nothing until the catch-up, which finds it unchanged', async () => {
    const w = await watchFrom();
    expect(w.told).toHaveLength(1);
    expect(w.told[0]).toBe(w.first);
    await settle();
    expect(w.reads.size).toBe(0);
    w.catchUp();
    await expect.poll(() => w.reads.has('templates')).toBe(true);
    await settle();
    expect(w.told).toHaveLength(1);
    w.stop();
  });

  it('finds at the catch-up a tick stored after that read', async () => {
    const survey = actionId(`${OWN}~t-survey~`);
    const w = await watchFrom((db) => tick(db, survey));
    expect(w.month(0).progress.has(survey)).toBe(false);
    w.catchUp();
    await expect.poll(() => w.told.length).toBe(2);
    expect(w.month(1).progress.get(survey)?.state).toBe('done');
    // What did not change keeps its objects: only the ticked card renders again.
    expect(w.month(1).groups).toBe(w.month(0).groups);
    w.stop();
  });

  it('finds at the catch-up a template edited after that read', async () => {
    const w = await watchFrom(async (db) => {
      const survey = (await listTemplates(db)).find((t) => t.id === templateId('t-survey'))!;
      await saveTemplate(db, { ...survey, title: { ...survey.title, fi: 'Kysely' } });
    });
    w.catchUp();
    await expect.poll(() => w.told.length).toBe(2);
    expect(w.month(1).templates.get(templateId('t-survey'))?.title.fi).toBe('Kysely');
    w.stop();
  });

  it('reads a change that comes after the watch started at once, only what it touched', async () => {
    const w = await watchFrom();
    const survey = actionId(`${OWN}~t-survey~`);
    await tick(w.db, survey);
    await expect.poll(() => w.told.length).toBe(2);
    expect(w.month(1).progress.get(survey)?.state).toBe('done');
    // A first tick reads its class's part, not the whole month: that waits for the catch-up.
    expect([...w.reads.keys()].sort()).toEqual(['progress', 'schedules']);
    w.catchUp();
    await expect.poll(() => w.reads.has('templates')).toBe(true);
    w.stop();
  });

  it('cancels the catch-up when stopped', async () => {
    const w = await watchFrom();
    expect(w.cancelled()).toBe(false);
    w.stop();
    expect(w.cancelled()).toBe(true);
  });
});
