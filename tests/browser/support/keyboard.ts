/**
 * Keyboard journeys: reach a control the way a keyboard user does, pressing Tab in the page's
 * order, never by clicking or focusing it directly.
 */
import type { Locator, Page } from 'playwright-core';

/**
 * The name of the focused element as a keyboard user hears it, near enough for the tests: its
 * aria-label, else its label's text (a `for` label or a wrapping one), else its own text.
 */
export function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof HTMLElement)) return '';
    const label = (el as HTMLInputElement).labels?.[0] ?? el.closest('label');
    return (el.getAttribute('aria-label') ?? label?.textContent ?? el.textContent ?? '').trim();
  });
}

/** Where a keyboard journey goes: the focused element's name, the element itself, or a test. */
export type FocusTarget = string | Locator | (() => Promise<boolean>);

function reached(page: Page, target: FocusTarget): Promise<boolean> {
  if (typeof target === 'string') return focusedName(page).then((name) => name === target);
  if (typeof target === 'function') return target();
  return target.evaluate((el) => el === document.activeElement);
}

/**
 * Presses `key` (Tab, or Shift+Tab to go back) until the focused element is `target`: it throws
 * if `max` presses do not get there.
 */
export async function tabUntil(
  page: Page,
  target: FocusTarget,
  { max = 80, key = 'Tab' }: { max?: number; key?: 'Tab' | 'Shift+Tab' } = {},
): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (await reached(page, target)) return;
  }
  const what = typeof target === 'string' ? `"${target}"` : 'the element';
  throw new Error(`${key} never reached ${what} in ${max} presses`);
}
