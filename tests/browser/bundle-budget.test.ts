import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBareStack } from '../bench/bare-stack/build';
import {
  chunkClosure,
  FIRST_VIEW_MODULE,
  INITIAL_JS_BUDGET_GZIP_BYTES,
  INITIAL_JS_BUDGET_VS_BARE_STACK,
  measureInitialJs,
  pageModules,
  readInitialJs,
} from '../support/bundle-size';

// Bytes are deterministic for a given build, so these budgets are checks, not benchmarks.
describe('initial JavaScript', () => {
  let bareDir = '';

  beforeAll(async () => {
    bareDir = await mkdtemp(join(tmpdir(), 'vuosikello-bare-stack-'));
    await buildBareStack(bareDir);
  });

  afterAll(async () => {
    if (bareDir) await rm(bareDir, { recursive: true, force: true });
  });

  it(`stays within ${INITIAL_JS_BUDGET_GZIP_BYTES} gzip bytes`, () => {
    const { totalGzipBytes, files } = measureInitialJs();
    // The entry, the month's own chunk (which the page preloads and the entry loads at once) and
    // the script written into the page (its first call to IndexedDB).
    expect(files.map((f) => f.file)).toEqual(
      expect.arrayContaining([
        'index.html (script 1)',
        expect.stringMatching(/^assets\/index-/),
        expect.stringMatching(/^assets\/this-month-page-/),
      ]),
    );
    expect(totalGzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP_BYTES);
  });

  it(`is at most ${INITIAL_JS_BUDGET_VS_BARE_STACK}× the bare given stack's`, () => {
    const ours = measureInitialJs().totalGzipBytes;
    const bare = measureInitialJs(bareDir, null); // one entry, nothing loaded lazily
    // The floor is the whole given stack, built by the same Vite: a page that uses it all.
    const code = readInitialJs(bareDir, null);
    expect(code).toContain('Tämän kuun tehtävät'); // its own Finnish resource (i18next)
    expect(code).toContain('marraskuuta'); // date-fns's Finnish locale
    expect(code).toContain('No QueryClient set'); // TanStack Query
    expect(code).toContain('DexieError'); // Dexie
    expect(code).toContain('pass in an i18next instance'); // react-i18next
    expect(code).not.toContain('jsxDEV'); // compiled for production
    expect(code).not.toContain('Each child in a list should have a unique'); // production React
    expect(ours / bare.totalGzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_VS_BARE_STACK);
  });

  it('preloads the first view’s code from the page, as the entry is', () => {
    const { entries, preloads } = pageModules();
    // The view's chunk and the chunks it imports, but for the entry the page loads anyway.
    const view = chunkClosure('dist', FIRST_VIEW_MODULE).filter((file) => !entries.includes(file));
    expect(view.length).toBeGreaterThan(0);
    expect(preloads.sort()).toEqual(view.sort());
  });

  it('keeps the built-in task library and the other languages out of the first load', () => {
    const code = readInitialJs();
    expect(code).toContain('Luokan tehtävät kuukaudelle'); // Finnish is the first screen
    expect(code).toContain('month-nav'); // the month view's own code is counted
    expect(code).not.toContain('Klassens uppgifter för månaden'); // Swedish loads on demand
    expect(code).not.toContain("The class's tasks for the month"); // so does English
    expect(code).not.toContain('Palvelin ja kirjautuminen'); // Finnish for settings, with them
    expect(code).not.toContain('Synkronoidaan…'); // the connection's words, with the sync engine
    expect(code).not.toContain('Seurannan alkupäivä'); // the tracking form's, with the form
    expect(code).not.toMatch(/tpl-lesson-/); // the task library loads on first run only
    expect(code).not.toContain('$ZodType'); // the sync engine and its schemas load after render
    // A tick's write loads at the tick: its check that a note holds no personal identity code.
    expect(code).not.toContain('A-FU-Ya-fu-y');
  });
});
