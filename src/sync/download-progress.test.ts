import { describe, expect, it } from 'vitest';
import { createDownloadProgress } from './download-progress';

/** A page of `rows` changes (their content does not count here). */
const page = (rows: number, cursor: number, hasMore: boolean, headSeq = 14) => ({
  changes: Array.from({ length: rows }, () => ({
    entity: 'theme' as const,
    id: 'th',
    seq: cursor,
    deleted: false,
    data: {},
    fieldSeq: {},
    updatedBy: null,
  })),
  cursor,
  hasMore,
  headSeq,
});

describe('first-download progress', () => {
  it('counts the rows of a download from zero page by page, and ends with its last page', () => {
    const progress = createDownloadProgress();
    expect(progress.afterPage(page(5, 5, true), true)).toEqual({
      pulled: 5,
      cursor: 5,
      headSeq: 14,
    });
    expect(progress.afterPage(page(5, 10, true), true)).toEqual({
      pulled: 10,
      cursor: 10,
      headSeq: 14,
    });
    expect(progress.afterPage(page(4, 14, false), true)).toBeNull();
    // The next download from zero (after a reset) counts from zero again.
    expect(progress.afterPage(page(3, 3, true, 9), true)).toEqual({
      pulled: 3,
      cursor: 3,
      headSeq: 9,
    });
  });

  it('counts from zero again when the server restarts a download part-way (a reset)', () => {
    const progress = createDownloadProgress();
    progress.afterPage(page(5, 5, true), true);
    progress.afterPage(page(5, 10, true), true);
    // A 410 after the second page: the device forgets and pulls from cursor 0 again.
    expect(progress.afterPage(page(4, 4, true), true)).toMatchObject({ pulled: 4, cursor: 4 });
  });

  it('shows nothing for the pages of an ordinary pull', () => {
    const progress = createDownloadProgress();
    expect(progress.afterPage(page(5, 25, true), false)).toBeNull();
    expect(progress.afterPage(page(2, 27, false), false)).toBeNull();
  });
});
