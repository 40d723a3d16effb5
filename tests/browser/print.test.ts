/**
 * Printing in a real Chromium: the print view's pages printed to PDF and read back with poppler
 * (a page per grade, each naming its grade and holding its tasks, the fullest grade on one page,
 * a class's checklist), the teacher's month on paper without its controls, and the print view's
 * accessibility (axe in fi, sv and en, 320 px, a keyboard journey).
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { schoolId, schoolYearId, type TemplateId } from '@/domain/ids';
import { buildSampleOrganization } from '@/domain/library/sample';
import type { Grade, TaskTemplate } from '@/domain/model';
import { gradeCalendarActions, gradesOfSchool } from '@/domain/print/print-calendar';
import { materializeActions } from '@/domain/schedule/materialize-actions';
import { axeViolations } from './support/axe';
import { DEMO_PASSWORD, demoServerEnv } from './support/env';
import { freshPage } from './support/fresh-page';
import { focusedName, tabUntil } from './support/keyboard';
import { printToPdf, squeezed } from './support/pdf';
import { signedIn } from './support/sign-in';
import { expectNoSidewaysScroll } from './support/layout';
import { followNav } from './support/nav';

const demo = demoServerEnv('vuosikello-print-');

/** The sample the app seeds in local mode, and its 2026–2027 tasks by grade, in page order. */
const sample = buildSampleOrganization();
const year = sample.schoolYears.find((y) => y.id === schoolYearId('sy-2026'));
const school = sample.schools[0];
if (!year || !school) throw new Error('the sample has no 2026 year or no school');
const groups = sample.groups.filter((g) => g.schoolYearId === year.id);
const templates = new Map<TemplateId, TaskTemplate>(sample.templates.map((t) => [t.id, t]));
const { actions } = materializeActions({
  schoolYear: year,
  schools: sample.schools,
  groups,
  templates: sample.templates,
  adjustments: [],
});
const GRADES = gradesOfSchool(school, groups);
const titlesOf = (grade: Grade) =>
  gradeCalendarActions({ actions, groups, templates, schoolId: schoolId(school.id), grade }).map(
    (a) => templates.get(a.templateId)?.title.fi ?? '',
  );
const FULLEST = GRADES.reduce((a, b) => (titlesOf(b).length > titlesOf(a).length ? b : a));
const gradeName = (g: Grade) => (g === 0 ? 'esiopetus' : `${g}. luokka`);

/** A fresh local-mode profile (the sample) on a November school day, at `path`. */
async function openAt(path: string, width = 1280): Promise<Page> {
  const { page } = await freshPage(demo.browser, { width, height: 900 });
  await page.goto(new URL(path, demo.url).href);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}

/** Opens the print view at `search` and waits for its `pages` pages. */
async function openPrint(search: string, pages: number, width = 1280): Promise<Page> {
  const page = await openAt(`/print${search}`, width);
  await expect.poll(() => page.locator('.print-sheet').count(), { timeout: 15_000 }).toBe(pages);
  return page;
}

/** `titles` appear in `text` in this order (squeezed: wrapping and hyphenation do not count). */
function inOrder(text: string, titles: readonly string[]): string[] {
  const page = squeezed(text);
  const missing: string[] = [];
  let from = 0;
  for (const title of titles) {
    const at = page.indexOf(squeezed(title), from);
    if (at < 0) missing.push(title);
    else from = at + squeezed(title).length;
  }
  return missing;
}

describe('printing the grades of a school', () => {
  it('prints exactly one page per grade, each naming its grade and holding its tasks', async () => {
    expect(GRADES).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const page = await openPrint('?what=school', GRADES.length);
    const pdf = await printToPdf(page);
    expect(pdf.pages).toBe(GRADES.length);
    // Only the pages: not the view's heading, choices, count or button.
    const first = pdf.text(1);
    for (const control of ['Tulosteet', 'Koulun kaikki luokka-asteet', 'Esikatselu', 'Päävalikko'])
      expect(first).not.toContain(control);
    GRADES.forEach((grade, i) => {
      const text = pdf.text(i + 1);
      const layout = pdf.text(i + 1, 'layout');
      const titles = titlesOf(grade);
      expect(layout).toContain(`Esimerkkikoulu: ${gradeName(grade)}`);
      expect(layout).toContain(`Lukuvuosi 2026–2027 · ${titles.length} tehtävää`);
      expect(inOrder(text, titles)).toEqual([]);
    });
    // A task of grade 9 alone is not on grade 8's page.
    const ninth = titlesOf(9).filter((title) => !titlesOf(8).includes(title));
    expect(ninth.length).toBeGreaterThan(0);
    for (const title of ninth) expect(squeezed(pdf.text(9))).not.toContain(squeezed(title));
    await page.context().close();
  });

  it("prints a signed-in teacher's every grade as their classes' grades, a page each", async () => {
    const { context, page } = await signedIn(demo, 'opettaja');
    await page.goto(new URL('/print?what=school', demo.url).href);
    await page.getByLabel('Omien luokkien luokka-asteet').waitFor();
    await expect.poll(() => page.locator('.print-sheet').count(), { timeout: 15_000 }).toBe(2);
    const pdf = await printToPdf(page);
    expect(pdf.pages).toBe(2);
    expect(pdf.text(1, 'layout')).toContain('Esimerkkikoulu: 3. luokka');
    expect(pdf.text(2, 'layout')).toContain('Esimerkkikoulu: 4. luokka');
    await context.close();
  });

  it.each([
    ['fi', `Esimerkkikoulu: ${FULLEST}. luokka`],
    ['sv', `Esimerkkikoulu: årskurs ${FULLEST}`],
    ['en', `Esimerkkikoulu: grade ${FULLEST}`],
  ] as const)(
    'prints the fullest grade on one page, wheel and all, in %s',
    async (language, heading) => {
      const page = await openPrint(`?what=grade&grade=${FULLEST}`, 1);
      await page.getByLabel('Kieli').selectOption(language);
      await page.locator(`html[lang="${language}"]`).waitFor();
      await page.locator('.print-sheet svg').waitFor();
      // Fitted: no page says it goes on to another.
      expect(await page.locator('.print-warning').count()).toBe(0);
      const pdf = await printToPdf(page);
      expect(pdf.pages).toBe(1);
      expect(pdf.text(1, 'layout')).toContain(heading);
      await page.context().close();
    },
  );

  it("prints a class's checklist, a task done in the month ticked with its day", async () => {
    const page = await openAt('/month/g-2026-3a/2026-11');
    const task = page.locator('.action', { hasText: 'Teematunti: hyvinvointi ja terveys' });
    await task.getByRole('checkbox').check();
    await task.getByText(/^Tehty 10\.11\.2026/).waitFor();
    await page.goto(new URL('/print?what=class&class=g-2026-3a', demo.url).href);
    await page.locator('.print-check-done').waitFor();
    const pdf = await printToPdf(page);
    expect(pdf.pages).toBe(1);
    const text = pdf.text(1);
    expect(text).toContain('Esimerkkikoulu: luokka 3A, tarkistuslista');
    expect(squeezed(text)).toContain(
      squeezed('✓ B 2.11.–30.11. vk 45–49 Teematunti: hyvinvointi ja terveys (tehty ti 10.11.)'),
    );
    await page.context().close();
  });
});

