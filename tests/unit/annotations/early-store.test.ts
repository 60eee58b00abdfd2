import { describe, expect, it, vi } from 'vitest';
import { openStoreEarly, takeEarlyStore } from '../../../src/annotations/early-store';

describe('the store opened early, before hydration', () => {
  it('goes to the first opener that asks, once; later openers open their own', async () => {
    expect(takeEarlyStore(() => {})).toBeNull();
    openStoreEarly('tass-ar-2022-02-09-csto-zas');
    const onBlocked = vi.fn();
    const early = takeEarlyStore(onBlocked);
    expect(early).not.toBeNull();
    // No IndexedDB in Node: the store falls back to memory, as it would in a blocked browser.
    const opened = await early;
    expect(opened?.store.persistence).toBe('memory');
    expect(takeEarlyStore(() => {})).toBeNull();
    // A second call does not start another open.
    openStoreEarly(null);
    expect(takeEarlyStore(() => {})).toBeNull();
    expect(onBlocked).not.toHaveBeenCalled();
    opened?.store.close();
  });
});
