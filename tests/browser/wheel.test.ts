import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { builtAppEnv } from './support/env';
import { freshPage } from './support/fresh-page';
import { tabUntil } from './support/keyboard';

const app = builtAppEnv();

/** A fresh profile (local mode, the demo data) on a November school day, at `path`. */
async function openAt(path: string, width = 1280): Promise<Page> {
  const { page } = await freshPage(app.browser, { width, height: 900 });
  await page.goto(new URL(path, app.url).href);
  await page.locator('svg.wheel-figure [data-arc]').first().waitFor();
  return page;
}

/** The accessible name of the focused element (an SVG arc is not an HTMLElement). */
const focusedLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');

/**
 * The middle of the arc in the tab order, on screen: halfway between the middles of its outer and
 * inner edges, a quarter and three quarters along its outline (the arcs are drawn as a few paths,
 * and the wheel finds the arc under a pointer by geometry).
 */
const arcPoint = (page: Page) =>
  page.evaluate(() => {
    const path = document.querySelector<SVGPathElement>('svg.wheel-figure [data-arc]')!;
    const length = path.getTotalLength();
    const outer = path.getPointAtLength(length / 4);
    const inner = path.getPointAtLength((3 * length) / 4);
    const middle = new DOMPoint((outer.x + inner.x) / 2, (outer.y + inner.y) / 2);
    const { x, y } = middle.matrixTransform(path.getScreenCTM()!);
    return { x, y, name: path.getAttribute('aria-label') ?? '' };
  });

const CLASS_WHEEL = '/wheel?class=g-2026-3a';
const TASK = 'Lapsen oikeuksien viikko';

