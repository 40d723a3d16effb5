/**
 * Printing a page to PDF in Chromium as a user's print dialog would (A4, the page's own @page
 * size and margins, background graphics off) and reading it back with poppler (pdfinfo,
 * pdftotext, pdftoppm; `apt-get install -y poppler-utils`, which .ci/run does).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export interface PrintedPdf {
  readonly file: string;
  readonly bytes: number;
  readonly pages: number;
  /**
   * The text of page `n` (from 1). `raw` keeps the order the page was drawn in (the document's
   * order: a task's title after its dates, even when it wraps in a column); `layout` keeps the
   * columns side by side, as the page looks.
   */
  text(n: number, mode?: 'raw' | 'layout'): string;
  /** Page `n` as RGB pixels at `dpi` (pdftoppm's PPM). */
  pixels(n: number, dpi?: number): { width: number; height: number; rgb: Buffer };
}

const dir = mkdtempSync(join(tmpdir(), 'vuosikello-print-'));
let count = 0;

/** Prints `page` to PDF (A4, preferCSSPageSize) and opens it for reading. */
export async function printToPdf(page: Page): Promise<PrintedPdf> {
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  count += 1;
  const file = join(dir, `print-${count}.pdf`);
  writeFileSync(file, pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  return {
    file,
    bytes: pdf.length,
    pages,
    text: (n, mode = 'raw') =>
      execFileSync('pdftotext', ['-f', String(n), '-l', String(n), `-${mode}`, file, '-'], {
        encoding: 'utf8',
      }),
    pixels: (n, dpi = 50) =>
      readPpm(
        execFileSync('pdftoppm', ['-f', String(n), '-l', String(n), '-r', String(dpi), file]),
      ),
  };
}

/** A binary PPM (P6, 8 bits per channel) as its size and RGB bytes. */
function readPpm(ppm: Buffer): { width: number; height: number; rgb: Buffer } {
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not give a binary PPM');
  return {
    width: Number(header[1]),
    height: Number(header[2]),
    rgb: ppm.subarray(header[0].length),
  };
}

/** Text without spaces, line breaks and hyphens: a title wrapped or hyphenated still matches. */
export function squeezed(text: string): string {
  return text.replace(/[\s\-‐­]/g, '');
}
