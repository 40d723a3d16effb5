import { describe, expect, it } from 'vitest';
import { SerialQueue } from '@/server/serial-queue';

describe('SerialQueue', () => {
  it('runs tasks one at a time in queue order, a failing one not stopping the rest', async () => {
    const queue = new SerialQueue();
    const events: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        events.push(`${name} start`);
        await Promise.resolve();
        await new Promise((resolve) => setTimeout(resolve, 1));
        events.push(`${name} end`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      queue.run(task('a')),
      queue.run(task('b', true)),
      queue.run(() => {
        events.push('c run'); // synchronous: run straight away, it would come first
        return 'c';
      }),
    ]);
    expect(results).toEqual([
      { status: 'fulfilled', value: 'a' },
      { status: 'rejected', reason: new Error('b') },
      { status: 'fulfilled', value: 'c' },
    ]);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end', 'c run']);
  });
});