describe('the annual wheel', () => {
  it('by keyboard alone: Tab to a task arc, arrows to the one wanted, Enter, tick it, see it done', async () => {
    const page = await openAt(CLASS_WHEEL);
    await page.getByLabel('Lukuvuosi').focus();
    await tabUntil(
      page,
      () => page.evaluate(() => document.activeElement?.hasAttribute('data-arc') ?? false),
      { max: 40 },
    );
    for (let i = 0; i < 80 && !(await focusedLabel(page)).startsWith(`${TASK},`); i++) {
      await page.keyboard.press('ArrowRight');
    }
    expect(await focusedLabel(page)).toBe(
      `${TASK}, ma 16.11. – pe 20.11.2026, viikko 47, 3. luokka: avoin`,
    );
    await page.keyboard.press('Enter');
    const detail = page.locator('.wheel-detail');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    expect(await detail.getByRole('heading', { level: 2 }).innerText()).toBe(TASK);
    await tabUntil(page, 'Tehty', { max: 5 });
    await page.keyboard.press('Space');
    await expect.poll(() => detail.locator('.wheel-progress').innerText()).toBe('✓ tehty');
    // The arc and the table say so too, and the tick is stored (a reload keeps it).
    await expect
      .poll(() =>
        page.locator(`svg.wheel-figure [aria-label^="${TASK},"]`).getAttribute('aria-label'),
      )
      .toMatch(/: tehty$/);
    await page.reload();
    await page
      .locator('.wheel-table tr', { hasText: TASK })
      .locator('.wheel-progress-done')
      .waitFor();
    await page.context().close();
  });

  it.each([
    ['fi', 'Vuosikello'],
    ['sv', 'Årsklocka'],
    ['en', 'Annual wheel'],
  ] as const)(
    'has no WCAG 2.1 AA violations that axe-core can find, in %s (a class’s wheel, a task open)',
    async (language, title) => {
      const page = await openAt(CLASS_WHEEL);
      await page.getByLabel('Kieli').selectOption(language);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      const { x, y } = await arcPoint(page);
      await page.mouse.click(x, y);
      await page.locator('.wheel-detail').waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.context().close();
    },
  );

  it('by pointer: the task under it shows below the wheel, a click opens its details', async () => {
    const page = await openAt(CLASS_WHEEL);
    const { x, y, name } = await arcPoint(page);
    const task = name.split(',')[0]!;
    await page.mouse.move(x, y);
    await expect.poll(() => page.locator('.wheel-peek strong').innerText()).toBe(task);
    // Off the arcs (the hole in the middle): nothing.
    const box = (await page.locator('svg.wheel-figure').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => page.locator('.wheel-peek').innerText()).toBe('\u00a0');
    await page.mouse.click(x, y);
    expect(await page.locator('.wheel-detail').getByRole('heading', { level: 2 }).innerText()).toBe(
      task,
    );
    await page.context().close();
  });

  it('by pointer: what is under it stays in sight when the wheel runs past the window', async () => {
    const page = await openAt(CLASS_WHEEL);
    const peek = page.locator('.wheel-peek');
    // The wheel's lower part lies below the window's edge, and so would the line under it.
    const box = (await page.locator('svg.wheel-figure').boundingBox())!;
    expect(box.y + box.height).toBeGreaterThan(900);
    let said = '';
    for (let k = 0; k < 90 && !said; k++) {
      const angle = (k / 90) * 2 * Math.PI;
      const x = box.x + box.width / 2 + box.width * 0.36 * Math.cos(angle);
      const y = box.y + box.height / 2 + box.height * 0.36 * Math.sin(angle);
      if (y > 890) continue;
      await page.mouse.move(x, y);
      said = (await peek.innerText()).trim();
    }
    expect(said).not.toBe('');
    const line = (await peek.boundingBox())!;
    expect(line.y + line.height).toBeLessThanOrEqual(900);
    await page.context().close();
  });

  it('by pointer on today’s hand: the task under the hand opens', async () => {
    const page = await openAt(CLASS_WHEEL);
    // Points along the hand's line, on screen, each with what the page has on top there.
    const points = await page.evaluate(() => {
      const line = document.querySelector<SVGPathElement>('svg.wheel-figure .wheel-today path')!;
      line.scrollIntoView({ block: 'center' });
      const length = line.getTotalLength();
      return Array.from({ length: 40 }, (_, i) => {
        const { x, y } = line
          .getPointAtLength((length * (i + 0.5)) / 40)
          .matrixTransform(line.getScreenCTM()!);
        const onHand = Boolean(document.elementFromPoint(x, y)?.closest('.wheel-today'));
        return { x, y, onHand };
      });
    });
    // Before, the hand caught the pointer: nothing showed under the wheel and a click did nothing.
    let peek = '';
    for (const { x, y, onHand } of points) {
      if (!onHand) continue;
      await page.mouse.move(x, y);
      peek = (await page.locator('.wheel-peek').innerText()).trim();
      if (peek) {
        await page.mouse.click(x, y);
        break;
      }
    }
    expect(peek).not.toBe('');
    const task = peek.split(' · ')[0];
    expect(await page.locator('.wheel-detail').getByRole('heading', { level: 2 }).innerText()).toBe(
      task,
    );
    await page.context().close();
  });

  it.each([320, 360, 1280])('never scrolls the page sideways at %i px', async (width) => {
    const page = await openAt('/wheel', width);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      view: document.documentElement.clientWidth,
      figure: document.querySelector('svg.wheel-figure')?.getBoundingClientRect().right ?? 0,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    expect(widths.figure).toBeLessThanOrEqual(widths.view);
    await page.context().close();
  });

  it.each([320, 360])(
    'at %i px the table stands task by task, each cell named, and stays a table to assistive technology',
    async (width) => {
      const page = await openAt(CLASS_WHEEL, width);
      const box = await page
        .locator('.wheel-table-scroll')
        .evaluate((el) => ({ content: el.scrollWidth, shown: el.clientWidth }));
      expect(box.content).toBeLessThanOrEqual(box.shown);
      // Each cell on a line of its own, below the title, named by its column.
      const cells = await page
        .locator('.wheel-table tbody tr', { hasText: TASK })
        .first()
        .locator('th, td')
        .evaluateAll((list) =>
          list.map((cell) => ({
            top: Math.round(cell.getBoundingClientRect().top),
            name: getComputedStyle(cell, '::before').content,
            text: cell.textContent,
          })),
        );
      expect(cells.map((c) => [c.name, c.text])).toEqual([
        ['none', TASK],
        ['"Ajankohta: " / ""', 'ma 16.11. – pe 20.11.2026'],
        ['"Viikot: " / ""', 'viikko 47'],
        ['"Rengas: " / ""', '3. luokka'],
        ['"Teema: " / ""', expect.any(String)],
        ['"Tilanne: " / ""', '○ avoin'],
      ]);
      const tops = cells.map((c) => c.top);
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
      expect(new Set(tops).size).toBe(cells.length);
      // Chromium's own accessibility tree (not the test tool's reading of the markup).
      const cdp = await page.context().newCDPSession(page);
      const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
        nodes: { role?: { value?: string } }[];
      };
      const count = (role: string) => nodes.filter((n) => n.role?.value === role).length;
      const rows = await page.locator('.wheel-table tbody tr').count();
      expect([count('table'), count('columnheader'), count('rowheader')]).toEqual([1, 6, rows]);
      await page.context().close();
    },
  );

  it('downloads the wheel as an SVG file that parses and a PNG file, named by year and class', async () => {
    const page = await openAt(CLASS_WHEEL);
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa SVG' }).click(),
    ]);
    expect(svgDownload.suggestedFilename()).toBe('vuosikello-2026-2027-3a.svg');
    const svg = await readFile((await svgDownload.path())!, 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        root: doc.documentElement.nodeName,
        errors: doc.getElementsByTagName('parsererror').length,
        arcs: doc.querySelectorAll('path[fill]').length,
        title: doc.querySelector('title')?.textContent,
        focusable: doc.querySelectorAll('[tabindex]').length,
        // The key beside the wheel: its last lines.
        key: Array.from(
          [...doc.documentElement.children].at(-1)?.querySelectorAll('text') ?? [],
          (t) => t.textContent,
        ),
      };
    }, svg);
    expect(parsed.root).toBe('svg');
    expect(parsed.errors).toBe(0);
    expect(parsed.title).toBe('Vuosikello 2026–2027, 3A');
    expect(parsed.arcs).toBeGreaterThan(20);
    expect(parsed.focusable).toBe(0);
    expect(parsed.key).toEqual([
      'Renkaat sisältä ulospäin',
      '3  3. luokka',
      'koulu  Koulun tehtävät',
    ]);

    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa PNG' }).click(),
    ]);
    expect(pngDownload.suggestedFilename()).toBe('vuosikello-2026-2027-3a.png');
    const png = await readFile((await pngDownload.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // IHDR: 2480 × 1800 (the 900-unit figure and its 340-unit key drawn twice as large).
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([2480, 1800]);
    // Not a blank canvas: the picture holds more than a white square compresses to.
    expect(png.length).toBeGreaterThan(50_000);

    // Rings by theme: another file, its key naming each theme's letter.
    await page.getByLabel('Teemoittain').check();
    const [themed] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Lataa SVG' }).click(),
    ]);
    expect(themed.suggestedFilename()).toBe('vuosikello-2026-2027-3a-teemat.svg');
    const themedSvg = await readFile((await themed.path())!, 'utf8');
    expect(themedSvg).toMatch(/<tspan font-weight="bold">A<\/tspan> {2}Empatia ja myötätunto/);
    await page.context().close();
  });
});
