import { describe, expect, it } from 'vitest';
import { createPokeSubscription } from './poke-subscription';
import { fakePokes } from './test-support';

const URL = 'http://fake.test/sync/v1/spaces/org-demo/events';

describe('pokes from the server', () => {
  it('is news on a (re)connect, on a head past the cursor reached, and on a poke with no head', () => {
    const pokes = fakePokes();
    let news = 0;
    const subscription = createPokeSubscription(pokes.openPokes, () => (news += 1));
    subscription.open(URL);
    pokes.open();
    expect(news).toBe(1);

    subscription.reached(14);
    pokes.poke(14); // this device's own push, already pulled
    pokes.poke(9);
    expect(news).toBe(1);
    pokes.poke(15);
    expect(news).toBe(2);
    pokes.poke(null);
    expect(news).toBe(3);
  });

  it('opens one stream, and a new one after closing or after the server ended it', () => {
    const pokes = fakePokes();
    const subscription = createPokeSubscription(pokes.openPokes, () => {});
    subscription.open(URL);
    subscription.open(URL);
    expect(pokes.opened).toEqual([URL]);

    subscription.close();
    expect(pokes.isOpen()).toBe(false);
    subscription.open(URL);
    expect(pokes.opened).toEqual([URL, URL]);

    pokes.end();
    subscription.open(URL);
    expect(pokes.opened).toEqual([URL, URL, URL]);
  });

  it('never opens without a poke stream (no EventSource): the poll timer does the work', () => {
    const subscription = createPokeSubscription(null, () => {});
    expect(() => subscription.open(URL)).not.toThrow();
  });
});
