import { describe, expect, it } from 'vitest';
import { waitUntil, withDeadline } from './deadline';

describe('waiting with a deadline', () => {
  it('resolves once the condition holds', async () => {
    let polls = 0;
    await waitUntil(() => ++polls === 3, 'the third look');
    expect(polls).toBe(3);
  });

  it('fails at the deadline saying what was awaited and what was seen', async () => {
    await expect(
      waitUntil(() => false, '250 acknowledged mutations', {
        timeoutMs: 20,
        seen: () => '12 acknowledged',
      }),
    ).rejects.toThrow(
      'timed out after 20 ms waiting for 250 acknowledged mutations; seen: 12 acknowledged',
    );
    await expect(withDeadline(new Promise(() => {}), 'the server to exit', 20)).rejects.toThrow(
      'timed out after 20 ms waiting for the server to exit',
    );
    await expect(withDeadline(Promise.resolve('ok'), 'an answer')).resolves.toBe('ok');
  });
});
