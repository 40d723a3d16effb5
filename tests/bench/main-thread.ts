/**
 * What a page's main thread did before the first click, from a Chromium trace: how long it was
 * busy, by what each of its tasks mostly did. The first-tick bench prints it for the app and the
 * bare stack, so the figure comes with where the time went (issue: "profile what runs before a
 * first tick can take effect").
 */

/** A Chromium trace event: the fields read here. */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly args?: { readonly data?: { readonly type?: string } };
}

/**
 * What a task mostly did: evaluate (parse, compile and run the page's code), database (deliver
 * IndexedDB results, with the script they run), script (other script: timers, events, frames),
 * rendering (style, layout, paint, image decoding), other (the browser's own: navigation,
 * loading, messages).
 */
export type BusyKind = 'evaluate' | 'database' | 'script' | 'rendering' | 'other';

export interface MainThreadBusy {
  /** From the page's navigation to the first click, ms. */
  readonly untilClickMs: number;
  /** Time in tasks over that span, ms. */
  readonly busyMs: number;
  readonly byKind: Readonly<Record<BusyKind, number>>;
}

const ZERO: Readonly<Record<BusyKind, number>> = {
  evaluate: 0,
  database: 0,
  script: 0,
  rendering: 0,
  other: 0,
};

const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

/** The kind of the trace events a task's time is put down to; others count as 'other'. */
function kindOf(name: string): BusyKind | null {
  if (name.startsWith('IDB')) return 'database';
  switch (name) {
    case 'ParseHTML':
    case 'EvaluateScript':
    case 'v8.compile':
    case 'v8.compileModule':
    case 'v8.evaluateModule':
      return 'evaluate';
    case 'UpdateLayoutTree':
    case 'Layout':
    case 'PrePaint':
    case 'Paint':
    case 'Layerize':
    case 'Commit':
    case 'Decode Image':
      return 'rendering';
    case 'FunctionCall':
    case 'TimerFire':
    case 'EventDispatch':
    case 'FireAnimationFrame':
    case 'RunMicrotasks':
      return 'script';
    default:
      return null;
  }
}

const end = (e: TraceEvent) => e.ts + (e.dur ?? 0);

/** The events not inside another of `events` (sorted by start). */
function outermost(events: readonly TraceEvent[]): TraceEvent[] {
  const found: TraceEvent[] = [];
  for (const e of events) {
    const last = found.at(-1);
    if (last === undefined || e.ts >= end(last)) found.push(e);
  }
  return found;
}

/**
 * The main thread of the page in `events`: the thread that ran its script. The span starts at
 * its last navigation (the page's own, after the blank page a new browser opens with) and ends at
 * the first click dispatched there.
 */
export function mainThreadBusy(events: readonly TraceEvent[]): MainThreadBusy {
  const scriptRuns = new Map<string, number>();
  for (const e of events) {
    if (e.name === 'FunctionCall' || e.name === 'v8.evaluateModule') {
      const thread = `${e.pid}/${e.tid}`;
      scriptRuns.set(thread, (scriptRuns.get(thread) ?? 0) + 1);
    }
  }
  const main = [...scriptRuns].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (main === undefined) throw new Error('no script ran in the trace');
  const onMain = events
    .filter((e) => `${e.pid}/${e.tid}` === main)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const starts = onMain.filter((e) => e.name === 'navigationStart').map((e) => e.ts);
  if (starts.length === 0) throw new Error('no navigation on the page’s main thread');
  const from = Math.max(...starts);
  const click = onMain.find(
    (e) => e.ts >= from && e.name === 'EventDispatch' && e.args?.data?.type === 'click',
  );
  if (click === undefined) throw new Error('no click after the page’s navigation');
  const within = onMain.filter((e) => e.ph === 'X' && e.ts >= from && end(e) <= click.ts);
  const byKind: Record<BusyKind, number> = { ...ZERO };
  const tasks = outermost(within.filter((e) => TASK_NAMES.has(e.name)));
  const work = within.filter((e) => !TASK_NAMES.has(e.name) && kindOf(e.name) !== null);
  let next = 0; // tasks and work are both in order of start: one pass over the work
  for (const task of tasks) {
    while (next < work.length && work[next]!.ts < task.ts) next += 1;
    const inside: TraceEvent[] = [];
    for (; next < work.length && work[next]!.ts < end(task); next += 1) {
      if (end(work[next]!) <= end(task)) inside.push(work[next]!);
    }
    // The task's time goes to the kind of work that took most of it, if that is a fair part of it
    // (a blank page's unload is mostly the browser's own work: other).
    const share: Record<BusyKind, number> = { ...ZERO };
    for (const e of outermost(inside)) share[kindOf(e.name) ?? 'other'] += e.dur ?? 0;
    const [kind, ms] = (Object.entries(share) as [BusyKind, number][]).sort(
      (a, b) => b[1] - a[1],
    )[0]!;
    byKind[ms >= (task.dur ?? 0) / 4 ? kind : 'other'] += (task.dur ?? 0) / 1000;
  }
  return {
    untilClickMs: (click.ts - from) / 1000,
    busyMs: Object.values(byKind).reduce((sum, ms) => sum + ms, 0),
    byKind,
  };
}

/** "1480 ms busy of 1550 (evaluate 400, database 190, …)". */
export function describeBusy(busy: MainThreadBusy): string {
  const parts = (Object.entries(busy.byKind) as [BusyKind, number][])
    .map(([kind, ms]) => `${kind} ${Math.round(ms)}`)
    .join(', ');
  return `${Math.round(busy.busyMs)} ms busy of ${Math.round(busy.untilClickMs)} (${parts})`;
}