describe("the teacher's month on paper", () => {
  it('prints no button, menu or month navigation, and keeps its badges and theme colours', async () => {
    const page = await openAt('/month/g-2026-eskari/2026-11');
    await page.getByText('Myöhässä aiemmilta kuukausilta', { exact: false }).waitFor();
    const pdf = await printToPdf(page);
    const text = Array.from({ length: pdf.pages }, (_, i) => pdf.text(i + 1)).join('\n');
    for (const control of [
      'Ohita',
      'Edellinen kuukausi',
      'Seuraava kuukausi',
      'Kuvaus',
      'Vuosisuunnitelma',
      'Tulosteet',
      'Asetukset',
      'Siirry sisältöön',
    ])
      expect(text).not.toContain(control);
    // The choices print as what is chosen: the class is named on paper.
    expect(text).toContain('Eskari (esiopetus)');
    expect(text).toContain('Myöhässä');
    expect(text).toContain('Hyvinvointi ja terveys');
    // The overdue badge keeps its red (#a4161a) on paper, background graphics off.
    const { rgb } = pdf.pixels(1);
    let red = 0;
    for (let i = 0; i + 2 < rgb.length; i += 3)
      if (rgb[i]! > 130 && rgb[i + 1]! < 60 && rgb[i + 2]! < 60) red += 1;
    expect(red).toBeGreaterThan(50);
    await page.context().close();
  });
});

describe('the print view', () => {
  it.each([
    ['fi', 'Tulosteet'],
    ['sv', 'Utskrifter'],
    ['en', 'Print'],
  ] as const)(
    'has no WCAG 2.1 AA violations that axe-core can find, in %s (a grade, then a checklist)',
    async (language, title) => {
      const page = await openPrint('?what=grade&grade=3', 1);
      await page.getByLabel('Kieli').selectOption(language);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.locator('.print-sheet svg').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.goto(new URL('/print?what=class&class=g-2026-5-6', demo.url).href);
      await page.locator('.print-checklist').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it.each([320, 1280])('never scrolls the page sideways at %i px', async (width) => {
    const page = await openPrint('?what=grade&grade=1', 1, width);
    await expectNoSidewaysScroll(page);
    await page.context().close();
  });

  it('works by keyboard alone: a school and a grade chosen, then Print', async () => {
    // Signed in as the coordinator, who sees the demo server's three schools.
    const page = await openAt('/settings');
    await page.getByLabel('Käyttäjätunnus').fill('koordinaattori');
    await page.getByLabel('Salasana').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).waitFor({ timeout: 20_000 });
    await followNav(page, 'Tulosteet');
    await page.locator('.print-sheet').first().waitFor({ timeout: 20_000 });
    await page.evaluate(() => {
      window.print = () => document.body.setAttribute('data-printed', 'yes');
    });
    const schoolSelect = page.getByLabel('Koulu', { exact: true });
    const gradeSelect = page.getByLabel('Luokka-aste', { exact: true });
    await page.locator('#main').focus();
    await tabUntil(page, 'Koulu');
    const schoolBefore = await schoolSelect.inputValue();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => schoolSelect.inputValue()).not.toBe(schoolBefore);
    const chosenSchool = await schoolSelect.evaluate(
      (el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '',
    );
    // Into the choice of what to print, to one grade, then its grade.
    await tabUntil(page, () =>
      page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'),
    );
    // The arrow keys move the choice in a radio group: from every grade up to one grade.
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedName(page)).toBe('Yksi luokka-aste');
    await tabUntil(page, 'Luokka-aste');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const grade = await gradeSelect.evaluate(
      (el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '',
    );
    await page.getByRole('article', { name: `${chosenSchool}: ${grade}` }).waitFor();
    expect(await page.locator('.print-sheet').count()).toBe(1);
    expect(new URL(page.url()).search).toMatch(/what=grade&grade=\d/);
    await tabUntil(page, 'Tulosta');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('body').getAttribute('data-printed')).toBe('yes');
    await page.context().close();
  });
});
