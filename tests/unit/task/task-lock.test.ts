import { describe, expect, it } from 'vitest';
import { createTaskLock } from '../../../src/task/task-lock';

describe('createTaskLock', () => {
  it('lets one task hold it at a time, and refuses a second', () => {
    const lock = createTaskLock();
    const release = lock.acquire();
    expect(release).not.toBeNull();
    expect(lock.busy).toBe(true);
    expect(lock.acquire()).toBeNull();
    release?.();
    expect(lock.busy).toBe(false);
    expect(lock.acquire()).not.toBeNull();
  });

  it('ignores a stale release once another task holds it', () => {
    const lock = createTaskLock();
    const first = lock.acquire();
    first?.();
    const second = lock.acquire();
    first?.();
    expect(lock.busy).toBe(true);
    second?.();
    expect(lock.busy).toBe(false);
  });
});
