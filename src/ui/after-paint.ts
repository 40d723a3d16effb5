/**
 * Resolves once the browser has painted the frame after this call: work started then (a tick's
 * durable write, its code's loading, the database's first open) does not come between a click
 * and the frame that shows what it changed (npm run bench -- firsttick). Where no frame comes
 * (a hidden tab paints none), it resolves after AFTER_PAINT_LIMIT_MS all the same.
 */
export const AFTER_PAINT_LIMIT_MS = 100;

export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const limit = setTimeout(resolve, AFTER_PAINT_LIMIT_MS);
    requestAnimationFrame(() => {
      // A message posted in a frame's callbacks is handled after that frame has painted.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        clearTimeout(limit);
        resolve();
      };
      channel.port2.postMessage(null);
    });
  });
}
