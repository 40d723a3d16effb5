import { describe, expect, it } from 'vitest';
import { createSyncStateStore, INITIAL_SYNC_STATE } from './sync-state';

describe('the sync state store', () => {
  it('tells its listeners of a change, and of nothing when a patch changes nothing', () => {
    const store = createSyncStateStore(INITIAL_SYNC_STATE);
    const seen: boolean[] = [];
    store.subscribe((state) => seen.push(state.online));
    store.update({ firstDownload: null }); // as after each page of an ordinary pull
    expect(seen).toEqual([]);
    store.update({ online: false });
    store.update({ online: false, firstDownload: null });
    expect(seen).toEqual([false]);
    expect(store.get().online).toBe(false);
  });
});
