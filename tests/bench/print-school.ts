/**
 * The principal's print of a whole school, in a real Chromium on the built app: from opening the
 * print view's address (a profile whose sample is already stored) until Chromium has the PDF of
 * every grade's page (A4, the pages' own size and margins), and the PDF's size.
 */
import { launchChromium, serveBuiltApp } from '../browser/support/chromium';
import { median } from './startup';

export interface PrintFigures {
  /** Median of the runs: navigation to the PDF's bytes. */
  readonly totalMs: number;
  /** Of which: the pages on screen (read, derived, laid out and fitted). */
  readonly shownMs: number;
  /** Of which: Chromium's print to PDF. */
  readonly pdfMs: number;
  readonly bytes: number;
  readonly pages: number;
  readonly runs: number;
}

export async function measurePrintSchool(runs: number): Promise<PrintFigures> {
  const [browser, app] = await Promise.all([launchChromium(), serveBuiltApp()]);
  try {
    const context = await browser.newContext({ locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date('2026-11-10T09:00:00+02:00'));
    // The first open seeds the sample; the runs time a returning principal's print.
    await page.goto(app.url);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('checkbox').first().waitFor();
    const url = new URL('/print?what=school', app.url).href;
    const totals: number[] = [];
    const shown: number[] = [];
    const pdfs: number[] = [];
    let bytes = 0;
    let pages = 0;
    for (let i = 0; i < runs; i += 1) {
      const t0 = performance.now();
      await page.goto(url);
      await page.locator('.print-sheet svg').nth(9).waitFor();
      // Fitted: every page's text size settled (no page measures again after this frame).
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
      const t1 = performance.now();
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const t2 = performance.now();
      totals.push(t2 - t0);
      shown.push(t1 - t0);
      pdfs.push(t2 - t1);
      bytes = pdf.length;
      pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    }
    return {
      totalMs: median(totals),
      shownMs: median(shown),
      pdfMs: median(pdfs),
      bytes,
      pages,
      runs,
    };
  } finally {
    await browser.close();
    await app.close();
  }
}
