/**
 * First tick for a returning teacher: the browser was closed and is launched again on a profile
 * that has opened the page before (data seeded, service worker installed where there is one, the
 * scripts in the browser's caches), the CPU is slowed 4x, and we time from navigation until a
 * click on a task's checkbox is shown ticked. The same for the bare given stack (bare-stack/) is
 * the floor, measured in the same run, the two opens alternating. A few opens of each without the
 * slowdown follow: it slows the page's main thread, and by docs/performance.md not the browser's
 * other threads, so work moved off the main thread looks free at 4x.
 *
 * Every measured open starts from a copy of the prepared profile, so each finds the same state
 * (the month's tasks unticked: the app's month has only six) and no open warms the next.
 *
 * Both pages get exactly the same harness: the same two init scripts, the same launch, the same
 * throttling, no polling from Node while they start. The probe runs in the page and times from
 * `performance.timeOrigin` (navigation start): it looks once a frame (requestAnimationFrame) for
 * the month's first unticked checkbox; once a frame has painted it, it clicks it, and it stops at
 * the end of the first frame that paints the card as done (class `action-done`; the bare page
 * uses the app's class names for that). The end of a frame is told by a task of the scheduler's
 * user-blocking priority (page-scripts.ts): the ordinary tasks waiting after a frame do not delay
 * what it painted. Until the session of 2026-12-03 it was told by an ordinary task, which ran
 * after them; that time is kept beside the figure (`shownQueuedMs`).
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serveBuiltApp } from '../browser/support/chromium';
import { BARE_STACK_ROOT, buildBareStack } from './bare-stack/build';
import { mainThreadBusy, type MainThreadBusy, type TraceEvent } from './main-thread';
import { PIN_DATE, UNTICKED, WHEN_PAINTED } from './page-scripts';
import { median } from './startup';

/** Resolves `window.__firstTick` with the probe's times (ms from navigation start). */
const PROBE = `(() => {
  let resolve;
  window.__firstTick = new Promise((r) => (resolve = r));
  const controlled = Boolean(navigator.serviceWorker && navigator.serviceWorker.controller);
  ${WHEN_PAINTED}
  whenPainted(
    () => document.querySelector(${JSON.stringify(UNTICKED)}),
    (box, seenMs) => {
      const id = box.id;
      box.click();
      const clickedMs = performance.now();
      whenPainted(
        () => document.getElementById(id)?.closest('li')?.classList.contains('action-done'),
        (_, shownMs, queued) =>
          queued.then((shownQueuedMs) =>
            resolve({ seenMs, clickedMs, shownMs, shownQueuedMs, controlled }),
          ),
      );
    },
  );
})()`;

interface Probe {
  /** The end of the frame that first painted an unticked checkbox of the month. */
  readonly seenMs: number;
  readonly clickedMs: number;
  /** The end of the frame that first painted it ticked: the figure. */
  readonly shownMs: number;
  /** When the next task of ordinary priority after that frame ran (WHEN_PAINTED's `queued`). */
  readonly shownQueuedMs: number;
  /** The page was served by a service worker. */
  readonly controlled: boolean;
}

interface Subject {
  readonly name: 'ours' | 'bare';
  readonly url: string;
  readonly profile: string;
  readonly serviceWorker: boolean;
}

async function launchProfile(userDataDir: string, probe: boolean): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS],
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  });
  // The bare page gets the same pinned day: it dates its tasks in that month.
  await context.addInitScript(PIN_DATE);
  if (probe) await context.addInitScript(PROBE);
  return context;
}

const firstPage = async (context: BrowserContext): Promise<Page> =>
  context.pages()[0] ?? (await context.newPage());

/**
 * Makes the profile a returning teacher's: the first visit seeds the data (and installs the
 * service worker), the next ones are served by it and let Chromium cache the compiled scripts
 * (V8 keeps code for a script it has seen run twice). Nothing is ticked.
 */
async function prepare(subject: Subject, visits = 3): Promise<void> {
  for (let visit = 0; visit < visits; visit += 1) {
    const context = await launchProfile(subject.profile, false);
    try {
      const page = await firstPage(context);
      await page.goto(subject.url);
      await page.waitForSelector(UNTICKED, { timeout: 30_000 });
      if (subject.serviceWorker) {
        await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      }
    } finally {
      await context.close();
    }
  }
}

async function within<T>(ms: number, work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no tick shown within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** The trace categories of the main thread's tasks and what runs in them (main-thread.ts). */
const TRACE_CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing', // navigationStart
  'IndexedDB',
].join(',');

/**
 * One measured open: a fresh browser on a copy of the returning profile, CPU slowed `rate` times.
 * Traced, with the main thread's events until the tick shows (tracing slows the page: a traced
 * open is never one of the timed ones).
 */
