/**
 * The teacher's side of speed, in a real Chromium on the built app: how soon the month is on the
 * screen on the very first open (the sample is seeded and its actions derived), on a later cold
 * open (a new tab on the same profile, data already in IndexedDB), and how soon a tick shows.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, serveBuiltApp } from '../browser/support/chromium';
import { PIN_DATE, UNTICKED, WHEN_PAINTED } from './page-scripts';

export interface StartupFigures {
  readonly firstOpenMs: number;
  readonly reopenMs: number;
  readonly tickShownMs: number;
  readonly tickStoredMs: number;
  readonly runs: number;
}

/** The middle of `xs` (the upper of the two middles of an even count). */
export const median = (xs: readonly number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  await context.addInitScript(PIN_DATE);
  return context;
}

/** Milliseconds from navigation to the first task checkbox of the month on screen. */
async function openMonth(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage();
  const t0 = performance.now();
  await page.goto(url);
  await page
    .getByRole('region', { name: 'Tehtävät: marraskuu 2026' })
    .getByRole('checkbox')
    .first()
    .waitFor();
  return { page, ms: performance.now() - t0 };
}

/**
 * In the page: clicks the month's first unticked task and resolves with the milliseconds from
 * the click to the end of the frame that first paints its card ticked (`shownMs`), then to the
 * end of the frame that first paints it stored and re-read, its "done on" line (`storedMs`).
 * Timed in the page: a second DevTools call would wait for whatever the page's main thread is
 * doing, and time that.
 */
const TICK_SCRIPT = `new Promise((resolve, reject) => {
  const box = document.querySelector(${JSON.stringify(UNTICKED)});
  if (!box) return reject(new Error('no unticked task'));
  const card = () => document.getElementById(box.id)?.closest('li');
  ${WHEN_PAINTED}
  const t0 = performance.now();
  box.click();
  whenPainted(
    () => card()?.classList.contains('action-done'),
    (_, shown) =>
      whenPainted(
        () => card()?.querySelector('.status-line'),
        (_, stored) => resolve({ shownMs: shown - t0, storedMs: stored - t0 }),
      ),
  );
})`;

async function within5s<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('the tick did not show within 5 s')), 5000);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Click to ticked on screen, and click to stored (the durable write committed, re-read and its
 * "done on" line rendered), each to the end of the frame that paints it.
 */
async function timeTick(page: Page): Promise<{ shownMs: number; storedMs: number }> {
  return within5s(page.evaluate(TICK_SCRIPT) as Promise<{ shownMs: number; storedMs: number }>);
}

export async function measureStartup(runs: number): Promise<StartupFigures> {
  const [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
  const first: number[] = [];
  const again: number[] = [];
  const shown: number[] = [];
  const stored: number[] = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      const context = await newContext(browser);
      const opened = await openMonth(context, app.url);
      first.push(opened.ms);
      await opened.page.close();
      const reopened = await openMonth(context, app.url);
      again.push(reopened.ms);
      const tick = await timeTick(reopened.page);
      shown.push(tick.shownMs);
      stored.push(tick.storedMs);
      await context.close();
    }
  } finally {
    await browser.close();
    await app.close();
  }
  return {
    firstOpenMs: median(first),
    reopenMs: median(again),
    tickShownMs: median(shown),
    tickStoredMs: median(stored),
    runs,
  };
}
