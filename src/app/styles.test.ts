/**
 * The stylesheets keep every rule they declare: a rule left without declarations (as a merge once
 * left the print rules of two views, so their buttons and forms printed) does nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');
/** The first screen's stylesheet and the later views'. */
const sheets = { 'styles.css': read('./styles.css'), 'later-views.css': read('./later-views.css') };

describe.each(Object.entries(sheets))('%s', (_, css) => {
  it('has no rule without declarations', () => {
    const empty = [...css.matchAll(/([^{};]+)\{\s*\}/g)].map((m) => m[1]?.trim());
    expect(empty).toEqual([]);
  });
});

const printRules = (css: string) =>
  [...css.matchAll(/@media print\s*\{([\s\S]*?)\n\}/g)].map((m) => m[1]).join('');

describe('on paper', () => {
  it.each([
    ['styles.css', ['.app-header', '.month-nav', '.action-buttons', '.action-read-only', 'button']],
    ['later-views.css', ['.library-filters', '.history-filters', '.year-plan-move']],
  ] as const)("%s hides its views' controls", (sheet, selectors) => {
    const print = printRules(sheets[sheet]);
    for (const selector of selectors) expect(print).toContain(selector);
  });
});

/** Every stylesheet of the app's screens, by its path under src/. */
const SRC = new URL('../', import.meta.url);
const screenSheets = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.css'))
  // The print views set their type for paper, relative to the sheet size the user picks.
  .filter((file) => !file.endsWith('print.css'))
  .map((file) => [file, readFileSync(new URL(file, SRC), 'utf8')] as const);

/** `css` without its `@media print` blocks. */
const screenRules = (css: string) => css.replace(/@media print\s*\{[\s\S]*?\n\}/g, '');

describe('the type scale', () => {
  it('finds the stylesheets', () => {
    expect(screenSheets.map(([file]) => file)).toContain('app/styles.css');
  });

  it.each(screenSheets)('%s sizes and weights its text from the scale only', (_, css) => {
    const rules = screenRules(css);
    const sizes = [...rules.matchAll(/font-size:\s*([^;}]+)/g)].map((m) => m[1]?.trim());
    const weights = [...rules.matchAll(/font-weight:\s*([^;}]+)/g)].map((m) => m[1]?.trim());
    expect(sizes.filter((size) => !/^(1rem|var\(--text-[a-z]+\))$/.test(size ?? ''))).toEqual([]);
    expect(
      weights.filter((weight) => !['400', '700', 'normal', 'bold'].includes(weight ?? '')),
    ).toEqual([]);
  });
});