async function timeFirstTick(
  subject: Subject,
  run: number,
  traced = false,
  rate = 4,
): Promise<{ probe: Probe; trace: TraceEvent[] }> {
  const profile = `${subject.profile}-run-${run}`;
  await cp(subject.profile, profile, { recursive: true });
  const context = await launchProfile(profile, true);
  try {
    const page = await firstPage(context);
    const cdp = await context.newCDPSession(page);
    if (rate !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const trace: TraceEvent[] = [];
    if (traced) {
      cdp.on('Tracing.dataCollected', ({ value }) =>
        trace.push(...(value as unknown as TraceEvent[])),
      );
      await cdp.send('Tracing.start', {
        categories: TRACE_CATEGORIES,
        transferMode: 'ReportEvents',
      });
    }
    await page.goto(subject.url, { waitUntil: 'commit' });
    const probe = await within(
      30_000,
      page.evaluate('window.__firstTick') as Promise<Probe>,
      subject.name,
    );
    if (probe.controlled !== subject.serviceWorker) {
      throw new Error(`${subject.name}: served by a service worker: ${probe.controlled}`);
    }
    if (traced) {
      const complete = new Promise<void>((resolve) =>
        cdp.once('Tracing.tracingComplete', () => resolve()),
      );
      await cdp.send('Tracing.end');
      await complete;
    }
    return { probe, trace };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

async function serveBareStack(
  outDir: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  await buildBareStack(outDir);
  const server = await preview({
    root: BARE_STACK_ROOT,
    configFile: false,
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false, open: false },
    logLevel: 'error',
  });
  const address = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

export interface FirstTickFigures {
  /** Median ms from navigation to the tick shown, the app (built dist/) and the bare stack. */
  readonly oursMs: number;
  readonly bareMs: number;
  /** The same to the next ordinary task after the frame that showed it (the former measure). */
  readonly oursQueuedMs: number;
  readonly bareQueuedMs: number;
  /** Median ms from navigation to the first checkbox painted. */
  readonly oursSeenMs: number;
  readonly bareSeenMs: number;
  /** Each run's ms to the tick shown, in run order (run i of one next to run i of the other). */
  readonly ours: readonly number[];
  readonly bare: readonly number[];
  readonly runs: number;
  /** The main thread until the click, in one traced open of each after the timed ones. */
  readonly oursBusy: MainThreadBusy;
  readonly bareBusy: MainThreadBusy;
  /** Median ms to the tick shown without the slowdown, of UNTHROTTLED_RUNS opens each. */
  readonly oursUnthrottledMs: number;
  readonly bareUnthrottledMs: number;
}

/** Opens of each, alternating, without the slowdown. */
export const UNTHROTTLED_RUNS = 5;

/**
 * `count` timed opens of each subject at CPU slowdown `rate`, alternating which goes first; the
 * runs are numbered from `firstRun` (each a profile copy of its own).
 */
async function openAlternately(
  subjects: readonly Subject[],
  count: number,
  firstRun: number,
  rate: number,
): Promise<Record<Subject['name'], Probe[]>> {
  const probes: Record<Subject['name'], Probe[]> = { ours: [], bare: [] };
  for (let run = 0; run < count; run += 1) {
    const order = run % 2 === 0 ? subjects : [...subjects].reverse();
    for (const subject of order) {
      probes[subject.name].push((await timeFirstTick(subject, firstRun + run, false, rate)).probe);
    }
  }
  return probes;
}

/** `runs` measured opens of each, alternating which goes first; the app must be built. */
export async function measureFirstTick(
  runs: number,
  bareOutDir: string,
): Promise<FirstTickFigures> {
  const profiles = await mkdtemp(join(tmpdir(), 'vuosikello-first-tick-'));
  const [app, bare] = await Promise.all([serveBuiltApp(), serveBareStack(bareOutDir)]);
  try {
    const subjects: Subject[] = [
      { name: 'ours', url: app.url, profile: join(profiles, 'ours'), serviceWorker: true },
      { name: 'bare', url: bare.url, profile: join(profiles, 'bare'), serviceWorker: false },
    ];
    for (const subject of subjects) await prepare(subject);
    const probes = await openAlternately(subjects, runs, 0, 4);
    const busy = async (subject: Subject) =>
      mainThreadBusy((await timeFirstTick(subject, runs, true)).trace);
    const [oursBusy, bareBusy] = [await busy(subjects[0]!), await busy(subjects[1]!)];
    const unthrottled = await openAlternately(subjects, UNTHROTTLED_RUNS, runs + 1, 1);
    const shown = (name: Subject['name']) => probes[name].map((p) => p.shownMs);
    const seen = (name: Subject['name']) => probes[name].map((p) => p.seenMs);
    return {
      oursMs: median(shown('ours')),
      bareMs: median(shown('bare')),
      oursQueuedMs: median(probes.ours.map((p) => p.shownQueuedMs)),
      bareQueuedMs: median(probes.bare.map((p) => p.shownQueuedMs)),
      oursSeenMs: median(seen('ours')),
      bareSeenMs: median(seen('bare')),
      ours: shown('ours'),
      bare: shown('bare'),
      runs,
      oursBusy,
      bareBusy,
      oursUnthrottledMs: median(unthrottled.ours.map((p) => p.shownMs)),
      bareUnthrottledMs: median(unthrottled.bare.map((p) => p.shownMs)),
    };
  } finally {
    await Promise.all([app.close(), bare.close()]);
    await rm(profiles, { recursive: true, force: true });
  }
}
