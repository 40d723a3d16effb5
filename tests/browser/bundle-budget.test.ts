import { describe, expect, it } from 'vitest';
import {
  INITIAL_JS_BUDGET_GZIP_BYTES,
  measureInitialJs,
  readInitialJs,
} from '../support/bundle-size';

// Bytes are deterministic for a given build, so this budget is a check, not a benchmark.
describe('initial JavaScript', () => {
  it(`stays within ${INITIAL_JS_BUDGET_GZIP_BYTES} gzip bytes`, () => {
    const { totalGzipBytes, files } = measureInitialJs();
    expect(files.length).toBeGreaterThan(0);
    expect(totalGzipBytes).toBeLessThanOrEqual(INITIAL_JS_BUDGET_GZIP_BYTES);
  });

  it('keeps the built-in task library and the other languages out of the first load', () => {
    const code = readInitialJs();
    expect(code).toContain('Luokan tehtävät kuukaudelle'); // Finnish is the first screen
    expect(code).not.toContain('Klassens uppgifter för månaden'); // Swedish loads on demand
    expect(code).not.toContain("The class's tasks for the month"); // so does English
    expect(code).not.toMatch(/tpl-lesson-/); // the task library loads on first run only
    expect(code).not.toContain('$ZodType'); // the sync engine and its schemas load after render
  });
});
