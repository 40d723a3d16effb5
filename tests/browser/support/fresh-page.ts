/**
 * A fresh browser profile as the journeys open the app: Finnish, Helsinki time, a viewport of
 * `width` × `height`, the page's clock fixed (on a November school day of the sample year unless
 * `at` says otherwise).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';

/** A school day of the sample year (Tuesday of ISO week 46), morning in Helsinki. */
export const SCHOOL_DAY = '2026-11-10T09:00:00+02:00';

export interface FreshPageOptions {
  readonly width?: number;
  readonly height?: number;
  /** The fixed time of the page's clock (an ISO date-time with its offset). */
  readonly at?: string;
}

export async function freshPage(
  browser: Browser,
  { width = 1280, height = 800, at = SCHOOL_DAY }: FreshPageOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    viewport: { width, height },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await page.clock.setFixedTime(new Date(at));
  return { context, page };
}
