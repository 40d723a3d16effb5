/**
 * Waiting in tests, always with a deadline: a wait that never ends fails with a message that
 * says what was awaited and what was seen, not with the runner's bare timeout.
 */

/** How often a condition is looked at again. */
const POLL_MS = 5;

/**
 * Resolves once `condition()` holds, looking again every few ms; rejects after `timeoutMs` with
 * `what` and, when given, `seen()` (the state at the deadline) in the message.
 */
export async function waitUntil(
  condition: () => boolean,
  what: string,
  options: { readonly timeoutMs?: number; readonly seen?: () => string } = {},
): Promise<void> {
  const timeoutMs = options.timeoutMs ?? 5_000;
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) {
      const seen = options.seen ? `; seen: ${options.seen()}` : '';
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${seen}`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** `promise`, or a rejection naming `what` if it has not settled within `timeoutMs`. */
export async function withDeadline<T>(
  promise: Promise<T>,
  what: string,
  timeoutMs = 5_000,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)),
      timeoutMs,
    );
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}
