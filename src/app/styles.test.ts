/**
 * The stylesheet keeps every rule it declares: a rule left without declarations (as a merge once
 * left the print rules of two views, so their buttons and forms printed) does nothing.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync(new URL('./styles.css', import.meta.url), 'utf8');

describe('styles.css', () => {
  it('has no rule without declarations', () => {
    const empty = [...css.matchAll(/([^{};]+)\{\s*\}/g)].map((m) => m[1]?.trim());
    expect(empty).toEqual([]);
  });

  it('hides the controls of every view on paper', () => {
    const print = [...css.matchAll(/@media print\s*\{([\s\S]*?)\n\}/g)].map((m) => m[1]).join('');
    for (const selector of ['.library-filters', '.history-filters', '.year-plan-move'])
      expect(print).toContain(selector);
  });
});
