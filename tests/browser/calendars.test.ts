/**
 * The calendars view in a real Chromium against the real server (serving the built app): axe
 * finds nothing in fi, sv and en, in local mode and signed in with a feed listed; at 320 px
 * nothing scrolls sideways; by keyboard a class is chosen and its .ics downloaded, and the file
 * reads back (ical.js) as that class's calendar.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseIcs } from '../support/ics';
import { axeViolations } from './support/axe';
import { DEMO_PASSWORD, demoServerEnv } from './support/env';
import { freshPage } from './support/fresh-page';
import { focusedName, tabUntil } from './support/keyboard';
import { followNav } from './support/nav';

const demo = demoServerEnv('vuosikello-calendars-');

async function newPage(width = 1280): Promise<Page> {
  const { page } = await freshPage(demo.browser, { width, height: 900 });
  return page;
}

/** Opens the calendars view in local mode. */
async function localCalendars(width = 1280): Promise<Page> {
  const page = await newPage(width);
  await page.goto(`${demo.url}/calendars`);
  await page.getByRole('heading', { level: 1, name: 'Kalenterit' }).waitFor();
  await page.getByLabel('Luokka').waitFor();
  return page;
}

/** Signs in as the demo teacher, opens the calendars and makes a feed of the own class. */
async function teacherWithFeed(width = 1280): Promise<Page> {
  const page = await newPage(width);
  await page.goto(demo.url);
  await followNav(page, 'Asetukset');
  await page.getByLabel('Käyttäjätunnus').fill('opettaja');
  await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await page.getByText(/^Kirjautunut: /).waitFor({ timeout: 15_000 });
  await followNav(page, 'Kalenterit');
  // A teacher who already has this calendar's address (an earlier test made one, on the same
  // server) is offered another: the label says so once the feeds are read.
  const create = page.getByRole('button', {
    name: /^Luo (tilausosoite tälle kalenterille|toinen tilausosoite)$/,
  });
  await create.click();
  await page.getByText(/^Tilausosoite luotiin: /).waitFor();
  await page.getByLabel('Osoite').first().waitFor();
  return page;
}

async function inLanguage(page: Page, language: string, title: string): Promise<void> {
  await page.getByLabel(/^(Kieli|Språk|Language)$/).selectOption(language);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

const LANGUAGES = [
  ['fi', 'Kalenterit'],
  ['sv', 'Kalendrar'],
  ['en', 'Calendars'],
] as const;

describe('the calendars view', () => {
  it.each(LANGUAGES)('has no accessibility violation in %s in local mode', async (l, title) => {
    const page = await localCalendars();
    await inLanguage(page, l, title);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio').nth(1).check();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });

  // Signing in and the first download take a while on a busy machine: one sign-in for the three
  // languages, with room for it.
  it('has no accessibility violation in fi, sv and en signed in, with a feed listed', async () => {
    const page = await teacherWithFeed();
    for (const [l, title] of LANGUAGES) {
      await inLanguage(page, l, title);
      expect([l, await axeViolations(page)]).toEqual([l, []]);
    }
    await page.context().close();
  }, 120_000);

  it('at 320 px nothing scrolls sideways, also with a feed and its address listed', async () => {
    const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
    const local = await localCalendars(320);
    expect(await scrollWidth(local)).toBeLessThanOrEqual(320);
    await local.getByRole('radio', { name: 'Vuosiluokan' }).check();
    expect(await scrollWidth(local)).toBeLessThanOrEqual(320);
    await local.context().close();
    const signedIn = await teacherWithFeed(320);
    expect(await scrollWidth(signedIn)).toBeLessThanOrEqual(320);
    await signedIn.context().close();
  });

  it('by keyboard: chooses class 4A and downloads its calendar, which reads back', async () => {
    const page = await localCalendars();
    await tabUntil(page, 'Luokka');
    // A select takes the option whose text starts with the key typed.
    await page.keyboard.press('4');
    expect(await page.getByLabel('Luokka').inputValue()).toBe('g-2026-4a');
    const summary = await page.getByText(/^4A \(Esimerkkikoulu\): \d+ tehtävää$/).innerText();
    await tabUntil(page, 'Lataa kalenteritiedosto (.ics)');
    expect(await focusedName(page)).toBe('Lataa kalenteritiedosto (.ics)');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    expect(download.suggestedFilename()).toBe('vuosikello-4a-esimerkkikoulu-2026-2027.ics');
    const calendar = parseIcs(readFileSync((await download.path()) ?? '', 'utf8'));
    expect(calendar.name).toBe('4A (Esimerkkikoulu) — lukuvuosi 2026–2027');
    expect(String(calendar.events.length)).toBe(/(\d+) tehtävää/.exec(summary)![1]);
    expect(calendar.events.every((e) => e.uid.startsWith('sy-2026~g:g-2026-4a~'))).toBe(true);
    expect(calendar.events.every((e) => e.allDay)).toBe(true);
    await page.context().close();
  });
});
