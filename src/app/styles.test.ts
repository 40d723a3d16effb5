/**
 * The stylesheets keep every rule they declare: a rule left without declarations (as a merge once
 * left the print rules of two views, so their buttons and forms printed) does nothing.
 */
import { readFileSync } from 'node:fs';
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
