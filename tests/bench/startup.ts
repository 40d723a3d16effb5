/**
 * The teacher's side of speed, in a real Chromium on the built app: how soon the month is on the
 * screen on the very first open (the sample is seeded and its actions derived), on a later cold
 * open (a new tab on the same profile, data already in IndexedDB), and how soon a tick shows.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium, serveBuiltApp } from '../browser/support/chromium';

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
  return browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
}

/** Milliseconds from navigation to the first task checkbox of the month on screen. */
async function openMonth(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date('2026-11-10T09:00:00+02:00'));
  const t0 = performance.now();
  await page.goto(url);
  await page
    .getByRole('region', { name: 'Tehtävät: marraskuu 2026' })
    .getByRole('checkbox')
    .first()
    .waitFor();
  return { page, ms: performance.now() - t0 };
}

/** In the page: resolve once `done(card)` holds for the card of the checkbox `id`. */
const waitForCard = (id: string, done: string) => `new Promise((resolve) => {
  const check = () => {
    const card = document.getElementById(${JSON.stringify(id)})?.closest('li');
    if (card && (${done})) resolve(true);
    else setTimeout(check, 0);
  };
  check();
})`;

/** In the page: the id of the first unticked task of the month, clicked. */
const CLICK_SCRIPT = `(() => {
  const box = document.querySelector(
    'section[aria-labelledby="month-heading"] li.action-todo input[type="checkbox"]',
  );
  if (!box) throw new Error('no unticked task');
  box.click();
  return box.id;
})()`;

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
 * "done on" line rendered). Timed here, not in the page, whose clock is pinned to a school day;
 * each figure includes a DevTools round trip of about a millisecond.
 */
async function timeTick(page: Page): Promise<{ shownMs: number; storedMs: number }> {
  const t0 = performance.now();
  const id = (await page.evaluate(CLICK_SCRIPT)) as string;
  await within5s(page.evaluate(waitForCard(id, "card.classList.contains('action-done')")));
  const shownMs = performance.now() - t0;
  await within5s(page.evaluate(waitForCard(id, "card.querySelector('.status-line')")));
  return { shownMs, storedMs: performance.now() - t0 };
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
