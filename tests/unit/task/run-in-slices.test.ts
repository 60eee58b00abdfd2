import { describe, expect, it, vi } from 'vitest';
import { isCancelled, runInSlices, yieldToMain } from '../../../src/task/run-in-slices';
import type { TaskProgress } from '../../../src/task/task-progress';

/** A generator of `count` steps that each take about `stepMs` of busy time. */
function* busySteps(count: number, stepMs: number, closed: { value: boolean }) {
  try {
    for (let done = 1; done <= count; done++) {
      const until = performance.now() + stepMs;
      while (performance.now() < until) {
        // Busy: a unit of real work.
      }
      yield { phase: 'checking', done, total: count } satisfies TaskProgress;
    }
    return 'result';
  } finally {
    closed.value = true;
  }
}

describe('runInSlices', () => {
  it('returns what the generator returns', async () => {
    const closed = { value: false };
    expect(await runInSlices(busySteps(10, 0, closed))).toBe('result');
    expect(closed.value).toBe(true);
  });

  it('lets other tasks run between slices, and reports progress once per slice', async () => {
    const closed = { value: false };
    const onProgress = vi.fn();
    let otherTasks = 0;
    const ticker = setInterval(() => (otherTasks += 1), 0);
    try {
      await runInSlices(busySteps(40, 1, closed), { onProgress, sliceMs: 5 });
    } finally {
      clearInterval(ticker);
    }
    expect(onProgress.mock.calls.length).toBeGreaterThan(2);
    expect(onProgress.mock.calls.length).toBeLessThan(40);
    const dones = onProgress.mock.calls.map(([p]) => (p as TaskProgress).done);
    expect(dones).toEqual([...dones].sort((a, b) => a - b));
    expect(otherTasks).toBeGreaterThan(0);
  });

  it('rejects with an AbortError and closes the generator when cancelled', async () => {
    const closed = { value: false };
    const controller = new AbortController();
    const onProgress = vi.fn(() => controller.abort());
    const run = runInSlices(busySteps(1000, 1, closed), {
      signal: controller.signal,
      onProgress,
      sliceMs: 5,
    });
    const error = await run.then(
      () => null,
      (e: unknown) => e,
    );
    expect(isCancelled(error)).toBe(true);
    expect(onProgress).toHaveBeenCalledTimes(1);
    expect(closed.value).toBe(true);
  });

  it('does not start when already cancelled', async () => {
    const closed = { value: false };
    const controller = new AbortController();
    controller.abort();
    await expect(
      runInSlices(busySteps(3, 0, closed), { signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('passes on what the generator throws', async () => {
    function* failing(): Generator<TaskProgress, never> {
      yield { phase: 'checking', done: 0, total: 1 };
      throw new Error('broken');
    }
    await expect(runInSlices(failing())).rejects.toThrow('broken');
  });
});

describe('yieldToMain', () => {
  it('resolves after tasks already queued', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await yieldToMain();
    order.push('after yield');
    expect(order).toEqual(['timer', 'after yield']);
  });
});
