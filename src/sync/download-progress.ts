/**
 * Counts the rows of a download from zero as its pages come, for the UI's progress. The count
 * lives as long as the engine: a download cut by a failure goes on counting in the next run, and
 * one the server restarts from zero (a reset part-way) counts from zero again.
 */
import type { PullResponse } from '@/domain/sync/protocol';
import type { FirstDownload } from './sync-state';

export interface DownloadProgress {
  /**
   * The progress to show after `page`: null when not downloading from zero or when the page was
   * the last (the download is over and the count starts again).
   */
  afterPage(
    page: Pick<PullResponse, 'changes' | 'cursor' | 'hasMore' | 'headSeq'>,
    bootstrapping: boolean,
  ): FirstDownload | null;
}

/** A count at zero, for one engine. */
export function createDownloadProgress(): DownloadProgress {
  let pulled = 0;
  let cursor = 0;
  return {
    afterPage(page, bootstrapping) {
      // A cursor behind the last one: the download started again from zero.
      if (page.cursor < cursor) pulled = 0;
      cursor = page.cursor;
      if (bootstrapping) pulled += page.changes.length;
      if (!page.hasMore) {
        pulled = 0;
        cursor = 0;
        return null;
      }
      return bootstrapping ? { pulled, cursor: page.cursor, headSeq: page.headSeq } : null;
    },
  };
}
