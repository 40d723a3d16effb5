/**
 * The teacher's month kept current: its rows (month-read.ts) and the task templates, first read
 * in one transaction, then after each change anywhere (this tab, another tab, a sync) only what
 * the change touched is read again, in one transaction, and the month is told once.
 *
 * A live query would read the month's every table again after a tick or a rewritten schedule
 * (the year's classes are most of that read), and templates watched apart from the rows render
 * the month twice when a template edit rewrites schedules: once for the template, once for its
 * new window (npm run bench -- planedit).
 */
import Dexie, { RangeSet, type ObservabilitySet } from 'dexie';
import type { TemplateId } from '@/domain/ids';
import type { LocalDate } from '@/domain/local-date';
import type { Group } from '@/domain/model';
import { keepEqual } from './keep-equal';
import type { VuosikelloDb } from './database';
import {
  MONTH_META_KEYS,
  MONTH_TABLES,
  readClassRows,
  readRowsIn,
  type MonthRows,
} from './month-read';
import { withoutStamp } from './server-copy';
import type { TemplatesById } from './templates-watch';
import type { ReadTables } from './raw-read';
import { bindTables } from './tx-tables';
import { classScheduleIds } from './unplanned-progress';

/** The month's rows and every template by id, as read together. */
export interface WatchedMonth {
  readonly rows: MonthRows;
  readonly templates: TemplatesById;
}

/** What changes since the last read ask to read again. */
export interface MonthChange {
  /** Everything: a class, school, school year, theme, the user or the remembered class changed. */
  all: boolean;
  /** The shown class's schedules and the progress of their actions. */
  classPart: boolean;
  /** The templates of these ids, or all of them. */
  templates: Set<TemplateId> | 'all';
}

const NOTHING = (): MonthChange => ({ all: false, classPart: false, templates: new Set() });

const isEmpty = (change: MonthChange) =>
  !change.all && !change.classPart && change.templates !== 'all' && change.templates.size === 0;

/** The tables whose any change may change what the month shows, beside meta's own rows. */
const FRAME_TABLES: ReadonlySet<string> = new Set(['schoolYears', 'schools', 'themes', 'groups']);

/**
 * Adds to `change` what Dexie's report of a change (`parts`, of the database `dbName`) asks the
 * month to read again, for the class `shown` (null: no class shown, its schedules and progress
 * change nothing; undefined: not known while a read of everything is under way, any of them
 * counts). Each table's primary-key part names every changed row (a range where a table was
 * cleared or a range deleted).
 */
export function noteChange(
  change: MonthChange,
  parts: ObservabilitySet,
  dbName: string,
  shown: Group | null | undefined,
): void {
  const prefix = `idb://${dbName}/`;
  const ids = shown && classScheduleIds(shown);
  const ofClass = (key: unknown) =>
    shown === undefined ||
    (ids != null &&
      typeof key === 'string' &&
      ids.some((id) => key === id || key.startsWith(`${id}~`)));
  for (const [part, ranges] of Object.entries(parts)) {
    if (!part.startsWith(prefix) || !part.endsWith('/')) continue;
    const table = part.slice(prefix.length, -1);
    if (FRAME_TABLES.has(table)) change.all = true;
    // What is read again anyway is not looked at further: a sync's thousands of changed ticks.
    if (change.all && table !== 'templates') continue;
    for (const { from, to } of RangeSet(ranges)) {
      const key = from === to ? from : undefined;
      if (table === 'meta') {
        change.all ||= key === undefined || (MONTH_META_KEYS as readonly unknown[]).includes(key);
        if (change.all) break;
      } else if (table === 'schedules' || table === 'progress') {
        change.classPart ||= (key === undefined && shown !== null) || ofClass(key);
        if (change.classPart) break;
      } else if (table === 'templates' && change.templates !== 'all') {
        if (typeof key === 'string') change.templates.add(key as TemplateId);
        else change.templates = 'all';
      }
    }
  }
}

/** The tables the whole month is read from: its rows' and the templates. */
export const WHOLE_MONTH_TABLES = [...MONTH_TABLES, 'templates'] as const;

/** The tables a read reads: all the month's, or (`whole` false) only what `change` touched. */
function tablesFor(change: MonthChange, whole: boolean): string[] {
  if (whole) return [...WHOLE_MONTH_TABLES];
  const tables = change.classPart ? ['schedules', 'progress'] : [];
  return change.templates === 'all' || change.templates.size > 0
    ? [...tables, 'templates']
    : tables;
}

