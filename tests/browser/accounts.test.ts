/**
 * The accounts view in a real Chromium against a real server: the admin signs in and lands on
 * it with no error line; axe-core finds nothing in fi, sv and en (nor on the plan history); an account is created with the
 * keyboard only, and its generated password signs in.
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { DEMO_PASSWORD, demoServerEnv } from './support/env';
import { freshPage } from './support/fresh-page';
import { focusedName, tabUntil } from './support/keyboard';
import { followNav } from './support/nav';

const demo = demoServerEnv('vuosikello-accounts-');

/** A browser of the admin, signed in through Settings; it lands on the accounts. */
async function adminPage(width = 1280): Promise<Page> {
  const { page } = await freshPage(demo.browser, { width, height: 900 });
  await page.goto(demo.url);
  await followNav(page, 'Asetukset');
  await page.getByLabel('Käyttäjätunnus').fill('admin');
  await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.getByRole('heading', { level: 1, name: 'Tunnukset' }).waitFor({ timeout: 15_000 });
  await page.getByRole('table').waitFor();
  return page;
}

describe('the accounts view', () => {
  it('lands the admin there with no error line; axe finds nothing in fi, sv and en', async () => {
    const page = await adminPage();
    expect(new URL(page.url()).pathname).toBe('/accounts');
    expect(await page.locator('.sync-error').count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
    for (const [language, heading] of [
      ['fi', 'Tunnukset'],
      ['sv', 'Konton'],
      ['en', 'Accounts'],
    ] as const) {
      await page.locator('.language select').selectOption(language);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
    }
    // The plan history the admin also reads.
    await page.locator('.language select').selectOption('fi');
    await followNav(page, 'Muutoshistoria');
    await page.getByRole('heading', { level: 1, name: 'Muutoshistoria' }).waitFor();
    await page.getByText('Ei muutoksia näillä rajauksilla.').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('has no sideways scroll at 320 px', async () => {
    const page = await adminPage(320);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  it('creates an account with the keyboard only; its generated password signs in', async () => {
    const page = await adminPage();
    const form = page.getByRole('form', { name: 'Uusi tunnus' });
    const username = form.getByLabel('Käyttäjätunnus');
    await tabUntil(page, username);
    await page.keyboard.type('ville');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ville Virtanen');
    await page.keyboard.press('Tab'); // the role: teacher, as offered
    expect(await focusedName(page)).toBe('Rooli');
    await tabUntil(page, '3A');
    await page.keyboard.press('Space');
    await tabUntil(page, 'Luo tunnus');
    await page.keyboard.press('Enter');

    const notice = page.locator('.account-notice');
    await notice.getByText('Tunnus ville luotiin.').waitFor();
    // The notice takes focus, so a screen reader reads the password.
    expect(await notice.evaluate((el) => el === document.activeElement)).toBe(true);
    const password = (await notice.locator('code').innerText()).trim();
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(await demo.store.findAccount('ville')).toMatchObject({
      displayName: 'Ville Virtanen',
      role: 'teacher',
      groups: ['g-2026-3a'],
    });
    const signIn = await fetch(`${demo.url}/api/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'ville', password }),
    });
    expect(signIn.status).toBe(200);
    await page.screenshot({ path: join(tmpdir(), 'accounts-created.png'), fullPage: true });
    await page.context().close();
  });
});
