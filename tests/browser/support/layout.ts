/** Layout checks the views' browser tests share. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** The page is no wider than its viewport: nothing scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
  }));
  expect(widths.page).toBeLessThanOrEqual(widths.view);
}
