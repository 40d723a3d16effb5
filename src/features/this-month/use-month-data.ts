/**
 * The teacher's month, live: its rows and the templates, watched together (src/db/month-watch.ts),
 * so that a change reads only what it touched and the month renders once for it. The app starts
 * the watch for the first screen before its first render (startMonthRead, from the route table),
 * and the month view takes it over: the first render shows the month, and nothing is read twice.
 */
import { useObservable } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { VuosikelloDb } from '@/db/database';
import { monthWithTemplates, type MonthRead, type MonthRows } from '@/db/month-read';
import {
  readWholeMonth,
  watchMonth,
  WHOLE_MONTH_TABLES,
  type MonthStart,
  type WatchedMonth,
} from '@/db/month-watch';
import { rawRead } from '@/db/raw-read';
import type { LocalDate } from '@/domain/local-date';
import type { SchoolYear } from '@/domain/model';
import {
  clampToSchoolYear,
  parseYearMonth,
  sameMonthIn,
  yearMonthOf,
  type YearMonth,
} from '@/domain/year-month';
import { useDb } from '@/ui/db-context';
import { whenFirstScreenSettled } from '@/ui/idle';
import { sharedSource, type SharedLiveQuery } from '@/ui/shared-live-query';
import { monthHref } from '@/ui/month-url';

interface MonthReadKey {
  readonly db: VuosikelloDb;
  readonly groupId: string | undefined;
  readonly today: LocalDate;
}

/** The read the app started for its first screen, until the view asks for another. */
let started: { readonly key: MonthReadKey; readonly read: SharedLiveQuery<WatchedMonth> } | null =
  null;

function sameKey(a: MonthReadKey, b: MonthReadKey): boolean {
  return a.db === b.db && a.groupId === b.groupId && a.today === b.today;
}

/**
 * The month's watch, shared; starting from `first` where the month was read already (the first
 * screen's early read): its first opening tells it at once and reads it all again once the
 * first screen has settled (whenFirstScreenSettled).
 */
function liveMonth(
  { db, groupId, today }: MonthReadKey,
  first?: WatchedMonth,
): SharedLiveQuery<WatchedMonth> {
  let start: MonthStart | undefined = first && { first, catchUp: whenFirstScreenSettled };
  return sharedSource((observer) => {
    const from = start;
    start = undefined;
    return watchMonth(db, groupId, today, observer.next, observer.error, from);
  });
}

/**
 * The month shown: the one the address names (`month`, 'YYYY-MM'), within the class's school
 * year; without one, today's month, or the same month in the class's school year.
 */
export function monthShown(
  schoolYear: SchoolYear,
  month: string | undefined,
  today: LocalDate,
): YearMonth {
  const requested = month ? parseYearMonth(month) : null;
  return requested
    ? clampToSchoolYear(requested, schoolYear)
    : sameMonthIn(yearMonthOf(today), schoolYear);
}

/** Starts of the month's read so far: a start that a later one overtook is let go. */
let starts = 0;

/**
 * Starts the month's live read for the address's class (`groupId`, or none) and month, before
 * the view mounts; its first result read through `early` where given (the connection
 * early-open.ts opened: raw-read.ts), else through Dexie. Resolves when its first result is in,
 * with the address of what it shows (a bare or out-of-year address completed, so that the view
 * opens at it), or null when there is no month to show (or the read failed: the view shows that).
 */
export async function startMonthRead(
  key: MonthReadKey & { readonly month: string | undefined },
  early: IDBDatabase | null = null,
): Promise<string | null> {
  const mine = (starts += 1);
  started?.read.release();
  started = null;
  // Where the early read fails (its connection closed for another tab's upgrade, say), Dexie's
  // reads the month.
  const earlyMonth =
    early &&
    (await rawRead(early, WHOLE_MONTH_TABLES, (t) =>
      readWholeMonth(t, key.groupId, key.today),
    ).catch(() => null));
  if (mine !== starts) return null;
  const read = liveMonth(key, earlyMonth ?? undefined);
  started = { key, read };
  await read.settled;
  const first = read.getValue()?.rows;
  return first?.kind === 'ready'
    ? monthHref(first.selected.id, monthShown(first.schoolYear, key.month, key.today))
    : null;
}

/**
 * Whether `read` shows the class the address names (`groupId`): it was read for that address,
 * or for a bare one (`/`) and opened that class.
 */
export function showsClass(
  read: MonthRead | MonthRows | undefined,
  groupId: string | undefined,
): boolean {
  return (
    read !== undefined &&
    (read.groupId === groupId || (read.kind === 'ready' && read.selected.id === groupId))
  );
}

/** Whether the started read serves `key`: the same, or a bare address's that opened its class. */
function serves(key: MonthReadKey): boolean {
  if (started === null) return false;
  if (sameKey(started.key, key)) return true;
  return (
    started.key.groupId === undefined &&
    sameKey({ ...started.key, groupId: key.groupId }, key) &&
    showsClass(started.read.getValue()?.rows, key.groupId)
  );
}

/** The started read when it is the one asked for; else a new one (and the started one is let go). */
function monthOf(key: MonthReadKey): SharedLiveQuery<WatchedMonth> {
  if (started !== null && serves(key)) return started.read;
  started?.read.release();
  started = null;
  return liveMonth(key);
}

/**
 * The month the address names (see month-read.ts): its rows, with the templates watched apart;
 * undefined while first loading. While a new address loads, the previous result is returned (the
 * caller tells by its groupId); a bare address completed with the class it opened goes on with
 * the same read.
 */
export function useMonthData(groupId: string | undefined, today: LocalDate): MonthRead | undefined {
  const db = useDb();
  const [asked, setAsked] = useState(groupId);
  const month = useObservable(() => monthOf({ db, groupId: asked, today }), [db, asked, today]);
  // A bare address completed with the class it opened goes on with the bare address's read.
  if (asked !== groupId && !(asked === undefined && showsClass(month?.rows, groupId))) {
    setAsked(groupId);
  }
  return useMemo(() => month && monthWithTemplates(month.rows, month.templates), [month]);
}
