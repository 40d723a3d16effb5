import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { builtAppEnv } from './support/env';
import { freshPage } from './support/fresh-page';
import { untilActivated } from './support/service-worker';
import { followNav } from './support/nav';

const app = builtAppEnv();

/** A fresh profile on a November school day of the sample year. */
const newPage = (width = 1280) => freshPage(app.browser, { width });

const path = (page: Page) => new URL(page.url()).pathname;
const monthHeading = (page: Page) => page.getByRole('heading', { level: 2, name: /^Tehtävät: / });

describe('an address for every view', () => {
  it('reload keeps the view; Back and Forward move between views, classes and months', async () => {
    const { context, page } = await newPage();
    await page.goto(app.url);
    // A fresh profile first stores the sample year, then shows its first class's month.
    await expect.poll(() => path(page), { timeout: 30_000 }).toBe('/month/g-2026-eskari/2026-11');
    await page.getByLabel('Luokka').selectOption('g-2026-3a');
    await expect.poll(() => path(page)).toBe('/month/g-2026-3a/2026-11');
    await page.getByRole('button', { name: /Seuraava kuukausi/ }).click();
    await expect.poll(() => monthHeading(page).innerText()).toBe('Tehtävät: joulukuu 2026');
    expect(path(page)).toBe('/month/g-2026-3a/2026-12');

    await followNav(page, 'Asetukset');
    await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor();
    expect(path(page)).toBe('/settings');
    expect(await page.title()).toBe('Asetukset – Vuosikello');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor();

    await page.goBack();
    await expect.poll(() => monthHeading(page).innerText()).toBe('Tehtävät: joulukuu 2026');
    await page.goBack();
    await expect.poll(() => monthHeading(page).innerText()).toBe('Tehtävät: marraskuu 2026');
    expect(path(page)).toBe('/month/g-2026-3a/2026-11');
    await page.goBack();
    await expect.poll(() => page.getByLabel('Luokka').inputValue()).toBe('g-2026-eskari');
    await page.goForward();
    await expect.poll(() => page.getByLabel('Luokka').inputValue()).toBe('g-2026-3a');
    // 3A's own list is on screen (so 3A is again the class shown last).
    await page.getByText('Teematunti: hyvinvointi ja terveys').first().waitFor();
    await page.goForward();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor();

    // "This month" opens the class shown last, at the current month.
    await followNav(page, 'Tämä kuukausi');
    await expect.poll(() => path(page)).toBe('/month/g-2026-3a/2026-11');
    await context.close();
  });

  it('on a phone folds the menu behind a button, opened and used by keyboard', async () => {
    const { context, page } = await freshPage(app.browser, { width: 320, height: 640 });
    await page.goto(`${app.url}month/g-2026-3a/2026-11`);
    await monthHeading(page).waitFor();
    const menu = page.getByRole('button', { name: 'Valikko' });
    const wheelLink = page.getByRole('link', { name: 'Vuosikello' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await wheelLink.isVisible()).toBe(false);
    // The view starts on the first screen, under the header.
    const top = await page
      .getByRole('heading', { level: 1 })
      .evaluate((h) => h.getBoundingClientRect().top);
    expect(top).toBeLessThan(320);

    await menu.focus();
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    expect(await wheelLink.isVisible()).toBe(true);
    // Escape folds it and leaves the focus on its button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((b) => b === document.activeElement)).toBe(true);

    await page.keyboard.press('Enter');
    await wheelLink.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => path(page)).toBe('/wheel');
    // A view opened from the menu folds it again.
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await wheelLink.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await context.close();
  });

  it('opens a deep link to a class and month with no network (the app shell is cached)', async () => {
    const { context, page } = await newPage();
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1, name: 'Luokan tehtävät kuukaudelle' }).waitFor();
    await untilActivated(page);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

    await context.setOffline(true);
    await page.goto(`${app.url}month/g-2026-7a/2027-03`);
    await expect.poll(() => monthHeading(page).innerText()).toBe('Tehtävät: maaliskuu 2027');
    expect(await page.getByLabel('Luokka').inputValue()).toBe('g-2026-7a');
    expect(await page.getByLabel('Lukuvuosi').inputValue()).toBe('sy-2026');
    await context.close();
  });

  it('works by keyboard with visible focus: the navigation, then a class picked by arrows', async () => {
    const { context, page } = await newPage();
    await page.goto(`${app.url}month/g-2026-3a/2026-11`);
    await monthHeading(page).waitFor();
    await page.keyboard.press('Tab'); // skip link
    const focused = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          text: el.textContent,
          id: el.id,
          outline: `${style.outlineStyle} ${style.outlineWidth}`,
        };
      });
    // Through the navigation's links (one per view, Settings the last) to Settings.
    const links = await page
      .getByRole('navigation', { name: 'Päävalikko' })
      .getByRole('link')
      .count();
    for (let i = 0; i <= links && (await focused()).text !== 'Asetukset'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focused()).toMatchObject({ text: 'Asetukset', outline: 'solid 3px' });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor();
    // A new view: focus moves to its main region, where reading starts.
    await expect.poll(async () => (await focused()).id).toBe('main');

    await page.goBack();
    const picker = page.getByLabel('Luokka');
    await picker.focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => path(page)).toBe('/month/g-2026-4a/2026-11');
    // The picker keeps the focus while the new class loads.
    await expect.poll(() => picker.evaluate((el) => el === document.activeElement)).toBe(true);
    await context.close();
  });
});

