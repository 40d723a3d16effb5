/**
 * The server's poke stream (SYNC-NOTES §8.2), open while this tab syncs: a (re)connect may have
 * missed changes and is worth a run, a poke only when the head it carries is past what this
 * device has pulled (or when it carries none).
 */
import type { OpenPokes, PokeSource } from './environment';

export interface PokeSubscription {
  /** Opens the stream at `url` unless one is open (a closed stream is opened again). */
  open(url: string): void;
  close(): void;
  /** This device has pulled up to `cursor`: a poke at or below it is no news. */
  reached(cursor: number): void;
}

/** A subscription calling `onNews` when a run is worth it; `openPokes` null: never opens. */
export function createPokeSubscription(
  openPokes: OpenPokes | null,
  onNews: () => void,
): PokeSubscription {
  let source: PokeSource | null = null;
  let knownCursor = 0;
  return {
    open(url) {
      if (source !== null || openPokes === null) return;
      const opened: PokeSource | null = openPokes(url, {
        onOpen: onNews,
        onPoke: (headSeq) => {
          if (headSeq === null || headSeq > knownCursor) onNews();
        },
        onClosed: () => {
          if (source === opened) source = null;
        },
      });
      source = opened;
    },
    close() {
      source?.close();
      source = null;
    },
    reached(cursor) {
      knownCursor = cursor;
    },
  };
}
