/**
 * Waits until the page's service worker is activated (its activate event's work done), polled
 * from the test: page.waitForFunction takes a promise for a truthy answer and would not wait.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function untilActivated(page: Page): Promise<void> {
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state), {
      timeout: 20_000,
    })
    .toBe('activated');
}
