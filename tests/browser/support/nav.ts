/**
 * The header's menu as a user follows it: on a phone the views fold behind the menu's button
 * (src/app/app-header.tsx), which is opened first.
 */
import type { Page } from 'playwright-core';

/** Clicks the header's link to the view named `name`, opening the phone menu first if folded. */
export async function followNav(page: Page, name: string): Promise<void> {
  const toggle = page.locator('.menu-toggle');
  // The header renders after the page loads: wait for it before asking whether it is folded.
  await toggle.waitFor({ state: 'attached' });
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) !== 'true') {
    await toggle.click();
  }
  await page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
}
