/**
 * Runs async tasks one at a time, in the order they were queued: a task starts only when the one
 * before it has settled, and a failing task does not stop the queue. The SQLite store runs every
 * use of its connection through one, so that a transaction that awaits between statements never
 * has another request's statement land inside it.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  /** Queues `task`; resolves or rejects with its result once it has run. */
  run<T>(task: () => T | Promise<T>): Promise<T> {
    const result = this.tail.then(task);
    this.tail = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }
}
