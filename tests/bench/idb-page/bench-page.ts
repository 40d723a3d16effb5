/**
 * Runs in Chromium: writes through src/db and, side by side in the same run, the same data with
 * raw IndexedDB (readwrite transactions with strict durability, one put per record), for three
 * figures: a municipality's schedule records written, its first download (pull) applied, and a
 * year's actions read for the wide views (records read vs derived from the plan).
 */
import Dexie from 'dexie';
import { connectToServer } from '@/db/connect';
import { openVuosikelloDb } from '@/db/open-database';
import { writeSchedulesBatch } from '@/db/materialize';
import { applyPullPage } from '@/db/pull-apply';
import { actionsOfSchoolYear } from '@/db/year-actions';
import { seedSampleIfEmpty } from '@/db/seed';
import type { Change } from '@/domain/sync/protocol';
import { builtInThemes } from '@/domain/library/themes';
import { jamsa2026 } from '@/domain/calendars/jamsa';
import { builtInTemplates } from '@/domain/library/templates/index';
import { organizationId } from '@/domain/ids';
import { materializeActions } from '@/domain/schedule/materialize-actions';
import { actionsOf, type Schedule } from '@/domain/schedule/schedule-record';
import { schedulesOf } from '@/domain/schedule/schedules';
import { buildMunicipality } from '../municipality';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

