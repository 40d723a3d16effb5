/**
 * What the first-tick and startup benches put in the pages they time (in the first-tick bench, the
 * app and the bare stack get exactly the same).
 */

/**
 * A November school day of the sample year, so the app's month has tasks. Only `Date` is pinned,
 * by a few lines: Playwright's page.clock would inject a whole fake-timer library into the page
 * being timed (its requestAnimationFrame and timers included). Added as an init script.
 */
export const PIN_DATE = `(() => {
  const pinned = ${Date.parse('2026-11-10T09:00:00+02:00')};
  const RealDate = Date;
  class PinnedDate extends RealDate {
    constructor(...args) {
      if (args.length === 0) super(pinned);
      else super(...args);
    }
    static now() {
      return pinned;
    }
  }
  globalThis.Date = PinnedDate;
})()`;

/** The month's first unticked checkbox, in the app and in the bare page alike. */
export const UNTICKED =
  'section[aria-labelledby="month-heading"] li.action-todo input[type="checkbox"]';

/**
 * In-page source of `whenPainted(find, then)`: once a frame has painted what `find()` returns
 * (truthy), calls `then(found, ms, queued)` with `ms`, `performance.now()` at the end of that
 * frame, and `queued`, a promise of the time the next task of ordinary priority ran.
 *
 * A frame's animation callbacks, style, layout and paint run in one task, so a task queued during
 * requestAnimationFrame runs after that frame's paint. Queued with the scheduler's user-blocking
 * priority, it runs before the ordinary tasks already waiting (an IndexedDB reply, the browser's
 * autofill scan), as the browser's own input does: those run after the frame and do not delay
 * what it painted. `queued` is what an ordinary task (a MessageChannel message) saw instead: the
 * benches' former measure, which counted the tasks waiting after the frame too, kept beside the
 * figure.
 */
export const WHEN_PAINTED = `const whenPainted = (find, then) => {
    const check = () => {
      const found = find();
      if (!found) return requestAnimationFrame(check);
      const queued = new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      });
      const afterFrame = () => then(found, performance.now(), queued);
      if (globalThis.scheduler?.postTask) scheduler.postTask(afterFrame, { priority: 'user-blocking' });
      else queued.then(afterFrame);
    };
    requestAnimationFrame(check);
  };`;
