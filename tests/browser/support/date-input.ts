/**
 * Typing a day into a date input with the keyboard alone. Chromium lays its fields out in the
 * browser's own locale (month first in en-US, day first in most others), which the page's
 * locale does not change: a probe typed first tells the order.
 */
import type { Locator, Page } from 'playwright-core';

/** Types `day` (YYYY-MM-DD) into the focused date input `input`, whatever its field order. */
export async function typeDate(page: Page, input: Locator, day: string): Promise<void> {
  const [year, month, date] = day.split('-') as [string, string, string];
  await page.keyboard.type('01022026');
  const probe = await input.inputValue();
  const monthFirst = probe === '2026-01-02';
  if (!monthFirst && probe !== '2026-02-01') throw new Error(`unknown date field order: ${probe}`);
  // Back to the first field; typing over a field replaces it.
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(monthFirst ? `${month}${date}${year}` : `${date}${month}${year}`);
}