function openRaw(name: string, create: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => create(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/** A store like the app's `schedules` table: keyed by id, indexed by school year. */
function createSchedulesStore(db: IDBDatabase) {
  db.createObjectStore('schedules', { keyPath: 'id' }).createIndex('schoolYearId', 'schoolYearId');
}

function rawPutAll(db: IDBDatabase, store: string, records: readonly object[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite', { durability: 'strict' });
    const os = tx.objectStore(store);
    for (const record of records) os.put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

function municipalitySchedules(): Schedule[] {
  const plan = buildMunicipality(12, 120, jamsa2026, builtInTemplates);
  return schedulesOf(materializeActions(plan).actions);
}

/** A municipality's schedule records written through src/db and raw, alternating which is first. */
async function run(rounds: number) {
  const schedules = municipalitySchedules();
  const rawTimes: number[] = [];
  const dbTimes: number[] = [];
  for (let round = 0; round < rounds; round += 1) {
    const raw = await openRaw(`raw-${round}`, createSchedulesStore);
    const db = openVuosikelloDb(`app-${round}`);
    await db.open();
    const measureRaw = async () => {
      const t0 = performance.now();
      await rawPutAll(raw, 'schedules', schedules);
      rawTimes.push(performance.now() - t0);
    };
    const measureDb = async () => {
      const t0 = performance.now();
      await writeSchedulesBatch(db, schedules);
      dbTimes.push(performance.now() - t0);
    };
    if (round % 2 === 0) {
      await measureRaw();
      await measureDb();
    } else {
      await measureDb();
      await measureRaw();
    }
    raw.close();
    db.close();
    await Dexie.delete(`app-${round}`);
    indexedDB.deleteDatabase(`raw-${round}`);
  }
  return {
    records: schedules.length,
    actions: schedules.reduce((n, s) => n + s.actions.length, 0),
    rawMs: median(rawTimes),
    dbMs: median(dbTimes),
  };
}

/**
 * A municipality's first download as the server sends it: the plan (organization, schools, the
 * school year, classes, themes, templates) and progress on half of the actions, in pages of 500.
 */
function municipalityPull(): { changes: Change[]; schedules: Schedule[] } {
  const plan = buildMunicipality(12, 120, jamsa2026, builtInTemplates);
  const { actions } = materializeActions(plan);
  const rows: { entity: Change['entity']; id: string; data: object }[] = [
    { entity: 'organization', id: 'org-bench', data: { id: 'org-bench', name: 'Benchkunta' } },
    ...plan.schools.map((s) => ({ entity: 'school' as const, id: s.id, data: s })),
    { entity: 'schoolYear', id: jamsa2026.id, data: { ...jamsa2026, organizationId: 'org-bench' } },
    ...plan.groups.map((g) => ({ entity: 'group' as const, id: g.id, data: g })),
    ...builtInThemes.map((t) => ({ entity: 'theme' as const, id: t.id, data: t })),
    ...builtInTemplates.map((t) => ({ entity: 'template' as const, id: t.id, data: t })),
    ...actions
      .filter((_, i) => i % 2 === 0)
      .map((a) => ({
        entity: 'progress' as const,
        id: a.id,
        data: { actionId: a.id, state: 'done', day: a.start, by: 'Opettaja', note: '' },
      })),
  ];
  const changes = rows.map((row, i) => ({
    ...row,
    data: row.data as Record<string, unknown>,
    seq: i + 1,
    deleted: false,
    fieldSeq: Object.fromEntries(Object.keys(row.data).map((k) => [k, i + 1])),
    updatedBy: 'bench',
  }));
  return { changes, schedules: schedulesOf(actions) };
}

/** One raw transaction that puts each received row once, with its metadata, into one store. */
function rawWriteChanges(db: IDBDatabase, rows: readonly Change[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('rows', 'readwrite', { durability: 'strict' });
    const store = tx.objectStore('rows');
    for (const row of rows) store.put(row, `${row.entity}:${row.id}`);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** Lets the browser run what is pending (idle-time work, a deleted database's cleanup). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

/**
 * The first pull through src/db against, in the same run: the received rows written once raw
 * (one store, the same pages), and the floor of what a pull must store: those rows once plus
 * the municipality's schedule records.
 *
 * The machine is shared and busy: a burst of someone else's work during one side's turn skews a
 * comparison of whole pulls (same-round ratios of whole pulls ranged 1.13-2.32 from one run to
 * the next). So the three take turns page by page (their order alternating from page to page and
 * round to round), each step timed alone after a pause that lets pending work run, and a first
 * round warms up the code of all three without being counted. The figure is each side's pull as
 * the sum of its steps' median times over the rounds (a step that met a burst is an outlier the
 * median leaves out, on each side alike); the same-round ratios of whole pulls are reported too.
 */
async function runPull(rounds: number) {
  const { changes, schedules } = municipalityPull();
  const pages: Change[][] = [];
  for (let i = 0; i < changes.length; i += 500) pages.push(changes.slice(i, i + 500));
  const headSeq = changes.length;
  const times: { db: number; raw: number; floor: number }[] = [];
  /** steps[side][page]: the step's time in each counted round. */
  const steps = { db: [] as number[][], raw: [] as number[][], floor: [] as number[][] };
  let stored = { schedules: 0, serverRows: 0 };
  for (let round = -1; round < rounds; round += 1) {
    const raw = await openRaw(`raw-pull-${round}`, (db) => db.createObjectStore('rows'));
    const floor = await openRaw(`raw-floor-${round}`, (db) => {
      db.createObjectStore('rows');
      createSchedulesStore(db);
    });
    const db = openVuosikelloDb(`pull-${round}`);
    // A new device signing in: connected, its first download from zero to come.
    await connectToServer(db, {
      serverUrl: 'https://vuosikello.invalid',
      user: {
        username: 'koordinaattori',
        displayName: 'Koordinaattori',
        role: 'coordinator',
        organizationId: 'org-bench',
        schools: [],
        groups: [],
      },
    });
    const sum = { db: 0, raw: 0, floor: 0 };
    for (const [i, page] of pages.entries()) {
      const last = i === pages.length - 1;
      const run = {
        db: () =>
          applyPullPage(db, {
            dbEpoch: 'bench',
            changes: page,
            cursor: page[page.length - 1]?.seq ?? 0,
            hasMore: !last,
            headSeq,
            lastMutationId: 0,
          }),
        raw: () => rawWriteChanges(raw, page),
        floor: async () => {
          await rawWriteChanges(floor, page);
          if (last) await rawPutAll(floor, 'schedules', schedules);
        },
      };
      const order: (keyof typeof run)[] = ['db', 'raw', 'floor'];
      if ((round + i) % 2 !== 0) order.reverse();
      for (const side of order) {
        await settle();
        const t0 = performance.now();
        await run[side]();
        const ms = performance.now() - t0;
        sum[side] += ms;
        if (round >= 0) (steps[side][i] ??= []).push(ms);
      }
    }
    if (round >= 0) times.push(sum);
    stored = { schedules: await db.schedules.count(), serverRows: await db.serverRows.count() };
    for (const [name, handle] of [
      [`raw-pull-${round}`, raw],
      [`raw-floor-${round}`, floor],
    ] as const) {
      handle.close();
      indexedDB.deleteDatabase(name);
    }
    db.close();
    await Dexie.delete(`pull-${round}`);
  }
  const typical = (side: keyof typeof steps) =>
    steps[side].reduce((ms, stepTimes) => ms + median(stepTimes), 0);
  const [dbMs, rawMs, floorMs] = [typical('db'), typical('raw'), typical('floor')];
  const ratios = times.map((t) => t.db / t.raw);
  // Each page's step medians, src/db against raw rows: where the difference is.
  const perPage = pages.map((_, i) =>
    (['db', 'raw', 'floor'] as const).map((side) => median(steps[side][i] ?? [])),
  );
  return {
    perPage,
    rows: changes.length,
    pages: pages.length,
    ...stored,
    rawMs,
    floorMs,
    dbMs,
    ratio: dbMs / rawMs,
    floorRatio: dbMs / floorMs,
    roundRatio: median(ratios),
    ratios,
  };
}

/**
 * A year's actions for the wide views (grid, wheel, reports), two ways on the same stored
 * municipality: reading the schedule records, and reading the plan and deriving the actions
 * (what actionsOfSchoolYear does).
 */
async function runYearRead(rounds: number) {
  const plan = buildMunicipality(12, 120, jamsa2026, builtInTemplates);
  const db = openVuosikelloDb('year-read');
  await seedSampleIfEmpty(db, {
    organization: { id: organizationId('org-bench'), name: 'Benchkunta' },
    schools: plan.schools,
    schoolYears: [jamsa2026],
    groups: plan.groups,
    themes: builtInThemes,
    templates: builtInTemplates,
  });
  const readTimes: number[] = [];
  const deriveTimes: number[] = [];
  let count = 0;
  for (let round = 0; round < rounds; round += 1) {
    const t0 = performance.now();
    const records = await db.schedules.where('schoolYearId').equals(jamsa2026.id).toArray();
    count = records.flatMap(actionsOf).length;
    readTimes.push(performance.now() - t0);
    const t1 = performance.now();
    const derived = (await actionsOfSchoolYear(db, jamsa2026.id)).length;
    deriveTimes.push(performance.now() - t1);
    if (derived !== count) throw new Error(`read ${count} actions, derived ${derived}`);
  }
  db.close();
  await Dexie.delete('year-read');
  return { actions: count, readMs: median(readTimes), deriveMs: median(deriveTimes) };
}

Object.assign(window, { runIdbBench: run, runPullBench: runPull, runYearReadBench: runYearRead });
document.title = 'ready';