describe('what the first screen loads', () => {
  it('the month loads its own view, not Settings or TanStack Query (it reads only IndexedDB)', async () => {
    const { context, page } = await newPage();
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.endsWith('.js')) return;
      // A chunk that arrives after the last look may still be read when the context closes: its
      // failure must not surface as an unhandled rejection (those awaited still fail the test).
      const text = response.text();
      text.catch(() => undefined);
      scripts.push(text);
    });
    await page.goto(`${app.url}month/g-2026-3a/2026-11`);
    await page.locator('.action').first().waitFor();
    const code = (await Promise.all(scripts)).join('\n');
    expect(code).toContain('Luokan tehtävät kuukaudelle');
    expect(code).not.toContain('Missing queryFn'); // TanStack Query's own message
    expect(code).not.toContain('current-password'); // the sign-in form is Settings'

    await followNav(page, 'Asetukset');
    await page.getByRole('heading', { level: 1, name: 'Asetukset' }).waitFor();
    expect((await Promise.all(scripts)).join('\n')).toContain('Missing queryFn');
    await context.close();
  });
});

describe('small screens and print', () => {
  it.each([
    [320, 'fi'],
    [320, 'sv'],
    [320, 'en'],
    [360, 'fi'],
    [360, 'sv'],
  ] as const)('at %i px in %s nothing scrolls sideways', async (width, language) => {
    const { context, page } = await newPage(width);
    await page.goto(`${app.url}month/g-2026-3a/2026-11`);
    await page.getByLabel('Kieli').selectOption(language);
    await page.locator('.action').first().waitFor();
    await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
    const overflow = () =>
      page.evaluate(() => {
        const root = document.scrollingElement!;
        return root.scrollWidth - root.clientWidth;
      });
    expect(await overflow()).toBeLessThanOrEqual(0);
    // The menu, opened (every view's name in the language), fits too.
    await page.locator('.menu-toggle').click();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.locator('a[href="/settings"]').click();
    await page.locator('.settings h1').waitFor();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await context.close();
  });

  it('keeps the checkbox’s size at 360 px when the title wraps', async () => {
    const sizes: { box: [number, number]; titleLines: number }[] = [];
    for (const width of [1280, 360]) {
      const { context, page } = await newPage(width);
      await page.goto(`${app.url}month/g-2026-3a/2026-11`);
      const card = page
        .locator('.section-overdue .action', {
          hasText: 'Yhteisöllisen opiskeluhuollon vuosisuunnitelma',
        })
        .first();
      await card.waitFor();
      sizes.push(
        await card.evaluate((el) => {
          const box = el.querySelector('input[type="checkbox"]')!.getBoundingClientRect();
          const title = el.querySelector('.action-title')!;
          const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
          return {
            box: [box.width, box.height] as [number, number],
            titleLines: Math.round(title.getBoundingClientRect().height / lineHeight),
          };
        }),
      );
      await context.close();
    }
    const [wide, narrow] = sizes;
    expect(wide!.titleLines).toBe(1);
    expect(narrow!.titleLines).toBeGreaterThan(1);
    expect(narrow!.box).toEqual(wide!.box);
    expect(wide!.box[0]).toBeGreaterThan(20);
  });

  it('prints the month without the navigation, the pickers’ buttons or any other button', async () => {
    const { context, page } = await newPage();
    await page.goto(`${app.url}month/g-2026-3a/2026-11`);
    await page.locator('.action').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) =>
      page.evaluate(
        (s) =>
          [...document.querySelectorAll<HTMLElement>(s)].filter((el) => el.offsetParent !== null)
            .length,
        selector,
      );
    expect(await visible('header, nav, button')).toBe(0);
    expect(await visible('.action')).toBeGreaterThan(5);
    expect(await visible('input[type="checkbox"]')).toBeGreaterThan(5);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await context.close();
  });

  it('prints Settings as what is set, without its fields for signing in or changing a day', async () => {
    const { context, page } = await newPage();
    await page.goto(`${app.url}settings`);
    await page.getByRole('region', { name: 'Tehtävien seuranta' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const text = await page.locator('main').innerText();
    expect(text).toContain('Nimesi kuittauksissa'); // the name on ticks, with its field
    expect(text).toContain('Sovellus toimii ilman palvelinta.'); // local mode
    expect(text).toContain('Esimerkkikoulu seuraa tehtäviä lukuvuoden alusta.');
    for (const hidden of ['Salasana', 'Käyttäjätunnus', 'Seurannan alkupäivä', 'Tallenna']) {
      expect(text).not.toContain(hidden);
    }
    await context.close();
  });
});
