/**
 * A tick's write (src/db/progress-writes.ts), not part of the first screen's code: the month's
 * card loads it at a tick (the tick shows first), and the month asks for it once the browser is
 * idle after showing, so that a tick then finds it loaded (vite.config.ts keeps it a chunk of
 * its own, with no preload links).
 */
export const loadTickWrite = () => import('@/db/progress-writes');
