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