/** The templates as read again for `change`, the others the same objects as in `templates`. */
async function readTemplatesIn(
  t: ReadTables,
  templates: TemplatesById | undefined,
  change: MonthChange['templates'],
): Promise<TemplatesById> {
  if (templates === undefined || change === 'all') {
    const all = await t.templates.toArray();
    return new Map(all.map((row) => [row.id, withoutStamp(row)]));
  }
  if (change.size === 0) return templates;
  const keys = [...change];
  const rows = await t.templates.bulkGet(keys);
  const next = new Map(templates);
  keys.forEach((key, i) => {
    const row = rows[i];
    if (row) next.set(key, withoutStamp(row));
    else next.delete(key);
  });
  return next;
}

/** The whole month of the class `groupId` names (readRowsIn) with every template, in `t`. */
export async function readWholeMonth(
  t: ReadTables,
  groupId: string | undefined,
  today: LocalDate,
): Promise<WatchedMonth> {
  const [rows, templates] = await Promise.all([
    readRowsIn(t, groupId, today),
    readTemplatesIn(t, undefined, 'all'),
  ]);
  return { rows, templates };
}

/**
 * A watch that starts from a month already read (the first screen's, read before Dexie's
 * connection was open: raw-read.ts): told at once, and read whole again once `catchUp` runs the
 * read it is given (a change between that read and this watch is found then; a change after the
 * watch starts is read when it comes). `catchUp` returns the function that cancels it.
 */
export interface MonthStart {
  readonly first: WatchedMonth;
  readonly catchUp: (read: () => void) => () => void;
}

/**
 * Calls `onMonth` with the month of the class `groupId` names (or, without one, of the
 * remembered class: readMonthRows) and the templates, first after reading them all (or at once
 * with `start`'s), then after each change that touches them. Returns the function that stops
 * watching. A read that fails goes to `onError`, and the next change reads all again.
 */
export function watchMonth(
  db: VuosikelloDb,
  groupId: string | undefined,
  today: LocalDate,
  onMonth: (month: WatchedMonth) => void,
  onError: (error: unknown) => void,
  start?: MonthStart,
): () => void {
  let month: WatchedMonth | undefined = start?.first;
  let told: WatchedMonth | undefined = month;
  /** The class the last read showed (null: none), undefined while everything is read. */
  let shown: Group | null | undefined =
    month && (month.rows.kind === 'ready' ? month.rows.selected : null);
  /** Everything, the templates too: a first read, or a watch from `start` catching up. */
  const everything = (): MonthChange => ({ ...NOTHING(), all: true, templates: 'all' });
  // From `start`, a change before the catch-up reads only what it touched (a first tick reads
  // its class's part, not the whole month).
  let change: MonthChange = start ? NOTHING() : everything();
  let reading = false;
  let stopped = false;

  /** Reads what `wanted` asks after `last`: the `whole` month, or only the parts it touched. */
  async function readIn(
    t: ReadTables,
    wanted: MonthChange,
    last: WatchedMonth | undefined,
    whole: boolean,
  ): Promise<WatchedMonth> {
    const rows = last?.rows;
    const [nextRows, templates] = await Promise.all([
      whole || rows?.kind !== 'ready'
        ? readRowsIn(t, groupId, today)
        : wanted.classPart
          ? readClassRows(t, rows)
          : rows,
      readTemplatesIn(t, last?.templates, wanted.templates),
    ]);
    return { rows: keepEqual(rows, nextRows), templates: keepEqual(last?.templates, templates) };
  }

  async function read(): Promise<void> {
    if (reading || stopped) return;
    reading = true;
    try {
      while (!stopped && !isEmpty(change)) {
        const wanted = change;
        change = NOTHING();
        if (wanted.all) shown = undefined;
        const before = month;
        const whole = before?.rows.kind !== 'ready' || wanted.all;
        month = await db.transaction('r', tablesFor(wanted, whole), (tx) =>
          readIn(bindTables(tx), wanted, before, whole),
        );
        shown = month.rows.kind === 'ready' ? month.rows.selected : null;
        // A read that found what the last did keeps it: nothing to tell, nothing renders.
        if (before?.rows === month.rows && before.templates === month.templates) month = before;
        // Told once nothing more has changed meanwhile (the listener adds to `change`).
        if (!stopped && isEmpty(change) && month !== told) onMonth((told = month));
      }
    } catch (error) {
      change = everything();
      month = undefined;
      shown = undefined;
      if (!stopped) onError(error);
    } finally {
      reading = false;
    }
  }

  const listener = (parts: ObservabilitySet) => {
    noteChange(change, parts, db.name, shown);
    if (!isEmpty(change)) void read();
  };
  Dexie.on('storagemutated', listener);
  let cancelCatchUp = () => {};
  if (start) {
    onMonth(start.first);
    cancelCatchUp = start.catchUp(() => {
      change = everything();
      void read();
    });
  } else {
    void read();
  }
  return () => {
    stopped = true;
    cancelCatchUp();
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}
