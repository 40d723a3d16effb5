import { describe, expect, it } from 'vitest';
import { describeBusy, mainThreadBusy, type TraceEvent } from '../bench/main-thread';

const MAIN = { pid: 7, tid: 7 };
const OTHER = { pid: 7, tid: 9 };
const ms = (n: number) => n * 1000; // trace times are microseconds

/** A complete event on the main thread: `at` and `dur` in ms from the trace's start. */
const x = (name: string, at: number, dur: number, thread = MAIN): TraceEvent => ({
  name,
  ph: 'X',
  ...thread,
  ts: ms(at),
  dur: ms(dur),
});
const task = (at: number, dur: number, ...inside: TraceEvent[]) => [
  x('RunTask', at, dur),
  ...inside,
];
const mark = (name: string, at: number, data?: { type: string }): TraceEvent => ({
  name,
  ph: 'R',
  ...MAIN,
  ts: ms(at),
  ...(data && { args: { data } }),
});

/** The blank page at 0, the page's own navigation at 1000, its click at 2000. */
const TRACE: TraceEvent[] = [
  mark('navigationStart', 0),
  ...task(500, 80, x('FunctionCall', 500, 70)), // the blank page's: before the page's navigation
  mark('navigationStart', 1000),
  ...task(1000, 60, x('RenderFrameImpl::CommitNavigation', 1000, 59)),
  ...task(
    1100,
    100,
    x('ThreadControllerImpl::RunTask', 1100, 100), // the same task, traced twice: counted once
    x('v8.evaluateModule', 1105, 90),
    x('FunctionCall', 1110, 50), // inside the evaluation
  ),
  ...task(1300, 40, x('IDBRequest::dispatchEvent', 1300, 30), x('FunctionCall', 1301, 28)),
  ...task(1400, 50, x('Layout', 1405, 30), x('FunctionCall', 1440, 5)),
  ...task(1500, 20, x('FireAnimationFrame', 1500, 18)),
  ...task(1600, 40, x('Paint', 1600, 5)), // mostly the browser's own work: other
  mark('EventDispatch', 2000, { type: 'click' }),
  ...task(2000, 90, x('FunctionCall', 2000, 80)), // the click's: after it
  // Another thread (a service worker) runs less script.
  x('FunctionCall', 1000, 500, OTHER),
];

describe('the main thread before the first click', () => {
  it('is the busy time of the page’s tasks, each put down to the work that took most of it', () => {
    const busy = mainThreadBusy(TRACE);
    expect(busy.untilClickMs).toBe(1000);
    expect(busy.byKind).toEqual({
      evaluate: 100,
      database: 40,
      script: 20,
      rendering: 50,
      other: 100,
    });
    expect(busy.busyMs).toBe(310);
    expect(describeBusy(busy)).toBe(
      '310 ms busy of 1000 (evaluate 100, database 40, script 20, rendering 50, other 100)',
    );
  });

  it.each<[string, TraceEvent[]]>([
    ['no click', TRACE.filter((e) => e.args?.data?.type !== 'click')],
    ['no navigation', TRACE.filter((e) => e.name !== 'navigationStart')],
    ['no script', TRACE.filter((e) => e.name !== 'FunctionCall' && e.name !== 'v8.evaluateModule')],
  ])('is refused for a trace with %s', (_name, trace) => {
    expect(() => mainThreadBusy(trace)).toThrow();
  });
});
